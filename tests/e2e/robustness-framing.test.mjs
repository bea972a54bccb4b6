// Nothing leaked (issue 11): a page that frames the app learns nothing unless the deployer
// allowed its origin, and cannot see or replace the work saved first-party.
// The framing pages are served from another port: another origin on the same site.
// Run against an older build with LA_DIST=<dir> to see which of these it fails.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve } from "../../scripts/static-server.mjs";
import { start, appReady } from "./lib.mjs";
import { BOXES, box, freshApp, loadExample, settle } from "./app-helpers.mjs";
import { DIST, serveAllowing, shareFragment } from "./robustness-helpers.mjs";

let ctx;
let hostile;
let allowed;
let dirs = [];
let framingDir;
before(async () => {
  ctx = await start({ dir: DIST });
  // A copy of the build whose deployer allowed the framing pages' origin.
  framingDir = mkdtempSync(join(tmpdir(), "la-framing-"));
  hostile = await serve(framingDir, 0);
  const copy = await serveAllowing(new URL(hostile.url).origin);
  allowed = copy.server;
  dirs = [copy.dir, framingDir];
});
after(async () => {
  await ctx?.close();
  await hostile?.close();
  await allowed?.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

let pages = 0;
/** Opens a page on the framing origin holding `frameHtml`, recording every message. */
async function framingPage(frameHtml) {
  const name = `framing-${++pages}.html`;
  writeFileSync(
    join(framingDir, name),
    `<!doctype html><title>Framing page</title>
<script>window.got = []; addEventListener("message", (e) => window.got.push({ origin: e.origin, data: e.data }));</script>
${frameHtml}`,
  );
  const page = await ctx.browser.newPage();
  await page.goto(hostile.url + name);
  return page;
}

test("a framing page that is not allowed receives nothing and sees none of the saved work", async () => {
  const { page } = await freshApp(ctx);
  await loadExample(page);
  await settle(page);
  const framing = await framingPage(`<iframe title="app" src="${ctx.url}index.html?embed=1" style="width:100%;height:800px"></iframe>`);
  const frame = framing.frameLocator("iframe");
  await appReady(frame);
  await framing.waitForTimeout(1500);
  assert.deepEqual(await framing.evaluate(() => window.got), [], "no message reached the page");
  assert.equal(await box(frame, BOXES.listing).inputValue(), "", "the first-party work is not shown in the frame");
  await framing.close();
  await page.close();
});

test("a hidden frame opening a share link leaves the first-party work alone", async () => {
  const { page } = await freshApp(ctx);
  await box(page, BOXES.listing).fill("Title: Keep Me\n");
  await settle(page);
  await page.close();
  const link = shareFragment({ schema_version: 1, listing: "Title: Planted\n" });
  const framing = await framingPage(`<iframe hidden src="${ctx.url}index.html${link}"></iframe>`);
  await framing.frameLocator("iframe").locator("#in-listing").waitFor({ state: "attached", timeout: 20000 });
  await framing.waitForTimeout(800);
  await framing.close();
  const again = await ctx.browser.newPage();
  await again.goto(ctx.url);
  await appReady(again);
  assert.equal(await box(again, BOXES.listing).inputValue(), "Title: Keep Me\n");
  await again.close();
});

test("a parent origin the deployer allowed receives the height and report messages, addressed to it", async () => {
  const framing = await framingPage(`<iframe title="app" src="${allowed.url}index.html?embed=1" style="width:100%;height:800px"></iframe>`);
  const frame = framing.frameLocator("iframe");
  await appReady(frame);
  await frame.getByRole("button", { name: /load example/i }).click();
  await framing.waitForFunction(() => window.got.some((m) => m.data?.type === "listing-analyzer:report"), null, { timeout: 10000 });
  const got = await framing.evaluate(() => window.got);
  assert.ok(got.some((m) => m.data?.type === "listing-analyzer:height"));
  assert.ok(got.every((m) => m.origin === new URL(allowed.url).origin));
  await framing.close();
});
