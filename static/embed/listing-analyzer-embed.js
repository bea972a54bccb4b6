/*
 * AppExchange Listing Analyzer: host script for embedding sites.
 *
 * Paste once:
 *   <iframe src="https://YOUR-HOST/listing-analyzer/index.html?embed=1&view=summary"
 *           data-listing-analyzer title="AppExchange Listing Analyzer"
 *           style="width:100%;border:0" loading="lazy"></iframe>
 *   <script src="https://YOUR-HOST/listing-analyzer/listing-analyzer-embed.js" defer></script>
 * and allow your site once on the hosted copy: scripts/allow-parent.sh https://www.your-site.com
 *
 * It manages only iframes carrying the data-listing-analyzer attribute, and only
 * messages whose source is one of those frames and whose origin is the frame's.
 * The app sends its messages only to the parent origins its hosted index.html allows
 * (meta name="listing-analyzer-allowed-parents", written by scripts/allow-parent.sh; by
 * default its own origin). It sets the frame height from the app's height messages,
 * clamped to [data-min-height, data-max-height] (default 320..20000 px), and re-dispatches
 * the app's events on the iframe element:
 *   "listing-analyzer:height"  detail: { height }
 *   "listing-analyzer:report"  detail: the summary { version, inputs, time_to_listing,
 *                              reviews, readiness, checklist, partner, ... } (README)
 *   "listing-analyzer:cta"     detail: the same summary, when the visitor pressed the
 *                              call to action (cta= and cta_url= in the frame's address)
 *   "listing-analyzer:section" detail: { section, offset }
 * When the frame was opened with section=..., the app posts where that section's heading
 * is inside the frame (after its height); the host page is then scrolled so that the
 * heading sits at the top of the window (iframe top + offset).
 *
 * When a managed frame has loaded (its load event fired: a lazy frame not yet scrolled to
 * is never counted) and no message from it followed within SILENCE_MS, the script logs one
 * console warning naming this page's origin and the fix: the hosted copy does not allow it.
 */
(function () {
  "use strict";
  var DEFAULT_MIN = 320;
  var DEFAULT_MAX = 20000;
  var PREFIX = "listing-analyzer:";
  var SILENCE_MS = 10000;
  // Frames that have loaded and not yet sent a message, with their timers, and frames that
  // have sent one (its first message can come before the frame's load event).
  var silent = new Map();
  var spoken = new WeakSet();
  var warned = false;

  function managedFrameFor(source) {
    var frames = document.querySelectorAll("iframe[data-listing-analyzer]");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === source) return frames[i];
    }
    return null;
  }

  function bound(frame, name, fallback) {
    var n = Number(frame.getAttribute(name));
    return isFinite(n) && n > 0 ? n : fallback;
  }

  function warnSilent(frame) {
    silent.delete(frame);
    if (warned) return;
    warned = true;
    var from;
    try {
      from = new URL(frame.src, location.href).origin;
    } catch (e) {
      from = frame.src;
    }
    // A page opened from a file has no web origin that the hosted copy could allow.
    var fromFile = location.protocol === "file:" || location.origin === "null";
    console.warn(
      "listing-analyzer: the analyzer frame from " + from + " loaded but sent this page (" + location.origin +
        ") no message within " + SILENCE_MS / 1000 + " s, so it cannot size itself or report results. " +
        (fromFile
          ? "This page was opened from a file, which has no web origin to allow: put it on your website and run  scripts/allow-parent.sh https://your-site.example  (its address) on the hosted copy"
          : "Its hosted copy must allow this page's origin: run  scripts/allow-parent.sh " + location.origin +
            "  on that copy and host it again") +
        " (README, \"Embedding in your website\")."
    );
  }

  // A managed frame's load event (load does not bubble: listen in the capture phase).
  function frameLoaded(event) {
    var frame = event.target;
    if (!frame || frame.tagName !== "IFRAME" || !frame.hasAttribute("data-listing-analyzer")) return;
    if (spoken.has(frame)) return;
    clearTimeout(silent.get(frame));
    silent.set(frame, setTimeout(warnSilent, SILENCE_MS, frame));
  }

  function heard(frame) {
    spoken.add(frame);
    clearTimeout(silent.get(frame));
    silent.delete(frame);
  }

  function emit(frame, type, detail) {
    frame.dispatchEvent(new CustomEvent(type, { detail: detail, bubbles: true }));
  }

  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || typeof data !== "object" || typeof data.type !== "string") return;
    if (data.type.indexOf(PREFIX) !== 0) return;
    var frame = managedFrameFor(event.source);
    if (!frame) return;
    // Only messages from the origin the frame was pointed at (not a page it navigated to).
    var expected;
    try {
      expected = new URL(frame.src, location.href).origin;
    } catch (e) {
      return;
    }
    if (event.origin !== expected) return;
    heard(frame);
    if (data.type === PREFIX + "height") {
      var h = Number(data.height);
      if (!isFinite(h)) return;
      var min = bound(frame, "data-min-height", DEFAULT_MIN);
      var max = Math.max(min, bound(frame, "data-max-height", DEFAULT_MAX));
      h = Math.max(min, Math.min(max, Math.ceil(h)));
      frame.style.height = h + "px";
      emit(frame, PREFIX + "height", { height: h });
    } else if (data.type === PREFIX + "section") {
      var offset = Number(data.offset);
      if (!isFinite(offset) || offset < 0) return;
      var top = frame.getBoundingClientRect().top + window.scrollY + offset;
      window.scrollTo({ top: Math.max(0, Math.round(top)), behavior: "auto" });
      emit(frame, PREFIX + "section", { section: String(data.section), offset: offset });
    } else if (data.type === PREFIX + "report" && data.summary && typeof data.summary === "object") {
      emit(frame, PREFIX + "report", data.summary);
    } else if (data.type === PREFIX + "cta" && data.summary && typeof data.summary === "object") {
      emit(frame, PREFIX + "cta", data.summary);
    }
  });
  document.addEventListener("load", frameLoaded, true);
  // Loaded late (the page had finished loading): the eager frames have loaded already.
  if (document.readyState === "complete") {
    var frames = document.querySelectorAll("iframe[data-listing-analyzer]");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].loading !== "lazy") frameLoaded({ target: frames[i] });
    }
  }
})();
