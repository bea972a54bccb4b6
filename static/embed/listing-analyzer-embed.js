/*
 * AppExchange Listing Analyzer: host script for embedding sites.
 *
 * Paste once:
 *   <iframe src="https://YOUR-HOST/listing-analyzer/index.html?embed=1"
 *           data-listing-analyzer title="AppExchange Listing Analyzer"
 *           style="width:100%;border:0" loading="lazy"></iframe>
 *   <script src="https://YOUR-HOST/listing-analyzer/listing-analyzer-embed.js" defer></script>
 *
 * It manages only iframes carrying the data-listing-analyzer attribute, and only
 * messages whose source is one of those frames and whose origin is the frame's.
 * The app sends its messages only to the parent origins its hosted index.html allows
 * (meta name="listing-analyzer-allowed-parents"; by default its own origin). It sets the frame height from the
 * app's height messages, clamped to [data-min-height, data-max-height] (default
 * 320..20000 px), and re-dispatches the app's events on the iframe element:
 *   "listing-analyzer:height"  detail: { height }
 *   "listing-analyzer:report"  detail: the summary { version, inputs, time_to_listing,
 *                              reviews, readiness, checklist, partner, ... } (README)
 *   "listing-analyzer:section" detail: { section, offset }
 * When the frame was opened with section=..., the app posts where that section's heading
 * is inside the frame (after its height); the host page is then scrolled so that the
 * heading sits at the top of the window (iframe top + offset).
 */
(function () {
  "use strict";
  var DEFAULT_MIN = 320;
  var DEFAULT_MAX = 20000;
  var PREFIX = "listing-analyzer:";

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
    }
  });
})();
