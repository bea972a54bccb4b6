// Two or more built pages loaded interleaved in one headless Chromium: median first paint
// and "live" as scripts/bench-browser.mjs defines interactive (the latest of the start-up
// script's la-interactive mark, the first <h1> and #app[data-ready]), with min and max.
// For a before/after of a change: build main into one folder and the change into another.
// Usage: node scripts/bench-ab.mjs DIR_A DIR_B [...] [--runs N]   (default 15 loads each)
import { start } from "../tests/e2e/lib.mjs";
import { serve } from "./static-server.mjs";
const dirs = process.argv.slice(2).filter((a, i, all) => !a.startsWith("--") && !all[i - 1]?.startsWith("--"));
const runs = Number(process.argv[process.argv.indexOf("--runs") + 1]) || 15;
const ctx = await start({ dir: dirs[0] });
const servers = [];
for (const d of dirs) servers.push(await serve(d, 0));
const INIT = () => {
  window.__h1 = null; window.__ready = null; window.__fcp = null;
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.name === "first-contentful-paint") window.__fcp = e.startTime; }).observe({ type: "paint", buffered: true });
  new MutationObserver(() => { const t = performance.now(); if (document.querySelector("h1") && window.__h1 === null) window.__h1 = t; if (document.querySelector("#app[data-ready]") && window.__ready === null) window.__ready = t; }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ["data-ready"] });
};
const res = dirs.map(() => ({ fcp: [], live: [] }));
for (let i = 0; i < runs; i++) for (let k = 0; k < dirs.length; k++) {
  const page = await ctx.browser.newPage();
  await page.addInitScript(INIT);
  await page.goto(servers[k].url);
  await page.waitForFunction(() => window.__ready !== null && window.__fcp !== null, null, { timeout: 30000 });
  const r = await page.evaluate(() => ({ fcp: window.__fcp, live: Math.max(window.__h1, window.__ready, performance.getEntriesByName("la-interactive")[0]?.startTime ?? 0) }));
  res[k].fcp.push(r.fcp); res[k].live.push(r.live);
  await page.close();
}
const med = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[(s.length - 1) >> 1]; };
dirs.forEach((d, k) => console.log(`${d.padEnd(22)} first paint ${med(res[k].fcp).toFixed(0)} ms, live ${med(res[k].live).toFixed(0)} ms (min ${Math.min(...res[k].live).toFixed(0)}, max ${Math.max(...res[k].live).toFixed(0)}, n=${runs})`));
for (const s of servers) await s.close();
await ctx.close();
