// Hostile and huge input: script and HTML payloads stay text, a 10 MB paste keeps the page
// usable and loses nothing, and a crash shows a reload message with the work saved.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { appReady, start } from "./lib.mjs";
import { BOXES, box, freshApp, paste, settle } from "./app-helpers.mjs";

let ctx;
before(async () => {
  ctx = await start();
});
after(async () => {
  await ctx?.close();
});

const XSS = [
  "<script>window.__xss = 1</script>",
  '"><img src=x onerror="window.__xss=2">',
  "<svg onload=window.__xss=3>",
  "javascript:window.__xss=4",
  "<iframe srcdoc=\"<script>parent.__xss=5</script>\"></iframe>",
  "'\"><body onload=window.__xss=6>",
  "<a href=\"javascript:window.__xss=7\">x</a>",
  "{{constructor.constructor('window.__xss=8')()}}",
  "<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=9>",
];

test("script and HTML payloads in every input are shown as text and never run", async () => {
  const { page, errors } = await freshApp(ctx);
  const scripts = await page.locator("script").count();
  const text = XSS.map((x) => `Title: ${x}\n${x}`).join("\n");
  for (const name of Object.values(BOXES)) await paste(page, name, text);
  await page.getByText(/lines? skipped/).first().waitFor();
  // The payload appears as text in the diagnostics under the review box.
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.__xss), undefined);
  assert.equal(await page.locator("script").count(), scripts);
  assert.equal(await page.locator("img, iframe, .app svg[onload]").count(), 0);
  assert.equal(await box(page, BOXES.listing).inputValue(), text);
  // Exported Markdown keeps them as text too (no crash, no execution).
  await page.getByRole("button", { name: "Copy link" }).click();
  const link = await page.getByRole("textbox", { name: "Share link" }).inputValue();
  const other = await ctx.browser.newPage();
  await other.goto(link);
  await box(other, BOXES.reviews).waitFor();
  assert.equal(await box(other, BOXES.reviews).inputValue(), text);
  assert.equal(await other.evaluate(() => window.__xss), undefined);
  await other.close();
  assert.deepEqual(errors, []);
  await page.close();
});

test("a 10 MB paste stays responsive, says what was not analysed, and keeps the text", async () => {
  const { page, errors } = await freshApp(ctx);
  // Behaviour, not timing: a loaded machine is slow, not wrong (the timings are measured
  // by scripts/measure-paste.mjs).
  const right = await page.evaluate(async () => {
    const line = "2026-03-01,5,A reviewer who wrote quite a long comment about the app\n";
    const big = line.repeat(Math.ceil((10 * 1024 * 1024) / line.length));
    const el = document.getElementById("in-reviews");
    el.value = big;
    el.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertFromPaste" }));
    // Looks after every task until the note is there, and says whether the analysis
    // was done in the same task.
    const understood = document.getElementById("in-reviews-understood");
    for (let i = 0; i < 100000; i++) {
      const said = understood.textContent;
      if (/only the first 2\.0 MB were analysed/.test(said)) return { note: true, analysed: /[1-9][\d,]* reviews? read/.test(said) };
      await new Promise((r) => setTimeout(r, 0));
    }
    return { note: false, analysed: false };
  });
  // The note is there at once; the analysis waits for a task of its own, so the paste's
  // task does not also parse 2 MB and render every result.
  assert.deepEqual(right, { note: true, analysed: false });
  await page.getByText(/only the first 2\.0 MB were analysed/).waitFor({ timeout: 120000 });
  // The analysis of a large input runs in a task of its own after the note; it does run.
  await page.getByText(/[1-9][\d,]* reviews read/).waitFor({ timeout: 120000 });
  // (The length is read in the page: inputValue() would copy the 10 MB over the protocol.)
  assert.ok((await box(page, BOXES.reviews).evaluate((el) => el.value.length)) >= 10 * 1024 * 1024, "nothing typed was lost");
  // The page still answers: typing elsewhere updates its own line quickly.
  await box(page, BOXES.listing).fill("Title: Still Responsive\n");
  await page.getByText("1 field read.").waitFor({ timeout: 120000 });
  // Autosave may not fit in storage; if so, the user is told and nothing breaks.
  await settle(page);
  assert.deepEqual(errors, []);
  await page.close();
});

test("a crash shows a reload message, and the autosaved inputs survive it", async () => {
  const { page } = await freshApp(ctx);
  await box(page, BOXES.listing).fill("Title: Survives A Crash\n");
  await settle(page);
  // The crash test is a global set before the page loads (no URL can crash the page).
  await page.addInitScript(() => {
    if (!sessionStorage.getItem("crashed")) {
      sessionStorage.setItem("crashed", "1");
      window.__listingAnalyzerCrashTest = true;
    }
  });
  await page.goto(ctx.url);
  const alert = page.getByRole("alert").filter({ hasText: "Something went wrong" });
  await alert.waitFor();
  // The prerendered box is there (empty) before the app starts and restores the autosave:
  // wait for the reloaded app.
  await Promise.all([page.waitForEvent("load"), alert.getByRole("link", { name: "Reload the page" }).click()]);
  await appReady(page);
  assert.equal(await box(page, BOXES.listing).inputValue(), "Title: Survives A Crash\n");
  await page.close();
});
