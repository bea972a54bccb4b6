// Embedding: the example host page frames the app; the frame's height follows the
// content, report summaries reach the host, URL parameters are validated, and nothing is
// requested beyond the project's own files.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, appReady, settled } from "./lib.mjs";

let ctx;
before(async () => {
  ctx = await start();
});
after(async () => {
  await ctx?.close();
});

const OWN_FILES = new Set(["index.html", "embed-example.html", "embed-example.js", "listing-analyzer-embed.js", ""]);

test("the example host page sizes the iframe and reacts to report events", async () => {
  const page = await ctx.browser.newPage();
  const requests = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(new URL("embed-example.html", ctx.url).href);
  // The first frame is the summary widget (issue 14): it has no rules table to wait for.
  const frame = page.frameLocator("#analyzer");
  await frame.getByRole("textbox", { name: /listing details/i }).waitFor({ timeout: 20000 });
  const iframe = page.locator("#analyzer");

  // The host script applied the frame's reported height.
  await page.waitForFunction(() => document.querySelector("iframe").style.height !== "");

  // Filling the example reports results; then the content grows by 600 px and the frame
  // follows. (The example's page can be shorter or taller than the empty one, so the
  // height is taken once the frame has followed the example, and the growth is explicit.)
  await frame.getByRole("button", { name: /load example/i }).click();
  await frame.getByText("11 reviews read, 1 line skipped").waitFor();
  await page.waitForFunction(() => {
    const f = document.querySelector("iframe");
    return Math.abs(f.getBoundingClientRect().height - f.contentDocument.documentElement.offsetHeight) <= 2;
  });
  const before = await iframe.evaluate((f) => f.getBoundingClientRect().height);
  await iframe.evaluate((f) => {
    const spacer = f.contentDocument.createElement("div");
    spacer.style.height = "600px";
    f.contentDocument.body.appendChild(spacer);
  });
  await page.waitForFunction((h) => document.querySelector("iframe").getBoundingClientRect().height > h + 500, before);
  const [outer, inner] = await Promise.all([
    iframe.evaluate((f) => Math.round(f.getBoundingClientRect().height)),
    iframe.evaluate((f) => f.contentDocument.documentElement.offsetHeight),
  ]);
  assert.ok(Math.abs(outer - inner) <= 2, `iframe ${outer}px follows content ${inner}px`);

  // The report summary reached the host page, which shows its call to action.
  const cta = page.locator("#cta");
  await cta.waitFor({ state: "visible", timeout: 10000 });
  assert.match(await cta.innerText(), /blocker|weeks|Paste your listing draft/);

  // The widget's own call to action brings the visitor to the page's lead form, filled in
  // from the listing-analyzer:cta event (issue 22).
  await frame.getByRole("link", { name: "Talk to us about your launch" }).click();
  const findings = page.getByRole("textbox", { name: /what the analyzer found/i });
  await page.waitForFunction(() => document.querySelector("#lead-findings").value.includes("Readiness"));
  assert.match(await findings.inputValue(), /^Time to listing: .*\d.*\nReviews: .*\nReadiness: .*\d/);
  await page.waitForFunction(() => location.hash === "#lead");

  // No request beyond the project's own files.
  const foreign = requests.filter((u) => {
    const url = new URL(u);
    return url.origin !== new URL(ctx.url).origin || !OWN_FILES.has(url.pathname.slice(1));
  });
  assert.deepEqual(foreign, []);
  await page.close();
});

test("report messages carry the documented summary shape", async () => {
  const page = await ctx.browser.newPage();
  // Listen before the page loads: the widget may report before a listener added after
  // navigation would be there (then the test would wait forever for an event already gone).
  await page.addInitScript(() => {
    window.reports = [];
    document.addEventListener("listing-analyzer:report", (e) => window.reports.push(e.detail), true);
  });
  await page.goto(new URL("embed-example.html", ctx.url).href);
  const summary = await (await page.waitForFunction(() => window.reports[0], null, { timeout: 20000 })).jsonValue();
  assert.equal(summary.version, 2);
  for (const key of ["inputs", "time_to_listing", "reviews", "readiness", "checklist", "partner"]) {
    assert.ok(key in summary, `summary has ${key}`);
  }
  for (const key of ["status", "weeks", "dates", "review_eligible", "review_points", "reviews_in_window", "five_star_reviews_needed", "readiness_score", "blockers"]) {
    assert.ok(key in summary, `summary keeps version 1's ${key}`);
  }
  // A figure is there only when its input was read (an earlier test may have left the
  // example in this browser's storage); version 1's fields are the summary's.
  const listingRead = summary.inputs.listing === "read";
  assert.equal(summary.readiness.state, listingRead ? "result" : summary.inputs.listing);
  assert.equal(summary.readiness_score, listingRead ? summary.readiness.score : null);
  assert.equal(summary.blockers, listingRead ? summary.readiness.blockers : null);
  assert.equal(summary.review_eligible, summary.reviews.retired_scorecard?.eligible ?? null);
  await page.close();
});

test("the host script ignores messages from frames it does not manage", async () => {
  const page = await ctx.browser.newPage();
  await page.goto(new URL("embed-example.html", ctx.url).href);
  // Wait until the frame's own height messages have settled (its last section renders a
  // moment after the first), then post a forged one from the host page itself.
  const iframeHeight = () => page.evaluate(() => document.querySelector("iframe").style.height);
  const height = await settled(page, iframeHeight, { every: 250, ready: (h) => h !== "" });
  await page.evaluate(() => window.postMessage({ type: "listing-analyzer:height", height: 5 }, "*"));
  await page.waitForTimeout(200);
  assert.equal(await page.evaluate(() => document.querySelector("iframe").style.height), height);
  await page.close();
});

test("embed parameters: compact mode at 320 px, bad values ignored with a warning", async () => {
  const page = await ctx.browser.newPage();
  await page.setViewportSize({ width: 320, height: 700 });
  const warnings = [];
  page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
  await page.goto(new URL("index.html?embed=1&theme=purple&accent=javascript:alert(1)&section=nowhere", ctx.url).href);
  await appReady(page);
  assert.ok(warnings.length >= 3, `a warning per bad value: ${JSON.stringify(warnings)}`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `no horizontal scroll at 320 px (overflow ${overflow}px)`);
  await page.close();
});
