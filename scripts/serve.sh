#!/usr/bin/env bash
# README command 1: installs what is missing, builds the release app into dist/ and serves
# it on http://127.0.0.1:${PORT:-8080}/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh
scripts/build.sh
exec node scripts/static-server.mjs dist "${PORT:-8080}"
