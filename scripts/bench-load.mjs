// One page load in headless Chromium, timed as scripts/bench-browser.mjs reports it (and
// scripts/bench-ab.mjs compares builds with it): first contentful paint, "interactive"
// (the latest of the start-up script's la-interactive mark, the first <h1> and, for a
// prerendered page, #app[data-ready]), the whole page rendered, and the start-up phases.

// Records, per page load: first contentful paint, when the first <h1> appears, and when
// the app's last section is complete too (the rules tables).
const OBSERVE = () => {
  window.__fcp = null;
  window.__h1 = null;
  window.__all = null;
  window.__ready = null;
  // Start-up phases: when the page hands the wasm to the compiler (after base64 decoding
  // and unpacking), when it is compiled, and when it is instantiated.
  window.__phase = {};
  const at = (k) => (window.__phase[k] ??= performance.now());
  const wrap = (name, begin, end) => {
    const f = WebAssembly[name];
    if (typeof f !== "function") return;
    WebAssembly[name] = function (...args) {
      at(begin);
      return f.apply(this, args).then((v) => (at(end), v));
    };
  };
  wrap("compileStreaming", "compileStart", "compiled");
  wrap("compile", "compileStart", "compiled");
  // (The page's LZMA decoder is compiled and instantiated synchronously, with
  // `new WebAssembly.Module` and `Instance`: these wrappers see only the app.)
  wrap("instantiate", "instantiateStart", "instantiated");
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === "first-contentful-paint") window.__fcp = e.startTime;
  }).observe({ type: "paint", buffered: true });
  const check = (obs) => {
    const now = performance.now();
    if (document.querySelector("h1") && window.__h1 === null) window.__h1 = now;
    if (document.querySelector("#app[data-ready]") && window.__ready === null) window.__ready = now;
    const done = !document.getElementById("h-rules") || document.querySelector("table.rules");
    // A prerendered page (its #app inert until the app starts) is complete only once the
    // app marked itself ready (its #app replaces the prerender's).
    if (document.querySelector("#app[inert]")) window.__prerendered = true;
    const live = !window.__prerendered || window.__ready !== null;
    if (window.__h1 !== null && live && done && window.__all === null) {
      window.__all = now;
      obs?.disconnect();
    }
  };
  new MutationObserver((_, obs) => check(obs)).observe(document, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ["data-ready"],
  });
  document.addEventListener("DOMContentLoaded", () => check(null));
};

// One load of `url`: { fcp, interactive, complete } in ms from navigation start.
export async function load(browser, url) {
  const page = await browser.newPage();
  await page.addInitScript(OBSERVE);
  await page.goto(url);
  await page.waitForFunction(() => window.__all !== null && window.__fcp !== null);
  const r = await page.evaluate(() => {
    const mark = performance.getEntriesByName("la-interactive")[0]?.startTime ?? null;
    return { fcp: window.__fcp, h1: window.__h1, all: window.__all, ready: window.__ready, mark, phase: window.__phase };
  });
  await page.close();
  const interactive = Math.max(r.h1, r.mark ?? 0, r.ready ?? 0);
  return { fcp: r.fcp, interactive, complete: r.all, phase: { ...r.phase, interactive } };
}
