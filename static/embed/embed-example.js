// Example host-page code: reacts to the analyzer's report events with a call to action.
// Each section of the summary says its state; a figure is null until the visitor has
// given what it needs, so an empty widget gets an invitation, not a verdict.
document.getElementById("analyzer").addEventListener("listing-analyzer:report", function (e) {
  var s = e.detail;
  var cta = document.getElementById("cta");
  var readiness = s.readiness;
  var time = s.time_to_listing;
  cta.hidden = false;
  if (readiness.blockers) {
    cta.textContent = readiness.blockers + " blocker(s) stand between you and a live listing. Talk to us about fixing them.";
  } else if (readiness.score !== null && time.weeks) {
    cta.textContent = "Listing ready in " + time.weeks[0] + "–" + time.weeks[2] + " weeks. Book a launch review.";
  } else {
    cta.textContent = "Paste your listing draft to see what stands between you and a live listing.";
  }
});
