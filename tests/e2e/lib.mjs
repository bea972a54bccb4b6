// Shared helpers for the end-to-end tests: a loopback server on the built dist/, and
// Debian's headless Chromium driven by playwright-core.
import { createRequire } from "node:module";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { serve } from "../../scripts/static-server.mjs";

const require = createRequire(resolve("scripts/package.json"));
/** playwright-core, from the project's npm tools (scripts/node_modules). */
export const { chromium } = require("playwright-core");
/** Path of axe-core's browser bundle, for accessibility checks. */
export const AXE_PATH = require.resolve("axe-core/axe.min.js");

/** The flags Chromium needs as root on these machines, with no background traffic. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

/**
 * Serves `dist/` on 127.0.0.1 and launches headless Chromium. Call `close()` when done.
 * Returns `{ url, requests, browser, close }`; `requests` lists every path the server saw.
 */
export async function start({ dir = "dist" } = {}) {
  const server = await serve(dir, 0);
  const profile = mkdtempSync(join(tmpdir(), "la-chromium-"));
  let browser;
  try {
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
      headless: true,
      args: CHROMIUM_ARGS,
      acceptDownloads: true,
      // For the tests' pastes (app-helpers.mjs `paste`): the page's own origin may write the clipboard.
      permissions: ["clipboard-read", "clipboard-write"],
      viewport: { width: 1280, height: 900 },
    });
  } catch (e) {
    // A browser that did not start must not leave the server listening: the test file's
    // process would then never end.
    await server.close();
    rmSync(profile, { recursive: true, force: true });
    throw e;
  }
  return {
    url: server.url,
    requests: server.requests,
    browser,
    async close() {
      await browser.close();
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Waits until the app has rendered all of itself and is live (works in embed mode too).
 * The page carries a prerendered first render, so the textboxes exist before the app runs:
 * wait for the app's own mark on its root (`data-ready`, set after its first render).
 */
export async function appReady(page) {
  await page.locator("#app[data-ready]").waitFor({ state: "attached", timeout: 20000 });
  await page.getByRole("textbox", { name: /listing details/i }).waitFor({ timeout: 20000 });
  // The rules tables are built just after the first render (folded away, so hidden until
  // opened); wait for the whole page.
  await page.getByRole("table", { name: /^Used by/, includeHidden: true }).first().waitFor({ state: "attached" });
}

/**
 * Empties the local storage (the app's autosave and previous work) of `url`'s origin
 * through the DevTools protocol, without loading anything: the browser context is shared
 * between a file's tests, and loading the app only to clear its storage costs a start.
 */
export async function clearStorage(page, url) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Storage.clearDataForOrigin", { origin: new URL(url).origin, storageTypes: "local_storage" });
  await cdp.detach();
}

/**
 * Opens `url` in a new page and waits until the app has rendered; with `fresh`, the
 * page's origin starts with empty local storage.
 * Returns `{ page, errors, requests }`: console errors and page errors, and every
 * request URL the page made.
 */
export async function openApp(ctx, url, { viewport, fresh = false } = {}) {
  const page = await ctx.browser.newPage();
  if (fresh) await clearStorage(page, url);
  if (viewport) await page.setViewportSize(viewport);
  const errors = [];
  const requests = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(url);
  await appReady(page);
  return { page, errors, requests };
}

/**
 * Runs axe-core on the page and returns its violations. axe is evaluated through the
 * DevTools protocol, so the page's strict CSP stays in force for everything else.
 */
export async function axe(page) {
  await page.evaluate(readFileSync(AXE_PATH, "utf8"));
  return page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { resultTypes: ["violations"] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(" ")) }));
  });
}

/**
 * Waits until `locator`'s text is `want` (a string, compared whole, or a RegExp), then
 * returns it: an assertion that waits for the state it asserts instead of reading the page
 * once, right after an action, before the re-render.
 */
export async function textIs(locator, want, { timeout = 5000 } = {}) {
  const handle = await locator.elementHandle({ timeout });
  const isRe = want instanceof RegExp;
  await locator
    .page()
    .waitForFunction(
      ([el, w, flags, re]) => (re ? new RegExp(w, flags).test(el.innerText) : el.innerText === w),
      [handle, isRe ? want.source : want, isRe ? want.flags : "", isRe],
      { timeout },
    )
    .catch(async () => {
      throw new Error(`text ${JSON.stringify(await locator.innerText())} never became ${isRe ? want : JSON.stringify(want)}`);
    });
  return locator.innerText();
}

/**
 * Clicks the button named `name` and returns the file it downloads: its suggested name and
 * its text (UTF-8).
 */
export async function download(page, name) {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name }).click()]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), "utf8") };
}

/**
 * What `read()` gives once it has settled: read every `every` ms until two readings in a row
 * are equal and `ready` accepts the value.
 */
export async function settled(page, read, { every = 400, ready = () => true } = {}) {
  let last;
  let now = await read();
  do {
    last = now;
    await page.waitForTimeout(every);
    now = await read();
  } while (now !== last || !ready(now));
  return now;
}

/** The height of the element `selector` (an iframe on a host page), in CSS px, once it has settled. */
export function settledHeight(page, selector = "iframe") {
  return settled(page, () => page.evaluate((s) => Math.round(document.querySelector(s).getBoundingClientRect().height), selector));
}
