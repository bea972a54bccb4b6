// Example host-page code: the analyzer's events drive this page's own call to action and
// lead form. Each section of the summary says its state; a figure is null until the
// visitor has given what it needs, so an empty widget gets an invitation, not a verdict.
// Nothing here is sent anywhere: your page would send the form to your CRM.
var analyzer = document.getElementById("analyzer");
// The widget's call to action comes back to this page's lead form (a real page writes its
// own address in the iframe's src instead).
analyzer.src = analyzer.getAttribute("data-src") + "&cta_url=" +
  encodeURIComponent(location.href.split("#")[0] + "#lead");

analyzer.addEventListener("listing-analyzer:report", function (e) {
  var s = e.detail;
  var cta = document.getElementById("cta");
  var readiness = s.readiness;
  var time = s.time_to_listing;
  cta.hidden = false;
  if (readiness.blockers) {
    cta.textContent = readiness.blockers + " blocker(s) stand between you and a live listing. Talk to us about fixing them.";
  } else if (readiness.score !== null && time.state === "done") {
    // Passed or listed: its weeks are how long the review took, not time still to go.
    cta.textContent = time.words.headline + ". Book a launch review.";
  } else if (readiness.score !== null && time.state === "estimate" && time.weeks) {
    cta.textContent = "Listing ready in " + time.weeks[0] + "–" + time.weeks[2] + " weeks. Book a launch review.";
  } else {
    cta.textContent = "Paste your listing draft to see what stands between you and a live listing.";
  }
});

// The visitor pressed the call to action: put their results into the lead form, each
// section's own words (a section with nothing to go on says what it needs, never a figure).
analyzer.addEventListener("listing-analyzer:cta", function (e) {
  var s = e.detail;
  var lines = [
    "Time to listing: " + s.time_to_listing.words.headline,
    "Reviews: " + s.reviews.words.headline,
    "Readiness: " + s.readiness.words.headline,
    "(summary version " + s.version + "; inputs: listing " + s.inputs.listing + ", reviews " + s.inputs.reviews +
      ", review timing " + s.inputs.security_log + ")",
  ];
  document.getElementById("lead-findings").value = lines.join("\n");
  document.getElementById("lead-email").focus();
});

document.getElementById("lead-form").addEventListener("submit", function (e) {
  e.preventDefault();
  document.getElementById("lead-status").textContent =
    "This example sends nothing: your page would send the form, with the findings, to your CRM.";
});
