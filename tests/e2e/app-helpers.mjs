// Helpers shared by the app's end-to-end tests (app*.test.mjs).
import { appReady, openApp } from "./lib.mjs";

/** The three paste boxes, by their labels. */
export const BOXES = {
  listing: /listing details/i,
  reviews: /review history/i,
  log: /security.review timing/i,
};

/** Opens the app with empty storage (the browser context is shared between tests). */
export async function freshApp(ctx, { path = "", viewport } = {}) {
  const opened = await openApp(ctx, ctx.url, { viewport });
  await opened.page.evaluate(() => localStorage.clear());
  await opened.page.goto(ctx.url + path);
  await appReady(opened.page);
  return opened;
}

/** The textarea labelled `name`. */
export function box(page, name) {
  return page.getByRole("textbox", { name });
}

/** Clicks "Load example" and waits for the example's review count. */
export async function loadExample(page) {
  await page.getByRole("button", { name: "Load example" }).click();
  await page.getByText("11 reviews read, 1 line skipped").waitFor();
}

/** Waits until autosave (300 ms debounce) has run. */
export async function settle(page) {
  await page.waitForTimeout(500);
}
