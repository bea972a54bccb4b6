// The app shell as a first-time visitor sees it: served from loopback, rendered by the
// wasm app in headless Chromium, with no network request beyond the page itself.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, openApp } from "./lib.mjs";

let ctx;
before(async () => {
  ctx = await start();
});
after(async () => {
  await ctx?.close();
});

test("shows the product name and the three labelled inputs", async () => {
  const { page, errors } = await openApp(ctx, ctx.url);
  assert.match(await page.getByRole("heading", { level: 1 }).innerText(), /AppExchange Listing Analyzer/);
  for (const name of [/listing details/i, /review history/i, /security.review timing/i]) {
    const box = page.getByRole("textbox", { name });
    assert.equal(await box.count(), 1, `one textbox labelled ${name}`);
    assert.equal(await box.isEditable(), true);
  }
  assert.deepEqual(errors, []);
  await page.close();
});

test("makes no request beyond the page's own file", async () => {
  const { page, requests } = await openApp(ctx, ctx.url);
  await page.getByRole("textbox", { name: /review history/i }).fill("2026-03-01,5\n2026-04-02,4");
  await page.waitForTimeout(300);
  const others = requests.filter((u) => u !== ctx.url && !u.startsWith("data:") && !u.startsWith("blob:"));
  assert.deepEqual(others, []);
  await page.close();
});

test("the page carries a CSP that forbids network connections", async () => {
  const { page } = await openApp(ctx, ctx.url);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  assert.match(csp, /connect-src 'none'/);
  assert.match(csp, /default-src 'none'/);
  const blocked = await page.evaluate(async () => {
    try {
      await fetch("/index.html");
      return false;
    } catch {
      return true;
    }
  });
  assert.equal(blocked, true, "fetch is refused by the CSP");
  await page.close();
});
