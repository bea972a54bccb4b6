// Issue 15, fewer Yew instances: the result sections, the section bar, the controls and the
// checklist are rendered by one generic component (`Part`), the store reaches the header,
// text boxes and rules as props instead of a context. These tests pin what that must not
// change: a section whose data did not change keeps its DOM nodes (it is not re-mounted),
// the parts stay interactive, and notices still dismiss.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start } from "./lib.mjs";
import { BOXES, box, freshApp, loadExample } from "./app-helpers.mjs";

let ctx;
before(async () => {
  ctx = await start();
});
after(async () => {
  await ctx?.close();
});

/** Marks the section labelled by heading `id` with a property only that DOM node carries. */
async function mark(page, id) {
  await page.evaluate((h) => {
    document.getElementById(h).closest("section").__kept = true;
  }, id);
}

/** Whether the section labelled by heading `id` is still the node `mark` marked. */
async function kept(page, id) {
  return page.evaluate((h) => document.getElementById(h).closest("section").__kept === true, id);
}

test("sections keep their DOM nodes when another input or section changes", async () => {
  const { page, errors } = await freshApp(ctx);
  await loadExample(page);
  for (const id of ["h-timeline", "h-reviews", "h-readiness", "h-partner", "h-rules", "h-inputs"]) {
    await mark(page, id);
  }
  const nav = page.getByRole("navigation", { name: "Result sections" });
  await page.evaluate(() => {
    document.querySelector("nav.section-nav").__kept = true;
  });
  // A change to the listing alone: readiness re-renders in place, nothing is re-mounted.
  const before = await page.locator("#h-readiness ~ .headline").innerText();
  await box(page, BOXES.listing).fill("Title: Acme\n");
  await page.waitForFunction(
    (old) => document.querySelector("#h-readiness ~ .headline")?.innerText !== old,
    before,
  );
  for (const id of ["h-timeline", "h-reviews", "h-readiness", "h-partner", "h-rules", "h-inputs"]) {
    assert.equal(await kept(page, id), true, `${id} was re-mounted`);
  }
  assert.equal(await page.evaluate(() => document.querySelector("nav.section-nav").__kept === true), true);
  // The bar's buttons still move focus to their sections.
  await nav.getByRole("button", { name: "Review score" }).click();
  assert.equal(await page.evaluate(() => document.activeElement?.id), "h-reviews");
  assert.deepEqual(errors, []);
  await page.close();
});

test("controls, checklist, partner flags and rules dispatch through the parts", async () => {
  const { page, errors } = await freshApp(ctx);
  await loadExample(page);
  // Controls (a part holding the store's dispatcher).
  await page.getByLabel("Complexity", { exact: true }).selectOption("high");
  assert.equal(await page.getByLabel("Complexity", { exact: true }).inputValue(), "high");
  // Checklist (a part).
  const item = page.getByRole("combobox", { name: "Test credentials" });
  await item.selectOption("not_ready");
  assert.equal(await item.inputValue(), "not_ready");
  // Partner flags (a function of the partner section's data).
  const joined = page.getByLabel("Joined the ISV programme");
  await joined.selectOption({ label: "Yes" });
  assert.equal(await joined.inputValue(), "yes");
  // A rule figure being typed keeps its text while another box changes the store.
  await page.locator("#rules-details > summary").click();
  const min = page.getByRole("spinbutton", { name: "FY24: minimum reviews in the window" });
  await min.fill("12");
  await box(page, BOXES.log).fill("2026-09-07 submitted\n");
  await page.getByText("1 event read.").waitFor();
  assert.equal(await min.inputValue(), "12");
  assert.deepEqual(errors, []);
  await page.close();
});

test("a notice from the store is shown and dismissed", async () => {
  const { page, errors } = await freshApp(ctx);
  await loadExample(page);
  const notice = page.locator(".notices .notice", { hasText: "Example loaded" });
  await notice.waitFor();
  await notice.getByRole("button", { name: "Dismiss this message" }).click();
  await notice.waitFor({ state: "detached" });
  assert.deepEqual(errors, []);
  await page.close();
});
