// Example host-page code: reacts to the analyzer's report events with a call to action.
document.getElementById("analyzer").addEventListener("listing-analyzer:report", function (e) {
  var s = e.detail;
  var cta = document.getElementById("cta");
  cta.hidden = false;
  cta.textContent = s.blockers > 0
    ? s.blockers + " blocker(s) stand between you and a live listing. Talk to us about fixing them."
    : "Listing ready in " + s.weeks[0] + "–" + s.weeks[2] + " weeks. Book a launch review.";
});
