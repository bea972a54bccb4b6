// Two or more built pages loaded interleaved in one headless Chromium: median first paint
// and "live" (bench-browser's "interactive", timed by the same scripts/bench-load.mjs),
// with min and max. For a before/after of a change: build main into one folder and the
// change into another.
// Usage: node scripts/bench-ab.mjs DIR_A DIR_B [...] [--runs N]   (default 15 loads each)
import { start } from "../tests/e2e/lib.mjs";
import { load } from "./bench-load.mjs";
import { serve } from "./static-server.mjs";

const dirs = process.argv.slice(2).filter((a, i, all) => !a.startsWith("--") && !all[i - 1]?.startsWith("--"));
const runs = Number(process.argv[process.argv.indexOf("--runs") + 1]) || 15;
// The first folder is served by `start`, the others beside it.
const ctx = await start({ dir: dirs[0] });
const others = [];
for (const d of dirs.slice(1)) others.push(await serve(d, 0));
const urls = [ctx.url, ...others.map((s) => s.url)];
const res = dirs.map(() => ({ fcp: [], live: [] }));
for (let i = 0; i < runs; i++) {
  for (let k = 0; k < dirs.length; k++) {
    const r = await load(ctx.browser, urls[k]);
    res[k].fcp.push(r.fcp);
    res[k].live.push(r.interactive);
  }
}
const med = (xs) => [...xs].sort((a, b) => a - b)[(xs.length - 1) >> 1];
dirs.forEach((d, k) => {
  const live = res[k].live;
  console.log(`${d.padEnd(22)} first paint ${med(res[k].fcp).toFixed(0)} ms, live ${med(live).toFixed(0)} ms (min ${Math.min(...live).toFixed(0)}, max ${Math.max(...live).toFixed(0)}, n=${runs})`);
});
for (const s of others) await s.close();
await ctx.close();
