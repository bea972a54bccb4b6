// One answer everywhere (issue 20, "Done when"): for a table of inputs (the empty page, the
// sample, every review state, paid / free / not said, components said or not, and the real
// draft with a real review export from ../shared/real-world), the command line, the JS API,
// the JSON and Markdown exports, the section bar, the summary widget and the host page's
// report event show the same weeks, dates, counts, scores and verdict words: the engine's
// one summary. The command line's is the reference.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { deflateRawSync } from "node:zlib";
import { clearStorage, download, start } from "./lib.mjs";
import { oneAppsReviews, present, readReal, sayIfAbsent } from "./real-world.mjs";

sayIfAbsent("cross-surface: the real draft and reviews row");
const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const CLI = `${ROOT}target/debug/analyze`;
const SAMPLE = JSON.parse(readFileSync(`${ROOT}docs/sample-input.json`, "utf8"));
const TODAY = "2026-11-25";

/** An input dated TODAY with `log`, `components`, `paid`, and the sample's listing and reviews. */
const said = (log, components, paid = null, more = {}) => ({
  schema_version: 1,
  today: TODAY,
  listing: SAMPLE.listing,
  reviews: SAMPLE.reviews,
  security_review: { components, log, ...(paid === null ? {} : { paid }) },
  ...more,
});

const INPUTS = [
  ["empty", { schema_version: 1, today: TODAY }],
  ["the sample", SAMPLE],
  ["nothing said of the solution", said("2026-10-01 submitted", [])],
  ["planned", said("Planning to submit 15 January 2027", ["api_only"], false)],
  ["not started, native", said("", ["managed_package_2gp"], true)],
  ["preparing", said("2026-10-01 began preparing for the security review", ["managed_package_2gp", "external_app"])],
  ["in review", said("2026-10-01 submitted", ["api_only"], true)],
  ["overdue", said("2026-03-03 submitted", ["api_only"])],
  ["awaiting resubmission", said("2026-09-07 submitted\n2026-11-02 failed: CRUD/FLS", ["managed_package_2gp"], true)],
  ["bounced", said("2026-10-20 submitted\n2026-11-10 bounced: expired test credentials", ["api_only"], false)],
  ["passed", said("2026-06-01 submitted\n2026-06-22 passed", ["api_only"])],
  ["listed", said("2025-01-06 submitted\n2025-03-03 passed\n2025-03-10 listed", ["managed_package_2gp"], true)],
  ["re-review", said("2025-01-06 submitted\n2025-03-03 passed\n2025-03-10 listed\n2026-11-02 periodic re-review started", ["api_only"], true)],
  ["notes without years", said("Mar 2 - started hardening\nApr 9 - submitted\nMay 21 - not approved, 30 findings\nMay 22 - resubmitted", ["managed_package_2gp"], true, { reviews: "" })],
];
if (present) {
  INPUTS.push(["the real draft and a real review export", said("2026-09-07 submitted\n2026-10-05 failed\n2026-10-26 resubmitted", ["managed_package_2gp"], true, {
    listing: readReal("portwood-docgen-LISTING.md").toString("utf8"),
    reviews: oneAppsReviews().text,
  })]);
}

const fragment = (input) => `#i=${deflateRawSync(Buffer.from(JSON.stringify(input))).toString("base64url")}`;
const cli = (input, args = []) => execFileSync(CLI, [...args, "-"], { input: JSON.stringify(input) }).toString("utf8");

let ctx;
before(async () => {
  // The native suite builds the command line; a lone run of this file builds it here.
  if (!existsSync(CLI)) execFileSync("cargo", ["build", "--quiet", "--bin", "analyze"], { cwd: ROOT, stdio: "inherit" });
  ctx = await start();
});
after(async () => {
  await ctx?.close();
});

