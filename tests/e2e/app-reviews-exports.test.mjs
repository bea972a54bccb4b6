// Review exports as real tools write them (issue 9): rows copied from a spreadsheet with a
// Likes column beside the star column, multi-line quoted cells, and no header row.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start } from "./lib.mjs";
import { BOXES, box, freshApp } from "./app-helpers.mjs";

let ctx;
before(async () => {
  ctx = await start();
});
after(async () => {
  await ctx?.close();
});

// Synthetic rows in the layout of an AppExchange scrape: id, date, reviewer, likes,
// valence, badge counts, text. The Likes column holds values that would read as ratings.
const ROWS = [
  'a1\t10/02/2026\tAnn\t1.0\t4 stars\t0.0\t1.0\t0.0\tWorks well',
  'a1\t09/11/2026\tBob\t2.0\t5 stars\t0.0\t0.0\t3.0\t"Great, since 03/04/2024 we saved 5 hours',
  'and rated it 1 of 5 at first"',
  'a1\t08/20/2026\tCy\t1.0\t1 stars\t0.0\t0.0\t0.0\t"He said ""meh"""',
].join("\n");

test("spreadsheet rows without a header read the star column, and say how", async () => {
  const { page, errors } = await freshApp(ctx);
  await page.getByLabel("Analysis date").fill("2026-11-22");
  await box(page, BOXES.reviews).fill(ROWS);
  // Issue 20: the line also counts the dates that could be read either way, as the note does.
  await page.getByText(/^3 reviews read\b/).waitFor();
  const understood = await page.locator("#in-reviews-understood").innerText();
  assert.match(understood, /No header row: dates were read from column 2 and ratings from column 5/);
  // (4 + 5 + 1) / 3 = 3.33 stars, not the Likes' 1.33.
  const score = page.locator("section", { has: page.getByRole("heading", { name: "Review score" }) });
  assert.match(await score.innerText(), /3\.33 \(needs/);
  assert.deepEqual(errors, []);
});

test("a header row is recognised, not reported as a skipped review", async () => {
  const { page, errors } = await freshApp(ctx);
  await page.getByLabel("Analysis date").fill("2026-11-22");
  const header = "Unique ID\tReview Date\tReviewer Name\tLikes\tReview Valence\tMVP Count\tRanger Count\tTop Reviewer Count\tReview Text";
  await box(page, BOXES.reviews).fill(`${header}\n${ROWS}`);
  // Issue 20: the line also counts the dates that could be read either way, as the note does.
  await page.getByText(/^3 reviews read\b/).waitFor();
  assert.doesNotMatch(await page.locator("#in-reviews-understood").innerText(), /skipped/);
  assert.deepEqual(errors, []);
});

test("an export of several apps analyses one, and a select picks another (issue 21)", async () => {
  const { page, errors } = await freshApp(ctx);
  await page.getByLabel("Analysis date").fill("2026-11-22");
  const header = "Unique ID\tReview Date\tReviewer Name\tLikes\tReview Valence\tMVP Count\tRanger Count\tTop Reviewer Count\tReview Text";
  const other = [
    "b2\t10/05/2026\tDee\t0.0\t2 stars\t0.0\t0.0\t0.0\tSlow",
    "b2\t10/06/2026\tEd\t0.0\t3 stars\t0.0\t0.0\t0.0\tOkay",
    "b2\t10/07/2026\tFay\t0.0\t2 stars\t0.0\t0.0\t0.0\tMeh",
    "b2\t10/08/2026\tGus\t0.0\t1 stars\t0.0\t0.0\t0.0\tNo",
  ].join("\n");
  await box(page, BOXES.reviews).fill(`${header}\n${ROWS}\n${other}`);
  // The app with most rows (b2, 4 reviews) is read alone, and the note says so.
  await page.getByText(/^4 reviews read\b/).waitFor();
  const select = page.getByLabel("App in this export");
  assert.deepEqual(await select.locator("option").allInnerTexts(), ["b2 (4 reviews)", "a1 (3 reviews)"]);
  assert.equal(await select.inputValue(), "b2");
  assert.match(await page.locator("#in-reviews-understood").innerText(), /reviews of 2 apps/);
  await select.selectOption("a1");
  await page.getByText(/^3 reviews read\b/).waitFor();
  assert.equal(await page.getByLabel("App in this export").inputValue(), "a1");
  assert.deepEqual(errors, []);
});
