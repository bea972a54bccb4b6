// Export: the report as Markdown and JSON downloads, and a print stylesheet that shows the
// report without the inputs.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { download, start } from "./lib.mjs";
import { BOXES, box, freshApp, loadExample } from "./app-helpers.mjs";

let ctx;
before(async () => {
  ctx = await start();
});
after(async () => {
  await ctx?.close();
});

test("Download Markdown gives the whole report as a document", async () => {
  const { page, errors } = await freshApp(ctx);
  await loadExample(page);
  const { name, text } = await download(page, "Download Markdown");
  assert.equal(name, "listing-analysis.md");
  for (const heading of ["# AppExchange listing analysis", "## Time to listing", "## Review score", "## Readiness:", "## Rules used"]) {
    assert.ok(text.includes(heading), `has ${heading}`);
  }
  assert.match(text, /\| FY24 scorecard update/);
  // Every table row has as many cells as its header: four rule sets, and one row per rule.
  const rows = (header) => {
    const lines = text.split("\n");
    const at = lines.findIndex((l) => l.startsWith(header));
    const cells = (l) => l.replace(/\\\|/g, "").split("|").length;
    const body = [];
    for (let i = at + 2; i < lines.length && lines[i].startsWith("|"); i++) body.push(lines[i]);
    assert.ok(body.every((l) => cells(l) === cells(lines[at])), `rows of ${header} match its header`);
    return body;
  };
  assert.equal(rows("| Rule set |").length, 4);
  assert.ok(rows("| Rule | Value |").length >= 20);
  assert.match(text, /\*\*Blocker\*\*/);
  // The plan travels in the file as on the page, publication on the headline's likely date.
  assert.ok(text.includes("### Plan to a live listing"), "has the plan");
  const likely = (await page.getByRole("region", { name: "Time to listing" }).innerText()).match(/likely (\d{1,2} \w{3} \d{4})/)?.[1];
  assert.ok(likely, "the page shows a likely date");
  assert.match(text, new RegExp(`\\d+\\. [^\\n]*– ${likely}: \\*\\*Publish the listing`));
  assert.deepEqual(errors, []);
  await page.close();
});

test("Download JSON gives the engine's report", async () => {
  const { page } = await freshApp(ctx);
  await loadExample(page);
  const { name, text } = await download(page, "Download JSON");
  assert.equal(name, "listing-analysis.json");
  const report = JSON.parse(text);
  assert.equal(report.schema_version, 1);
  assert.equal(report.understood.reviews_read, 11);
  assert.ok(report.time_to_listing.low_weeks <= report.time_to_listing.high_weeks);
  assert.ok(Array.isArray(report.rules) && report.rules.length > 0);
  await page.close();
});

test("Download for offline use gives the self-contained page", async () => {
  const { page } = await freshApp(ctx);
  const { name, text } = await download(page, "Download for offline use");
  assert.equal(name, "listing-analyzer.html");
  assert.match(text, /^<!doctype html>/);
  assert.match(text, /Content-Security-Policy/);
  await page.close();
});

test("print shows the report and hides the inputs and controls", async () => {
  const { page } = await freshApp(ctx);
  await loadExample(page);
  await page.emulateMedia({ media: "print" });
  assert.equal(await box(page, BOXES.listing).isVisible(), false);
  assert.equal(await page.getByRole("button", { name: "Load example" }).isVisible(), false);
  assert.equal(await page.getByRole("heading", { name: "Time to listing" }).isVisible(), true);
  assert.equal(await page.getByRole("heading", { name: "Rules used" }).isVisible(), true);
  const pdf = await page.pdf({ format: "A4" });
  assert.ok(pdf.length > 10000, "a PDF is produced");
  await page.emulateMedia({ media: "screen" });
  await page.close();
});
