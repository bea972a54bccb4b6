// Gaps found re-checking issue #11 against the other robustness tests: the autosave door
// refuses dates outside the supported years like the link, API and date box do (the saved
// value is kept aside, not lost), and a rating of -1 is never counted as a star.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, appReady } from "./lib.mjs";
import { BOXES, box, freshApp } from "./app-helpers.mjs";
import { DIST, INPUT_KEY, offApp } from "./robustness-helpers.mjs";

let ctx;
before(async () => {
  ctx = await start({ dir: DIST });
});
after(async () => {
  await ctx?.close();
});

test("an autosave dated outside the supported years is refused at the door and kept aside", async () => {
  const page = await ctx.browser.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  for (const today of ["+262142-12-31", "2200-01-01", "1899-12-31"]) {
    const saved = JSON.stringify({ schema_version: 1, today, listing: `Title: Saved For ${today}\n` });
    await offApp(page, ctx);
    await page.evaluate(([k, v]) => {
      localStorage.clear();
      localStorage.setItem(k, v);
    }, [INPUT_KEY, saved]);
    await page.goto(ctx.url);
    await appReady(page);
    const notice = page.getByText(/could not be read/).first();
    await notice.waitFor();
    assert.match(await notice.innerText(), /outside the supported years 1900–2199/, today);
    assert.match(await notice.innerText(), /A copy was kept/, today);
    assert.equal(await page.locator("#app-crash").count(), 0, `no crash for ${today}`);
    assert.equal(await box(page, BOXES.listing).inputValue(), "");
    // The refused value itself is still in storage, word for word.
    await offApp(page, ctx);
    const copies = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith("listing-analyzer.input.unreadable"))
        .map((k) => localStorage.getItem(k)),
    );
    assert.deepEqual(copies, [saved], today);
  }
  await page.evaluate(() => localStorage.clear());
  assert.deepEqual(errors, []);
  await page.close();
});

test("a rating of -1 is skipped with a reason, never counted as one star", async () => {
  const { page, errors } = await freshApp(ctx);
  await box(page, BOXES.reviews).fill("Date,Rating\n2026-03-01,5\n2026-03-02,-1\n2026-03-03,4\n");
  await page.getByText("2 reviews read, 1 line skipped.").waitFor();
  await page.getByText(/Line 3: .*-1 is negative, not 1–5 stars/).waitFor();
  assert.deepEqual(errors, []);
  await page.close();
});
