// Work is never lost (issue 21, item 5) and no dead ends (item 8): Load example, Clear
// all and share links keep what they replace in "Previous work" (across reloads); links
// never push the user's typed work out of it; a restore keeps the keystrokes typed just
// before it; no notice claims a save that did not happen or names a control the page does
// not show; External domains applies as typed; mangled share links still open.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve } from "../../scripts/static-server.mjs";
import { start, appReady } from "./lib.mjs";
import { BOXES, box, freshApp, settle } from "./app-helpers.mjs";
import { DIST, offApp, savedInput, shareFragment } from "./robustness-helpers.mjs";

let ctx;
let other;
let otherDir;
before(async () => {
  ctx = await start({ dir: DIST });
  otherDir = mkdtempSync(join(tmpdir(), "la-work-kept-"));
  other = await serve(otherDir, 0);
});
after(async () => {
  await ctx?.close();
  await other?.close();
  rmSync(otherDir, { recursive: true, force: true });
});

/** A fresh app with `text` typed in the listing box and autosaved. */
async function withSavedWork(text) {
  const opened = await freshApp(ctx);
  await box(opened.page, BOXES.listing).fill(text);
  await settle(opened.page);
  return opened;
}

/** The "Previous work" list, opened. */
async function previousWork(page) {
  const summary = page.getByText(/^Previous work \(\d+\)$/);
  await summary.waitFor();
  if (!(await page.locator("details.previous-work").evaluate((d) => d.open))) await summary.click();
  return page.locator("details.previous-work");
}

test("Load example keeps the typed work one click away, and in Previous work across a reload", async () => {
  const { page, errors } = await withSavedWork("Title: My Own Work\n");
  await page.getByRole("button", { name: "Load example" }).click();
  await page.getByText(/What the example replaced was kept/).waitFor();
  await page.getByRole("button", { name: "Restore previous work" }).click();
  await page.getByText("Your previous work is back.", { exact: false }).waitFor();
  assert.equal(await box(page, BOXES.listing).inputValue(), "Title: My Own Work\n");

  await page.getByRole("button", { name: "Load example" }).click();
  await page.getByText("11 reviews read, 1 line skipped").waitFor();
  await settle(page);
  await page.reload();
  await appReady(page);
  assert.match(await box(page, BOXES.listing).inputValue(), /Acme Invoice Sync/);
  const list = await previousWork(page);
  const restore = list.getByRole("button", { name: /^Restore “Title: My Own Work”.*replaced by Load example today at \d\d:\d\d$/ });
  await restore.click();
  await page.getByText("Your previous work is back.", { exact: false }).waitFor();
  assert.equal(await box(page, BOXES.listing).inputValue(), "Title: My Own Work\n");
  await settle(page);
  assert.equal((await savedInput(page)).listing, "Title: My Own Work\n");
  assert.deepEqual(errors, []);
  await page.close();
});

test("Clear all says the copy is kept, and one click undoes it", async () => {
  const { page } = await withSavedWork("Title: Cleared By Mistake\n");
  await page.getByRole("button", { name: "Clear all" }).click();
  const dialog = page.getByRole("dialog", { name: "Clear everything?" });
  assert.match(await dialog.innerText(), /A copy is kept under “Previous work”/);
  await dialog.getByRole("button", { name: "Clear everything" }).click();
  await page.getByText(/Everything was cleared\. What it replaced was kept/).waitFor();
  assert.equal(await box(page, BOXES.listing).inputValue(), "");
  await page.getByRole("button", { name: "Restore previous work" }).click();
  await page.getByText("Your previous work is back.", { exact: false }).waitFor();
  assert.equal(await box(page, BOXES.listing).inputValue(), "Title: Cleared By Mistake\n");
  await page.close();
});

test("share links opened in a row never push the typed work out of Previous work", async () => {
  const { page, errors } = await withSavedWork("Title: Typed By Me\n");
  // Before: the second link deleted the typed work while saying it was kept.
  for (let n = 1; n <= 6; n++) {
    await page.goto(ctx.url + shareFragment({ schema_version: 1, listing: `Title: Link ${n}\n` }));
    await page.getByText(/Opened the shared analysis\. What it replaced was kept/).waitFor();
    await page.waitForFunction((n) => document.querySelector("#in-listing")?.value === `Title: Link ${n}\n`, n);
    await settle(page);
  }
  await page.reload();
  await appReady(page);
  const list = await previousWork(page);
  const items = await list.getByRole("button", { name: /^Restore / }).evaluateAll((b) => b.map((x) => x.getAttribute("aria-label")));
  assert.ok(items.some((l) => l.startsWith("Restore “Title: Typed By Me”")), items.join("\n"));
  assert.equal(items.length, 4, "the typed work and the last three links");
  await list.getByRole("button", { name: /^Restore “Title: Typed By Me”/ }).click();
  await page.getByText("Your previous work is back.", { exact: false }).waitFor();
  assert.equal(await box(page, BOXES.listing).inputValue(), "Title: Typed By Me\n");
  assert.deepEqual(errors, []);
  await page.close();
});

