#!/usr/bin/env bash
# Names the websites allowed to embed the analyzer: writes their origins into the built
# page (the `listing-analyzer-allowed-parents` meta of dist/index.html), so that the app in
# their iframe sizes itself and sends them its events. Run it on every copy you host, after
# each update (scripts/build.sh also runs it when ALLOWED_PARENTS is set).
#
# Usage: scripts/allow-parent.sh [--dist DIR] ORIGIN...
#   ORIGIN   https://www.example.com (a page address is cut to its origin, with a note);
#            http:// only for 127.0.0.1, localhost or [::1] (tests on your own machine).
# The app's own origin ("self") always stays allowed. The list replaces the previous one.
# Exits 2, changing nothing, when an origin cannot be read or the page is not a built app.
set -euo pipefail

dist="dist"
if [[ "${1:-}" == "--dist" ]]; then
  dist="${2:?--dist needs a folder}"
  shift 2
fi
page="$dist/index.html"
meta='name="listing-analyzer-allowed-parents"'

fail() {
  echo "allow-parent: $*" >&2
  exit 2
}

if [[ $# -eq 0 ]]; then
  echo "usage: scripts/allow-parent.sh [--dist DIR] https://www.example.com ..." >&2
  if [[ -f "$page" ]]; then
    current=$(grep -o "$meta content=\"[^\"]*\"" "$page" || true)
    echo "now allowed in $page: ${current#*content=}" >&2
  fi
  exit 2
fi
[[ -f "$page" ]] || fail "$page does not exist: build the app first (scripts/build.sh), or name the hosted copy with --dist DIR"
[[ $(grep -c "$meta content=\"" "$page") -eq 1 ]] \
  || fail "$page has no single <meta $meta>: is it the analyzer's built page?"

origins=()
for arg in "$@"; do
  # scheme://host[:port], then anything after it (a path, query or fragment) is cut off.
  if [[ "$arg" =~ ^(https?)://(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+)(:[0-9]{1,5})?([/?#].*)?$ ]]; then
    scheme="${BASH_REMATCH[1]}"
    host="${BASH_REMATCH[2],,}"
    port="${BASH_REMATCH[3]}"
    rest="${BASH_REMATCH[4]}"
  else
    fail "\"$arg\" is not a website origin such as https://www.example.com (no wildcard, no user name)"
  fi
  if [[ "$scheme" == "http" && ! "$host" =~ ^(127\.[0-9.]+|localhost|\[::1\])$ ]]; then
    fail "\"$arg\" uses http://: allowed only for 127.0.0.1, localhost or [::1]; a public site must use https://"
  fi
  [[ "$host" == *..* || "$host" == .* || "$host" == *. ]] && fail "\"$arg\" has an empty part in its host name"
  origin="$scheme://$host$port"
  if [[ -n "$rest" && "$rest" != "/" ]]; then
    echo "allow-parent: note: using the origin $origin of $arg (the whole site is allowed, not one page)"
  fi
  [[ " ${origins[*]} " == *" $origin "* ]] || origins+=("$origin")
done

content="self ${origins[*]}"
tmp="$page.allow-parent.tmp"
sed "s#$meta content=\"[^\"]*\"#$meta content=\"$content\"#" "$page" >"$tmp"
grep -q "$meta content=\"$content\"" "$tmp" || { rm -f "$tmp"; fail "could not write the origins into $page"; }
mv "$tmp" "$page"
echo "allow-parent: $page now allows: $content"
echo "allow-parent: host the files of $dist/ again; pages on these origins can now embed the analyzer."
