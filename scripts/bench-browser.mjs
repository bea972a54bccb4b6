// Browser benchmark of the built app in headless Chromium. Reports (median, min and max of
// N runs; the pages are loaded interleaved, app → static copy → counter, in one browser):
// - first contentful paint of the app, beside a static HTML page of the same markup (the
//   app's rendered DOM saved without its scripts), and their ratio (goal ≤ 1.1);
// - interactive: the wasm started and the first render done (the latest of the start-up
//   script's `la-interactive` mark, the first <h1> and, for the app, whose first render is
//   prerendered into the page, its `data-ready` mark on #app), for the app and for a bare Yew
//   counter built the same way (benches/yew-counter), and their ratio (goal ≤ 2.0), and how long each start-up phase took;
// - the whole page rendered (the rules tables, built in a task after the first render);
// - paste of 10,000 reviews → "10,000 reviews read" in the DOM (app work) and → the next
//   painted frame, beside the browser's own cost for the same text in a bare textarea;
// - one keystroke in the listing box with those reviews loaded → next frame;
// - shipped bytes (scripts/size.mjs) against the budget (scripts/size-budget.json).
// Usage: node scripts/bench-browser.mjs [--runs N]   (run scripts/build.sh first)
import { execSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { appReady, start } from "../tests/e2e/lib.mjs";
import { load } from "./bench-load.mjs";
import { serve } from "./static-server.mjs";

const runs = Number(process.argv[process.argv.indexOf("--runs") + 1]) || 15;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const fmt = (xs) => `median ${median(xs).toFixed(1)} ms (min ${Math.min(...xs).toFixed(1)}, max ${Math.max(...xs).toFixed(1)}, n=${xs.length})`;
const ratio = (a, b) => (median(a) / median(b)).toFixed(2);

// The baseline is rebuilt whenever the page packing changed, so both are built the same way.
const counterPage = "benches/yew-counter/dist/index.html";
if (!existsSync(counterPage) || ["scripts/inline.mjs", "scripts/unpack.js", "target/unlzma.wasm"].some((f) => statSync(counterPage).mtimeMs < statSync(f).mtimeMs)) {
  console.log("building the Yew counter baseline (benches/yew-counter)…");
  execSync(
    "bash -c 'export LA_WASM_TARGET_DIR=$PWD/target/wasm-counter; cd benches/yew-counter && " +
      "export PATH=$PWD/../../scripts/node_modules/.bin:$HOME/.cargo/bin:$PATH && source ../../scripts/wasm-env.sh && " +
      "trunk build --release --offline >/dev/null && node ../../scripts/inline.mjs dist'",
    { stdio: "inherit" },
  );
}

// The app's rendered DOM with every script removed: the same markup and styles, no wasm.
async function staticCopy(browser, url, dir) {
  const page = await browser.newPage();
  await page.goto(url);
  await appReady(page);
  const html = await page.evaluate(() => {
    const root = document.documentElement.cloneNode(true);
    for (const s of root.querySelectorAll("script")) s.remove();
    return `<!doctype html>\n${root.outerHTML}`;
  });
  await page.close();
  writeFileSync(join(dir, "index.html"), html);
  return Buffer.byteLength(html);
}

function reviews(n, seed) {
  const lines = ["Date,Rating,Reviewer"];
  for (let i = 0; i < n; i++) {
    const d = new Date(Date.UTC(2025, 1, 1) + ((i * 37 + seed) % 600) * 86400000);
    lines.push(`${d.toISOString().slice(0, 10)},${(i + seed) % 7 === 0 ? 4 : 5},Reviewer ${i}`);
  }
  return lines.join("\n");
}

const ctx = await start();
const counter = await serve("benches/yew-counter/dist", 0);
const staticDir = mkdtempSync(join(tmpdir(), "la-static-"));
const staticServer = await serve(staticDir, 0);
try {
  const staticBytes = await staticCopy(ctx.browser, ctx.url, staticDir);
  const app = { fcp: [], interactive: [], complete: [] };
  const stat = { fcp: [] };
  const base = { interactive: [] };
  const phases = { app: [], counter: [] };
  for (let i = 0; i < runs; i++) {
    const a = await load(ctx.browser, ctx.url);
    const s = await load(ctx.browser, staticServer.url);
    const c = await load(ctx.browser, counter.url);
    app.fcp.push(a.fcp);
    app.interactive.push(a.interactive);
    app.complete.push(a.complete);
    stat.fcp.push(s.fcp);
    base.interactive.push(c.interactive);
    phases.app.push(a.phase);
    phases.counter.push(c.phase);
  }
  console.log(`first contentful paint, app:                 ${fmt(app.fcp)}`);
  console.log(`first contentful paint, static copy (${(staticBytes / 1024).toFixed(1)} KiB): ${fmt(stat.fcp)}`);
  console.log(`ratio FCP app/static (medians, goal <= 1.1): ${ratio(app.fcp, stat.fcp)}`);
  console.log(`interactive, app:                            ${fmt(app.interactive)}`);
  console.log(`interactive, Yew counter:                    ${fmt(base.interactive)}`);
  console.log(`ratio interactive app/counter (medians, goal <= 2.0): ${ratio(app.interactive, base.interactive)}`);
  // Where the start-up time goes, phase by phase (medians of each phase's own length, ms):
  // to the compiler (parsing the page, decoding the base64), unpacking and compiling,
  // instantiating, then the start function and the first render until interactive.
  const STEPS = [["compileStart", "to compile start (unpacked)"], ["compiled", "compile"], ["instantiated", "instantiate"], ["interactive", "start + first render"]];
  for (const [who, rows] of Object.entries(phases)) {
    let prev = null;
    const parts = STEPS.map(([k, label]) => {
      const xs = rows.map((r) => (r[k] ?? NaN) - (prev ? r[prev] ?? NaN : 0)).filter(Number.isFinite);
      prev = k;
      return `${label} ${xs.length ? median(xs).toFixed(1) : "-"}`;
    });
    console.log(`start-up phases, ${who.padEnd(7)} (ms): ${parts.join(" | ")}`);
  }
  console.log(`whole page rendered, app:                    ${fmt(app.complete)}`);

  const page = await ctx.browser.newPage();
  await page.goto(ctx.url);
  await appReady(page);
  await page.evaluate(() => localStorage.clear());
  const paste = [];
  const pasteDom = [];
  for (let i = 0; i < Math.max(5, Math.floor(runs / 2)); i++) {
    const [dom, frame] = await page.evaluate(async (text) => {
      const box = [...document.querySelectorAll("textarea")].find((t) => t.labels?.[0]?.textContent.match(/review history/i));
      box.value = "";
      box.dispatchEvent(new Event("input", { bubbles: true }));
      await new Promise((r) => setTimeout(r, 100));
      let domAt = null;
      const seen = () => /10,?000 reviews read/.test(document.body.textContent);
      const obs = new MutationObserver(() => {
        if (domAt === null && seen()) domAt = performance.now();
      });
      obs.observe(document.body, { childList: true, subtree: true, characterData: true });
      const t0 = performance.now();
      box.value = text;
      // The app's work starts at the input event; setting the value is the browser's.
      const t1 = performance.now();
      box.dispatchEvent(new Event("input", { bubbles: true }));
      await new Promise((resolve) => {
        const check = () => (domAt !== null ? resolve() : requestAnimationFrame(check));
        check();
      });
      obs.disconnect();
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      return [domAt - t1, performance.now() - t0];
    }, reviews(10000, i + 1));
    pasteDom.push(dom);
    paste.push(frame);
  }
  console.log(`paste 10,000 reviews: input event → results in the DOM (app work): ${fmt(pasteDom)}`);
  console.log(`paste 10,000 reviews: value set → next frame painted (all work): ${fmt(paste)}`);

  // The browser's own cost of putting the same text in a bare textarea of the same size.
  const bare = await ctx.browser.newPage();
  await bare.setContent('<textarea rows="10" cols="60" wrap="off"></textarea>');
  const bareTimes = [];
  for (let i = 0; i < Math.max(5, Math.floor(runs / 2)); i++) {
    bareTimes.push(
      await bare.evaluate(async (text) => {
        const box = document.querySelector("textarea");
        box.value = "";
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        const t0 = performance.now();
        box.value = text;
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        return performance.now() - t0;
      }, reviews(10000, i + 1)),
    );
  }
  await bare.close();
  console.log(`same text into a bare textarea → next frame (browser baseline): ${fmt(bareTimes)}`);

  const keys = [];
  for (let i = 0; i < runs; i++) {
    keys.push(
      await page.evaluate(async (i) => {
        const box = [...document.querySelectorAll("textarea")].find((t) => t.labels?.[0]?.textContent.match(/listing details/i));
        const t0 = performance.now();
        box.value += i % 2 ? "a" : "\n";
        box.dispatchEvent(new Event("input", { bubbles: true }));
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        return performance.now() - t0;
      }, i),
    );
  }
  console.log(`keystroke in listing box (10,000 reviews loaded) → next frame: ${fmt(keys)}`);
  await page.close();
} finally {
  await ctx.close();
  await counter.close();
  await staticServer.close();
  rmSync(staticDir, { recursive: true, force: true });
}
console.log(execSync("node scripts/size.mjs dist").toString());
