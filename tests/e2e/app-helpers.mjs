// Helpers shared by the app's end-to-end tests (app*.test.mjs).
import assert from "node:assert/strict";
import { openApp } from "./lib.mjs";

/** The three paste boxes, by their labels. */
export const BOXES = {
  listing: /listing details/i,
  reviews: /review history/i,
  log: /security.review timing/i,
};

/**
 * Opens the app with empty storage (the browser context is shared between tests): the
 * origin's local storage is cleared through the DevTools protocol before the page loads,
 * so the app starts once, as a first visit.
 */
export async function freshApp(ctx, { path = "", viewport } = {}) {
  return openApp(ctx, ctx.url + path, { viewport, fresh: true });
}

/** The textarea labelled `name`. */
export function box(page, name) {
  return page.getByRole("textbox", { name });
}

/**
 * Pastes `text` into the textarea labelled `name` as a person does: the text goes on the
 * clipboard, then Ctrl+A and Ctrl+V replace what the box held (the browser's own paste, an
 * `insertFromPaste` input event). Playwright's `fill` types the text through the editor
 * instead, which took 9 s of CPU for a 140 KB review export (a paste: 0.2 s). Checks that
 * the box then holds exactly `text` (line ends as a textarea keeps them).
 */
export async function paste(page, name, text) {
  const area = box(page, name);
  // The clipboard is written only by the focused page.
  await page.bringToFront();
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await area.focus();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press(text === "" ? "Delete" : "ControlOrMeta+V");
  const want = text.replace(/\r\n?/g, "\n");
  await page.waitForFunction(([el, n]) => el.value.length === n, [await area.elementHandle(), want.length]);
  assert.ok((await area.inputValue()) === want, `the paste into ${name} did not give the pasted text`);
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
