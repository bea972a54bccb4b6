// The user's text comes back exactly as typed (issue #11, item 7): lone UTF-16 surrogates
// survive autosave, a reload, a share link and "Restore previous work". (The 10 MB paste
// is tested for behaviour in app-hostile.test.mjs and timed by scripts/measure-paste.mjs.)
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, appReady } from "./lib.mjs";
import { BOXES, box, freshApp, settle } from "./app-helpers.mjs";
import { DIST } from "./robustness-helpers.mjs";

let ctx;
before(async () => {
  ctx = await start({ dir: DIST });
});
after(async () => {
  await ctx?.close();
});

/** Text with a lone high surrogate, a lone low one, a reversed pair and a real pair. */
const LONE = "Title: Broken \uD800 source\nDescription: low \uDC00 and reversed \uDC00\uD800 and a real \uD83D\uDE00 pair\n";

/** Types `text` into the textarea `id` the way a paste does (the value, then `input`). */
async function paste(page, id, text) {
  await page.evaluate(
    ([id, text]) => {
      const el = document.getElementById(id);
      el.value = text;
      el.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertFromPaste" }));
    },
    [id, text],
  );
}

/** The UTF-16 code units of the textarea `id`, compared inside the page (no transcoding). */
async function codeUnits(page, id) {
  return page.evaluate((id) => {
    const v = document.getElementById(id).value;
    return Array.from({ length: v.length }, (_, i) => v.charCodeAt(i));
  }, id);
}

const units = (s) => Array.from({ length: s.length }, (_, i) => s.charCodeAt(i));

test("lone surrogates in a box come back unchanged after autosave and a reload", async () => {
  const { page, errors } = await freshApp(ctx);
  await paste(page, "in-listing", LONE);
  await page.getByText(/fields? read/).first().waitFor();
  await settle(page);
  await page.reload();
  await appReady(page);
  assert.deepEqual(await codeUnits(page, "in-listing"), units(LONE));
  // The analysis read the text (with the unreadable characters replaced), it did not refuse it.
  await page.getByText("2 fields read.").waitFor();
  // Typing on keeps the surrogates too.
  await page.evaluate(() => {
    const el = document.getElementById("in-listing");
    el.value += "Pricing: Free\n";
    el.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertText" }));
  });
  await settle(page);
  await page.reload();
  await appReady(page);
  assert.deepEqual(await codeUnits(page, "in-listing"), units(LONE + "Pricing: Free\n"));
  assert.deepEqual(errors, []);
  await page.close();
});

test("lone surrogates survive a share link, and the replaced work is restored exactly", async () => {
  const { page, errors } = await freshApp(ctx);
  await paste(page, "in-reviews", "Date,Rating,Comment\n2026-03-01,5,odd \uDBFF byte\n");
  await paste(page, "in-log", "2026-09-07 submitted \uDFFF\n");
  await page.getByText("1 review read.").waitFor();
  await page.getByRole("button", { name: "Copy link" }).click();
  const link = await page.getByRole("textbox", { name: "Share link" }).inputValue();
  await settle(page);

  // Another visit: different saved work, then the link.
  const other = await ctx.browser.newPage();
  await other.goto(ctx.url);
  await appReady(other);
  await paste(other, "in-listing", LONE);
  await settle(other);
  await other.goto(link);
  await box(other, BOXES.reviews).waitFor();
  await other.getByText(/Opened the shared analysis/).waitFor();
  assert.deepEqual(await codeUnits(other, "in-reviews"), units("Date,Rating,Comment\n2026-03-01,5,odd \uDBFF byte\n"));
  assert.deepEqual(await codeUnits(other, "in-log"), units("2026-09-07 submitted \uDFFF\n"));
  // The work the link replaced (with its own lone surrogates) comes back exactly.
  await other.getByRole("button", { name: "Restore previous work" }).click();
  await other.getByText(/Your previous work is back/).waitFor();
  assert.deepEqual(await codeUnits(other, "in-listing"), units(LONE));
  assert.deepEqual(errors, []);
  await other.close();
  await page.close();
});