test("Restore previous work keeps the keystrokes typed just before it", async () => {
  const { page } = await withSavedWork("Title: The Original\n");
  await page.getByRole("button", { name: "Load example" }).click();
  await page.getByText(/What the example replaced was kept/).waitFor();
  // Typed and restored at once, before autosave's pause is over.
  await box(page, BOXES.listing).fill("Title: Typed Just Before\n");
  await page.getByRole("button", { name: "Restore previous work" }).click();
  await page.getByText("Your previous work is back.", { exact: false }).waitFor();
  assert.equal(await box(page, BOXES.listing).inputValue(), "Title: The Original\n");
  const list = await previousWork(page);
  await list.getByRole("button", { name: /^Restore “Title: Typed Just Before”/ }).click();
  await page.waitForFunction(() => document.querySelector("#in-listing")?.value === "Title: Typed Just Before\n");
  await page.close();
});

test("a share link over the storage limit does not claim to be saved, and the saved work stays", async () => {
  const huge = "Title: Huge\n" + "Description: words words words\n".repeat(180_000);
  const link = ctx.url + shareFragment({ schema_version: 1, listing: huge });
  // Nothing saved before: the link said "It is saved in this browser" and a reload lost it.
  const fresh = await ctx.browser.newPage();
  await offApp(fresh, ctx);
  await fresh.evaluate(() => localStorage.clear());
  await fresh.goto(link);
  await fresh.getByText(/Opened the shared analysis/).waitFor({ timeout: 60000 });
  assert.doesNotMatch(await fresh.locator(".notices").innerText(), /saved in this browser/);
  await fresh.getByText(/Autosave failed: the inputs are larger than this browser's storage allows/).waitFor();
  await fresh.close();

  const { page } = await withSavedWork("Title: Small Saved Work\n");
  await page.goto(link);
  await page.getByText(/Opened the shared analysis/).waitFor({ timeout: 60000 });
  const said = await page.locator(".notices").innerText();
  assert.doesNotMatch(said, /saved in this browser/, said);
  await page.getByText(/Autosave failed: the inputs are larger than this browser's storage allows/).waitFor();
  assert.match(said + (await page.locator(".notices").innerText()), /Save analysis file/);
  await settle(page);
  assert.equal((await savedInput(page)).listing, "Title: Small Saved Work\n");
  await page.close();
});

test("in a frame whose storage is refused, the widget names only its own controls and claims no save", async () => {
  const link = shareFragment({ schema_version: 1, listing: "Title: Into A Sandbox\n" });
  writeFileSync(
    join(otherDir, "sandbox.html"),
    `<!doctype html><title>Sandbox</title><iframe title="widget" sandbox="allow-scripts allow-popups" src="${ctx.url}index.html?view=summary${link}" style="width:100%;height:900px"></iframe>`,
  );
  const page = await ctx.browser.newPage();
  await page.goto(other.url + "sandbox.html");
  const frame = page.frameLocator("iframe");
  await frame.getByText(/Opened the shared analysis/).waitFor({ timeout: 20000 });
  await frame.getByText(/does not allow/).first().waitFor();
  const said = await frame.locator(".notices").innerText();
  assert.doesNotMatch(said, /saved in this browser/, said);
  assert.doesNotMatch(said, /Copy link|Save analysis file|Previous work/, said);
  assert.match(said, /Open the full analysis/);
  assert.equal(await frame.getByRole("link", { name: /Open the full analysis/ }).count(), 1);
  await page.close();
});

test("External domains applies as it is typed, and an emptied field waits for the next digit", async () => {
  const { page } = await freshApp(ctx);
  const madeOf = page.getByRole("group", { name: "What is your solution made of?" });
  await madeOf.getByLabel("Managed package (2GP)").check();
  await madeOf.getByLabel("External web app or service").check();
  const domains = page.getByLabel("External (non-Salesforce) domains");
  const dast = (n) => page.getByRole("combobox", { name: `DAST report: external domain ${n}` });
  await domains.fill("3");
  // No Enter, no leaving the field: the checklist follows the digit.
  await dast(3).waitFor();
  assert.equal(await domains.evaluate((el) => el === document.activeElement), true);
  await domains.fill("");
  assert.equal(await domains.inputValue(), "", "the field is not refilled while empty");
  await domains.pressSequentially("2");
  await page.waitForFunction(() => !document.body.innerText.includes("external domain 3"));
  await dast(2).waitFor();
  await page.close();
});

test("share links survive percent-encoding and the line breaks mail tools add", async () => {
  const { page, errors } = await freshApp(ctx);
  const frag = shareFragment({ schema_version: 1, listing: "Title: Mailed Link\n" }).slice(3);
  const wrapped = frag.match(/.{1,20}/g).join("%0D%0A");
  for (const mangled of [`#i%3D${wrapped}`, `#i=${frag.slice(0, 15)}%20%20${frag.slice(15)}%3E`, `#i%253D${frag}`]) {
    await page.goto(ctx.url + "index.html?x=" + Math.random() + mangled);
    await appReady(page);
    await page.getByText(/Opened the shared analysis/).waitFor();
    assert.equal(await box(page, BOXES.listing).inputValue(), "Title: Mailed Link\n", mangled);
  }
  assert.deepEqual(errors, []);
  await page.close();
});
