// Offline use: the page as "Save page as… HTML only" stores it, and the DOM as "complete"
// stores it after use, each opened from file:// with no server; and the JS API.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { start, openApp, appReady } from "./lib.mjs";

let ctx;
let dir;
before(async () => {
  ctx = await start();
  dir = mkdtempSync(join(tmpdir(), "la-offline-"));
});
after(async () => {
  await ctx?.close();
});

/** Types two reviews and waits until the app says it read them. */
async function useApp(page) {
  await page.getByRole("textbox", { name: /review history/i }).fill("Date,Rating\n2026-03-01,5\n2026-04-02,4\n");
  await page.getByText(/2 reviews read/i).first().waitFor({ timeout: 10000 });
}

test("the HTML-only saved page works from file://", async () => {
  const res = await fetch(ctx.url);
  const file = join(dir, "saved-html-only.html");
  writeFileSync(file, Buffer.from(await res.arrayBuffer()));
  const { page, errors, requests } = await openApp(ctx, pathToFileURL(file).href);
  await useApp(page);
  assert.deepEqual(errors, []);
  assert.deepEqual(requests.filter((u) => !u.startsWith("file:") && !u.startsWith("data:") && !u.startsWith("blob:")), []);
  await page.close();
});

test("the DOM saved after use reopens as exactly one working app", async () => {
  const { page } = await openApp(ctx, ctx.url);
  await useApp(page);
  const file = join(dir, "saved-complete.html");
  writeFileSync(file, await page.content());
  await page.close();

  const reopened = await openApp(ctx, pathToFileURL(file).href);
  const p = reopened.page;
  assert.equal(await p.getByRole("textbox", { name: /listing details/i }).count(), 1, "one app, not two");
  assert.equal(await p.locator("#app").count(), 1);
  await useApp(p);
  assert.deepEqual(reopened.errors, []);
  await p.close();
});

test("window.ListingAnalyzer analyzes the documented input and reports its version", async () => {
  const page = await ctx.browser.newPage();
  await page.goto(ctx.url);
  await page.waitForFunction(() => window.ListingAnalyzer !== undefined);
  const report = await page.evaluate(() =>
    window.ListingAnalyzer.analyze({
      schema_version: 1,
      today: "2026-11-22",
      reviews: "2026-03-01,5\n2026-04-02,5",
      security_review: { app_type: "native", complexity: "high", log: "2026-01-05 submitted\n2026-02-20 failed" },
    }),
  );
  assert.equal(report.schema_version, 1);
  assert.equal(report.review_score.reviews_in_window, 2);
  // Issue 10: a failed verdict with nothing resubmitted awaits resubmission, and 46 weeks
  // after the submission the review is past the native range, so it is re-estimated from
  // today instead of being capped at 32 weeks.
  assert.equal(report.time_to_listing.status, "awaiting_resubmission");
  assert.equal(report.time_to_listing.overdue, true);
  // Issue 20: the latest date includes the plan's publication (was 52 weeks).
  assert.equal(report.time_to_listing.high_weeks, 53);
  assert.ok(report.time_to_listing.earliest >= "2026-11-22");
  const fromJson = await page.evaluate(() => window.ListingAnalyzer.analyze('{"schema_version":1,"today":"2026-11-22"}'));
  assert.equal(fromJson.today, "2026-11-22");
  const err = await page.evaluate(() => {
    try {
      window.ListingAnalyzer.analyze({ schema_version: 2 });
      return null;
    } catch (e) {
      return String(e.message);
    }
  });
  assert.match(err, /schema_version/);
  assert.match(await page.evaluate(() => window.ListingAnalyzer.version), /^\d+\.\d+\.\d+$/);
  await page.close();
});

test("the ready event fires once the API exists", async () => {
  const page = await ctx.browser.newPage();
  await page.addInitScript(() => {
    window.__ready = [];
    window.addEventListener("listing-analyzer:ready", () => window.__ready.push(typeof window.ListingAnalyzer));
  });
  await page.goto(ctx.url);
  await appReady(page);
  await page.waitForFunction(() => window.__ready.length > 0);
  assert.deepEqual(await page.evaluate(() => window.__ready), ["object"]);
  await page.close();
});

test("the 'Download for offline use' file works from file:// as one app", async () => {
  const { page } = await openApp(ctx, ctx.url);
  await useApp(page);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: /download for offline use/i }).click(),
  ]);
  const file = join(dir, "downloaded-offline.html");
  await download.saveAs(file);
  await page.close();

  const reopened = await openApp(ctx, pathToFileURL(file).href);
  const p = reopened.page;
  assert.equal(await p.getByRole("textbox", { name: /listing details/i }).count(), 1, "one app");
  await useApp(p);
  assert.deepEqual(reopened.errors, []);
  await p.close();
});
