// Accessibility and comfort: axe-core with the example loaded in both themes, keyboard
// use, the theme toggle, embed parameters, and a 360 px wide phone.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, axe } from "./lib.mjs";
import { BOXES, box, freshApp, loadExample } from "./app-helpers.mjs";

let ctx;
before(async () => {
  ctx = await start();
});
after(async () => {
  await ctx?.close();
});

for (const colorScheme of ["light", "dark"]) {
  test(`axe finds no violation with the example loaded (${colorScheme} system theme)`, async () => {
    const { page } = await freshApp(ctx);
    await page.emulateMedia({ colorScheme });
    await loadExample(page);
    // Open the collapsed parts so that they are checked too.
    await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
    assert.deepEqual(await axe(page), []);
    await page.close();
  });
}

test("axe finds no violation in the Clear-all dialog and with notices shown", async () => {
  const { page } = await freshApp(ctx);
  await loadExample(page);
  await page.getByRole("button", { name: "Clear all" }).click();
  await page.getByRole("dialog").waitFor();
  assert.deepEqual(await axe(page), []);
  await page.close();
});

test("the theme toggle switches and is remembered; the system theme is the default", async () => {
  const { page } = await freshApp(ctx);
  await page.emulateMedia({ colorScheme: "dark" });
  const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.equal(await page.getByLabel("Theme").inputValue(), "auto");
  assert.equal(await bg(), "rgb(15, 19, 24)");
  await page.getByLabel("Theme").selectOption("light");
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), "light");
  assert.equal(await bg(), "rgb(244, 246, 248)");
  await page.reload();
  await box(page, BOXES.listing).waitFor();
  assert.equal(await page.getByLabel("Theme").inputValue(), "light");
  await page.close();
});

test("the page works from the keyboard: skip link, example, sections, rule edits", async () => {
  const { page } = await freshApp(ctx);
  await page.keyboard.press("Tab");
  const first = await page.evaluate(() => document.activeElement.textContent);
  assert.equal(first, "Skip to results");
  // Focus is visible on buttons.
  await page.keyboard.press("Tab");
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, "none");
  await page.getByRole("button", { name: "Load example" }).focus();
  await page.keyboard.press("Enter");
  await page.getByText("11 reviews read, 1 line skipped").waitFor();
  await page.getByRole("button", { name: "Rules used" }).focus();
  await page.keyboard.press("Enter");
  assert.equal(await page.evaluate(() => document.activeElement.id), "h-rules");
  await page.close();
});

test("URL parameters set embed mode, theme, accent and section; bad ones are ignored with a warning", async () => {
  const { page } = await freshApp(ctx);
  const warnings = [];
  page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
  await page.goto(`${ctx.url}?embed=1&theme=dark&accent=%23aa3300&section=rules`);
  await box(page, BOXES.listing).waitFor();
  assert.equal(await page.locator(".app.embed").count(), 1);
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), "dark");
  assert.equal(await page.evaluate(() => document.documentElement.style.getPropertyValue("--accent")), "#aa3300");
  assert.equal(await page.evaluate(() => document.activeElement.id), "h-rules");
  await page.goto(`${ctx.url}?theme=purple&accent=red;x&section=nowhere`);
  await box(page, BOXES.listing).waitFor();
  assert.equal(warnings.filter((w) => /ignoring URL parameter/.test(w)).length, 3);
  await page.close();
});

for (const width of [360, 320]) {
  test(`fits a ${width} px wide phone without sideways scrolling`, async () => {
    const { page } = await freshApp(ctx, { viewport: { width, height: 800 } });
    await loadExample(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
    await page.close();
  });
}
