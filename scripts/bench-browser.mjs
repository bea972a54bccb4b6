// Browser benchmark of the built app in headless Chromium. Reports (median of runs):
// - first render: navigation start → the app's first <h1> in the DOM, for the app and for
//   a bare Yew counter built the same way (benches/yew-counter);
// - paste of 10,000 reviews → "10,000 reviews read" in the DOM (app work) and → the next
//   painted frame, beside the browser's own cost for the same text in a bare textarea;
// - one keystroke in the listing box with those reviews loaded → next frame;
// - shipped bytes (scripts/size.mjs).
// Usage: node scripts/bench-browser.mjs [--runs N]   (run scripts/build.sh first)
import { execSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { start } from "../tests/e2e/lib.mjs";

const runs = Number(process.argv[process.argv.indexOf("--runs") + 1]) || 15;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const fmt = (xs) => `median ${median(xs).toFixed(1)} ms (min ${Math.min(...xs).toFixed(1)}, max ${Math.max(...xs).toFixed(1)}, n=${xs.length})`;

// The baseline is rebuilt whenever the page packing changed, so both are built the same way.
const counterPage = "benches/yew-counter/dist/index.html";
if (!existsSync(counterPage) || statSync(counterPage).mtimeMs < statSync("scripts/inline.mjs").mtimeMs) {
  console.log("building the Yew counter baseline (benches/yew-counter)…");
  execSync(
    "bash -c 'export LA_WASM_TARGET_DIR=$PWD/target/wasm-counter; cd benches/yew-counter && " +
      "export PATH=$PWD/../../scripts/node_modules/.bin:$HOME/.cargo/bin:$PATH && source ../../scripts/wasm-env.sh && " +
      "trunk build --release --offline >/dev/null && node ../../scripts/inline.mjs dist'",
    { stdio: "inherit" },
  );
}

// Records when the first <h1> appears (first render) and, for the app, when its last
// section is complete too (the rules tables, built in a task after the first render).
const FIRST_H1 = () => {
  window.__h1 = null;
  window.__all = null;
  new MutationObserver((_, obs) => {
    const now = performance.now();
    if (document.querySelector("h1") && window.__h1 === null) window.__h1 = now;
    const done = !document.getElementById("h-rules") || document.querySelector("table.rules");
    if (window.__h1 !== null && done && window.__all === null) {
      window.__all = now;
      obs.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
};

// Returns { first, complete }: per run, the first render and the whole page rendered.
async function firstRender(ctx, url) {
  const first = [];
  const complete = [];
  for (let i = 0; i < runs; i++) {
    const page = await ctx.browser.newPage();
    await page.addInitScript(FIRST_H1);
    await page.goto(url);
    await page.waitForFunction(() => window.__all !== null);
    const [h1, all] = await page.evaluate(() => [window.__h1, window.__all]);
    first.push(h1);
    complete.push(all);
    await page.close();
  }
  return { first, complete };
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
const counter = await start({ dir: "benches/yew-counter/dist" });
try {
  const app = await firstRender(ctx, ctx.url);
  const base = await firstRender(counter, counter.url);
  console.log(`first render, app:         ${fmt(app.first)}`);
  console.log(`first render, Yew counter: ${fmt(base.first)}`);
  console.log(`ratio app/counter (medians): ${(median(app.first) / median(base.first)).toFixed(2)}`);
  console.log(`whole page rendered, app:  ${fmt(app.complete)}`);

  const page = await ctx.browser.newPage();
  await page.goto(ctx.url);
  await page.getByRole("textbox", { name: /review history/i }).waitFor();
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
}
console.log(execSync("node scripts/size.mjs dist").toString());