/** The figures every surface must agree on, from an engine summary. */
const figures = (s) => ({
  inputs: s.inputs,
  time: [s.time_to_listing.state, s.time_to_listing.words, s.time_to_listing.when, s.time_to_listing.weeks, s.time_to_listing.dates, s.time_to_listing.status],
  reviews: [s.reviews.state, s.reviews.words, s.reviews.reviews, s.reviews.average, s.reviews.retired_scorecard],
  readiness: [s.readiness.state, s.readiness.words, s.readiness.score, s.readiness.gaps, s.readiness.blockers],
  checklist: [s.checklist.state, s.checklist.words],
  partner: [s.partner.state, s.partner.words],
});

for (const [name, input] of INPUTS) {
  test(`one answer everywhere: ${name}`, async () => {
    const want = JSON.parse(cli(input)).summary;
    const lines = cli(input, ["--summary"]).trim().split("\n");
    assert.equal(lines.length, 5, lines.join("\n"));

    // The full page, opened from a link with the input: section bar, exports, JS API.
    const page = await ctx.browser.newPage();
    await clearStorage(page, ctx.url);
    await page.goto(ctx.url + fragment(input));
    await page.getByText("Opened the shared analysis.", { exact: false }).waitFor({ timeout: 20000 });
    const bar = page.getByRole("navigation", { name: "Result sections" });
    for (const [section, words] of [["Time to listing", want.time_to_listing.words], ["Review score", want.reviews.words], ["Readiness", want.readiness.words]]) {
      const item = bar.locator("li", { has: page.getByRole("button", { name: section, exact: true }) });
      assert.equal(await item.locator(".figure").innerText(), words.headline, `${name}: bar, ${section}`);
    }
    const api = await page.evaluate(async (inp) => {
      const out = await window.ListingAnalyzer.analyze(inp);
      return typeof out === "string" ? JSON.parse(out) : out;
    }, input);
    assert.deepEqual(figures(api.summary), figures(want), `${name}: JS API`);
    const json = JSON.parse((await download(page, "Download JSON")).text);
    assert.deepEqual(figures(json.summary), figures(want), `${name}: JSON export`);
    const md = (await download(page, "Download Markdown")).text;
    const summary = md.split("## Summary\n")[1].split("\n## ")[0].trim().split("\n").map((l) => l.replace(/^- /, ""));
    assert.deepEqual(summary.map((l) => l.replace(/\\(.)/g, "$1")), lines, `${name}: Markdown summary (unescaped) = command line --summary`);
    await page.close();

    // The summary widget, framed by a page of the same origin: its cards and its report event.
    const host = await ctx.browser.newPage();
    await host.goto(ctx.url + "embed-example.html");
    // The frame reports the empty page first, then the link's input once it is read: the
    // test waits for the report of that input (its inputs say what was read).
    await host.evaluate((src) => {
      window.reports = [];
      window.addEventListener("message", (e) => {
        if (e.data?.type === "listing-analyzer:report") window.reports.push(e.data);
      });
      const frame = document.createElement("iframe");
      frame.title = "cross-surface";
      frame.src = src;
      document.body.append(frame);
    }, `index.html?embed=1&view=summary${fragment(input)}`);
    const got = await (await host.waitForFunction(
      (inputs) => window.reports.find((r) => JSON.stringify(r.summary.inputs) === inputs),
      JSON.stringify(want.inputs),
      { timeout: 20000 },
    )).jsonValue();
    assert.equal(got.version, 2);
    assert.deepEqual(figures(got.summary), figures(want), `${name}: host event`);
    const frame = host.frameLocator('iframe[title="cross-surface"]');
    for (const [id, words] of [["h-sum-timeline", want.time_to_listing.words], ["h-sum-reviews", want.reviews.words], ["h-sum-readiness", want.readiness.words]]) {
      const card = frame.locator(`section[aria-labelledby="${id}"]`);
      assert.equal(await card.locator(".headline .big").innerText(), words.headline, `${name}: widget, ${id}`);
    }
    if (want.time_to_listing.when) {
      // The dates' line, which also carries the review's status once the log says something.
      const dates = await frame.locator('section[aria-labelledby="h-sum-timeline"] p.dates').innerText();
      assert.ok(dates.startsWith(want.time_to_listing.when), `${name}: widget dates: ${dates}`);
    }
    await host.close();
  });
}
