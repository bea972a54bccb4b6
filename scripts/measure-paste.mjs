// Measures what a 10 MB paste into the review box costs the page's main thread.
//
// Usage: node scripts/measure-paste.mjs [dist] [runs]   (MEASURE_BARE=0 skips the floor)
// For each run it pastes 10 MB of review lines (as an `input` event, like a real paste)
// and reports: the longest main-thread task after the paste (PerformanceObserver
// "longtask"), the total of long tasks, how late a 50 ms heartbeat timer ran at worst
// (how long the page could not answer), and the time until the "only the first 2.0 MB"
// note is on screen. A bare <textarea> on a blank page, with the review box's attributes
// (no wrapping, no spell-check: both make the browser's own layout of 10 MB much slower),
// gives the floor. Each page is
// brought to the front first (a page Chromium thinks is hidden has its timers throttled,
// which shows up as seconds of heartbeat lateness that have nothing to do with the app).
// It prints the median and the spread (min–max) of each figure over the runs.
import { start, appReady } from "../tests/e2e/lib.mjs";

const dist = process.argv[2] ?? "dist";
const runs = Number(process.argv[3] ?? 3);

async function paste(page, selector) {
  return page.evaluate(async (sel) => {
    const longTasks = [];
    const observer = new PerformanceObserver((l) => l.getEntries().forEach((e) => longTasks.push(e.duration)));
    observer.observe({ type: "longtask", buffered: false });
    let worstLate = 0;
    let expected = performance.now() + 50;
    const beat = setInterval(() => {
      const now = performance.now();
      worstLate = Math.max(worstLate, now - expected);
      expected = now + 50;
    }, 50);
    const line = "2026-03-01,5,A reviewer who wrote quite a long comment about the app\n";
    const big = line.repeat(Math.ceil((10 * 1024 * 1024) / line.length));
    const el = document.querySelector(sel);
    const t0 = performance.now();
    el.value = big;
    el.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertFromPaste" }));
    const handler = performance.now() - t0;
    let note = null;
    while (performance.now() - t0 < 20000) {
      await new Promise((r) => setTimeout(r, 10));
      if (/only the first 2\.0 MB were analysed/.test(document.body.textContent)) {
        note = performance.now() - t0;
        break;
      }
      if (!document.getElementById("in-reviews")) break;
    }
    await new Promise((r) => setTimeout(r, 1500));
    clearInterval(beat);
    observer.disconnect();
    return {
      handler: Math.round(handler),
      longest: Math.round(Math.max(0, ...longTasks)),
      longTotal: Math.round(longTasks.reduce((a, b) => a + b, 0)),
      worstLate: Math.round(worstLate),
      note: note === null ? null : Math.round(note),
    };
  }, selector);
}

const ctx = await start({ dir: dist });
try {
  const results = { app: [], bare: [] };
  for (let i = 0; i < runs; i++) {
    const page = await ctx.browser.newPage();
    await page.goto(ctx.url);
    await page.evaluate(() => localStorage.clear());
    await page.goto(ctx.url);
    await appReady(page);
    await page.bringToFront();
    results.app.push(await paste(page, "#in-reviews"));
    await page.close();
    if (process.env.MEASURE_BARE === "0") continue;
    const bare = await ctx.browser.newPage();
    await bare.setContent('<textarea id=in-reviews wrap=off spellcheck=false></textarea>');
    await bare.bringToFront();
    results.bare.push(await paste(bare, "#in-reviews"));
    await bare.close();
  }
  const sorted = (xs) => [...xs].sort((a, b) => a - b);
  for (const [name, rs] of Object.entries(results)) {
    if (rs.length === 0) continue;
    const keys = Object.keys(rs[0]);
    const summary = Object.fromEntries(
      keys.map((k) => {
        const xs = sorted(rs.map((r) => r[k] ?? -1));
        return [k, `${xs[Math.floor(xs.length / 2)]} (${xs[0]}–${xs[xs.length - 1]})`];
      }),
    );
    console.log(`${name} (median (min–max) of ${runs}, ms):`, JSON.stringify(summary), " runs:", JSON.stringify(rs));
  }
} finally {
  await ctx.close();
}
