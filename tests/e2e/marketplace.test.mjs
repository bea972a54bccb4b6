// "Against the marketplace (July 2025)" with real material: the ISV's own draft
// (../shared/real-world/portwood-docgen-LISTING.md) and one app's reviews from a real review
// export, pasted as a founder would; the section's sentences and its table are read, and the
// reviews percentile is checked against this test's own mid-rank on the July 2025 scrape.
// The summary widget shows the first category's line. Skips when ../shared is absent.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { start, axe } from "./lib.mjs";
import { BOXES, freshApp, paste } from "./app-helpers.mjs";
import { REAL, csvRows, oneAppsReviews, present, sayIfAbsent } from "./real-world.mjs";

sayIfAbsent("marketplace");

/** Document Generation listings' review counts in the July 2025 scrape (N/A counts 0). */
function docGenReviewCounts() {
  const [header, ...rows] = csvRows(gunzipSync(readFileSync(new URL("appx-scrape-listings-2025-07.csv.gz", REAL))).toString("utf8"));
  const [id, need, reviews] = ["Unique ID", "Business Need", "Reviews"].map((c) => header.indexOf(c));
  return rows
    .filter((r) => r[id]?.trim() && r[need].split(",").map((c) => c.trim()).includes("Document Generation"))
    .map((r) => Number.parseInt(r[reviews], 10) || 0);
}

let ctx;
before(async () => {
  if (present) ctx = await start();
});
after(async () => {
  await ctx?.close();
});

test("the real draft and a real review export are placed in their categories", { skip: !present }, async () => {
  const { page, errors } = await freshApp(ctx);
  const reviews = oneAppsReviews();
  await paste(page, BOXES.listing, readFileSync(new URL("portwood-docgen-LISTING.md", REAL), "utf8"));
  await paste(page, BOXES.reviews, reviews.text);
  const section = page.locator("section", { has: page.getByRole("heading", { name: "Against the marketplace (July 2025)" }) });
  await section.getByRole("heading", { name: "Document Generation (119 listings)" }).waitFor();
  await section.getByText("Document Generation figures as a table").click();
  const table = section.getByRole("table", { name: "Document Generation against the marketplace" });
  // The count the app read (a review the export holds may be set aside, e.g. a duplicate).
  await table.getByRole("cell", { name: /^\d+ reviews$/ }).waitFor();

  // The draft names four categories; "Admin Tools" is read loosely, with a note.
  const headings = await section.getByRole("heading", { level: 3 }).allInnerTexts();
  assert.deepEqual(headings.map((h) => h.replace(/ \(.*/, "")), ["Document Generation", "Document Management", "Productivity", "Admin & Developer Tools"]);
  assert.match(await section.innerText(), /“Admin Tools” is not a marketplace category; read as “Admin & Developer Tools”/);

  const rows = await table.getByRole("row").evaluateAll((trs) =>
    trs.slice(1).map((tr) => Array.from(tr.children, (c) => c.textContent.trim())),
  );
  const byMetric = Object.fromEntries(rows.map((r) => [r[0], r]));
  assert.deepEqual(Object.keys(byMetric), ["Reviews", "Average rating", "Price (USD per user per month)", "Editions supported", "Languages"]);
  const [, yours, pct, median, of] = byMetric["Reviews"];
  const read = Number.parseInt(yours, 10);
  assert.ok(read > reviews.count - 5 && read <= reviews.count, `${read} of ${reviews.count} reviews read`);
  assert.match(median, /^\d+ reviews? \(middle half \d+ reviews? – \d+ reviews?\)$/);
  assert.equal(of, "119");
  // Independent mid-rank on the scrape itself.
  const counts = docGenReviewCounts();
  assert.equal(counts.length, 119);
  const below = counts.filter((c) => c < read).length;
  const equal = counts.filter((c) => c === read).length;
  const exact = ((below + equal / 2) * 100) / counts.length;
  assert.ok(Math.abs(Number(pct) - exact) <= 1, `percentile ${pct}, mid-rank ${exact}`);
  assert.match(await section.innerText(), new RegExp(`More reviews than ${Math.round(Number(pct))}% of the 119 Document Generation listings\\.`));
  // Free draft: no price to place; editions from its requirements line; no languages given.
  assert.equal(byMetric["Price (USD per user per month)"][1], "not given");
  assert.equal(byMetric["Editions supported"][1], "3 editions");
  assert.equal(byMetric["Languages"][1], "not given");
  assert.match(await section.innerText(), /Source: AppExchange listings scraped on 20 July 2025 .*, as of 2025-07-20/);
  assert.deepEqual((await axe(page)).filter((v) => v.nodes.some((n) => n.includes("market") || n.includes("dist"))), []);
  assert.deepEqual(errors, []);
  await page.close();
});

test("on a phone the table stacks, and the widget gives the first category's line", { skip: !present }, async () => {
  const { page, errors } = await freshApp(ctx, { viewport: { width: 375, height: 800 } });
  const reviews = oneAppsReviews();
  await paste(page, BOXES.listing, readFileSync(new URL("portwood-docgen-LISTING.md", REAL), "utf8"));
  await paste(page, BOXES.reviews, reviews.text);
  await page.getByText("Document Generation figures as a table").click();
  const table = page.getByRole("table", { name: "Document Generation against the marketplace" });
  // Stacked, each cell's accessible name starts with its column's label (CSS ::before).
  await table.getByText(/^\d+ reviews$/).waitFor();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 375, `page is ${width} px wide`);
  assert.deepEqual(errors, []);
  await page.close();

  // The widget (its page has no rules tables, which the full page's readiness waits for).
  const widget = await freshApp(ctx, { viewport: { width: 375, height: 800 } });
  await widget.page.goto(`${ctx.url}index.html?embed=1&view=summary`);
  await widget.page.locator("#app[data-ready]").waitFor({ state: "attached" });
  await paste(widget.page, BOXES.listing, readFileSync(new URL("portwood-docgen-LISTING.md", REAL), "utf8"));
  await paste(widget.page, BOXES.reviews, reviews.text);
  await widget.page.getByText(/^More reviews than \d+% of the 119 Document Generation listings\.$/).waitFor();
  assert.deepEqual(widget.errors, []);
  await widget.page.close();
});
