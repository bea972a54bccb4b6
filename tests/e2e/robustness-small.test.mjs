// The smaller findings of issue 11: the Markdown export keeps pasted HTML, links and images
// as text; storage refusals are worded for what happened; a save failure notice goes away
// once saving works again.
// Run against an older build with LA_DIST=<dir> to see which of these it fails.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start } from "./lib.mjs";
import { BOXES, box, freshApp, settle } from "./app-helpers.mjs";
import { DIST, INPUT_KEY, downloadOf } from "./robustness-helpers.mjs";

let ctx;
before(async () => {
  ctx = await start({ dir: DIST });
});
after(async () => {
  await ctx?.close();
});

test("the Markdown export keeps HTML, links and images from a pasted review as text", async () => {
  const { page, errors } = await freshApp(ctx);
  // Above a header row, the three hostile lines are skipped and quoted in the diagnostics.
  // (With no header at all, the block reader keeps text lines as the next review's text.)
  const hostile = [
    "<img src=x onerror=alert(document.domain)>",
    "![tracker](http://evil.example/pixel.png)",
    "[click me](javascript:alert(1))",
    "Date,Rating",
    "2026-03-01,5",
  ];
  await box(page, BOXES.reviews).fill(hostile.join("\n") + "\n");
  await page.getByText(/lines? skipped/).first().waitFor();
  const { text } = await downloadOf(page, page.getByRole("button", { name: "Download Markdown" }));
  assert.match(text, /## Not understood/);
  for (const live of ["<img", "![", "[click me]"]) {
    assert.ok(!text.includes(live), `${live} is live in the export`);
  }
  // The only links are the rule sources' own addresses (https), never the review's.
  const targets = [...text.matchAll(/\]\(([^)]*)\)/g)].map((m) => m[1]);
  assert.ok(targets.length > 0, "the sources are linked");
  assert.deepEqual(targets.filter((u) => !u.startsWith("https://")), [], "only https links");
  assert.match(text, /&lt;img src=x onerror=alert\\\(document\.domain/);
  assert.deepEqual(errors, []);
  await page.close();
});

/** A page whose storage refuses the autosave with `name` while `window.__refuse` is set. */
async function refusingPage(name) {
  const page = await ctx.browser.newPage();
  await page.addInitScript(
    ([key, error]) => {
      window.__refuse = true;
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (k, v) {
        if (window.__refuse && k === key) throw new DOMException("refused by the test", error);
        return setItem.call(this, k, v);
      };
    },
    [INPUT_KEY, name],
  );
  await page.goto(ctx.url);
  await box(page, BOXES.listing).waitFor();
  return page;
}

test("a SecurityError from storage is not called a full storage", async () => {
  const page = await refusingPage("SecurityError");
  await box(page, BOXES.listing).fill("Title: Blocked\n");
  await page.getByText(/does not allow this page to store data/).waitFor({ timeout: 5000 });
  assert.equal(await page.getByText(/larger than this browser's storage allows/).count(), 0);
  await page.close();
});

test("the 'Autosave failed' notice goes away once saving works again", async () => {
  const page = await refusingPage("QuotaExceededError");
  await box(page, BOXES.listing).fill("Title: Too Big For Now\n");
  const notice = page.getByText(/Autosave failed/);
  await notice.waitFor({ timeout: 5000 });
  await page.evaluate(() => {
    window.__refuse = false;
  });
  await box(page, BOXES.listing).fill("Title: Fits Again\n");
  await settle(page);
  await notice.waitFor({ state: "detached", timeout: 5000 });
  assert.equal(await page.evaluate((k) => JSON.parse(localStorage.getItem(k)).listing, INPUT_KEY), "Title: Fits Again\n");
  await page.close();
});

test("text set by a script with a plain input event (a form filler, the host page) is read like typing", async () => {
  const { page, errors } = await freshApp(ctx);
  // Only a browser's own InputEvent has `inputType`; the app read that property on every
  // input event, so a plain Event("input") threw in the handler and the text was never read.
  await box(page, BOXES.reviews).evaluate((el) => {
    el.value = "Date,Rating\n2026-03-01,5\n2026-03-02,4\n";
    el.dispatchEvent(new Event("input", { bubbles: true }));
  });
  await page.getByText(/^2 reviews read\b/).waitFor();
  assert.deepEqual(errors, []);
  await page.close();
});
