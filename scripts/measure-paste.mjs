// Measures what a 10 MB paste into each of the three boxes costs the page's main thread,
// and how late keystrokes typed into the box appear.
//
// Usage: node scripts/measure-paste.mjs [dist] [runs] [boxes]
//   boxes: comma-separated, of listing, reviews, log (default: all three).
//   MEASURE_BARE=0 skips the floor; MEASURE_NO_WORKER=1 takes Web Workers away from the app
//   (it then analyses large inputs on the page, its fallback); MEASURE_PROFILE=DIR writes a
//   CPU profile (.cpuprofile, DevTools' format) of each app paste and keystroke into DIR
//   and prints its heaviest functions by self time.
//
// For each run and box it pastes 10 MB of lines fit for the box (as an `input` event, like a
// real paste), types a key right after it, and reports: `longest`, the longest main-thread
// task or animation frame after the paste (PerformanceObserver "longtask" and
// "long-animation-frame": a frame counts the browser's own style, layout and paint of the
// 10 MB, which long tasks leave out); `longTotal`, the long tasks' total; `worstLate`, how
// late a 20 ms heartbeat ran at worst (how long the page could not answer); `handler`, the
// paste's own event; `keySoon`, how late the key typed right after the paste appeared (from
// the key's time stamp to the end of the first frame after its `input` event); `note`, when
// the "only the first 2.0 MB" note is on screen; `report`, when the box's "understood" line
// counts what was read. Once the page has settled it types one more key: `key` (how late it
// appeared), `keyLongest` and `keyLate` (what it cost). A bare <textarea> on a page of the
// app's origin, with the box's size, font, wrapping and spell-checking (both change the
// browser's own layout of 10 MB a lot), gives the floor, measured right after the app's
// run of the same box. Each page is brought to the front first (a page Chromium thinks is
// hidden has its timers throttled). It prints the median and the spread (min–max) of each
// figure over the runs, and the ratio of the medians of `longest`, app to bare.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { start, appReady } from "../tests/e2e/lib.mjs";

const dist = process.argv[2] ?? "dist";
const runs = Number(process.argv[3] ?? 3);
const profileDir = process.env.MEASURE_PROFILE;

/** Each box: its id, whether it is prose (wrapped, spell-checked) and a line of its kind. */
const BOXES = {
  listing: {
    id: "in-listing",
    prose: true,
    line: "Description: Acme Invoice Sync keeps every invoice in step with the ledger, nightly.\n",
  },
  reviews: {
    id: "in-reviews",
    prose: false,
    line: "2026-03-01,5,A reviewer who wrote quite a long comment about the app\n",
  },
  log: { id: "in-log", prose: false, line: "2026-09-07 submitted the package for the security review again\n" },
};
const boxes = (process.argv[4] ?? "listing,reviews,log").split(",");

/**
 * Starts watching the main thread, in a task of its own (an observer started in the task
 * it should see misses that task): long tasks, and long animation frames (a frame's tasks
 * and its rendering: the browser's own layout of 10 MB is rendering, which long tasks
 * leave out), and a 20 ms heartbeat whose worst lateness says how long the page could not
 * answer.
 */
async function watch(page) {
  await page.evaluate(() => {
    const w = { tasks: [], frames: [], worstLate: 0 };
    w.observers = ["longtask", "long-animation-frame"]
      .filter((type) => PerformanceObserver.supportedEntryTypes.includes(type))
      .map((type) => {
        const o = new PerformanceObserver((l) =>
          l.getEntries().forEach((e) => (type === "longtask" ? w.tasks : w.frames).push(e.duration)),
        );
        o.observe({ type, buffered: false });
        return o;
      });
    let expected = performance.now() + 20;
    w.beat = setInterval(() => {
      const now = performance.now();
      w.worstLate = Math.max(w.worstLate, now - expected);
      expected = now + 20;
    }, 20);
    window.laWatch = w;
  });
}

/** Stops watching; the longest task or frame, the total of long tasks, the worst lateness. */
async function watched(page) {
  return page.evaluate(() => {
    const w = window.laWatch;
    clearInterval(w.beat);
    w.observers.forEach((o) => o.disconnect());
    return {
      longest: Math.round(Math.max(0, ...w.tasks, ...w.frames)),
      longTotal: Math.round(w.tasks.reduce((a, b) => a + b, 0)),
      worstLate: Math.round(w.worstLate),
    };
  });
}

/**
 * Listens for the next key typed into box `id` (caret at the end): `window.laKey` becomes
 * the time from the key's own time stamp (when the browser received it, so waiting for a
 * busy page counts) to the end of the first frame after its `input` event (rAF runs just
 * before that frame paints, and a message posted from it arrives once the frame is done).
 */
async function listenForKey(page, id) {
  await page.evaluate((id) => {
    const el = document.getElementById(id);
    el.focus();
    el.setSelectionRange(el.value.length, el.value.length);
    window.laKey = new Promise((resolve) => {
      el.addEventListener(
        "keydown",
        (e) => {
          const t0 = e.timeStamp;
          el.addEventListener(
            "input",
            () =>
              requestAnimationFrame(() => {
                const ch = new MessageChannel();
                ch.port1.onmessage = () => resolve(performance.now() - t0);
                ch.port2.postMessage(0);
              }),
            { once: true },
          );
        },
        { once: true },
      );
    });
  }, id);
}

/**
 * Pastes 10 MB into box `id`, types a key right after it (`keySoon`: how late that key
 * showed) and returns what the paste cost.
 */
async function paste(page, { id, line }) {
  await listenForKey(page, id);
  await watch(page);
  await page.evaluate(
    ([id, line]) => {
      const big = line.repeat(Math.ceil((10 * 1024 * 1024) / line.length));
      const el = document.getElementById(id);
      const t0 = performance.now();
      el.value = big;
      el.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertFromPaste" }));
      window.laPaste = { t0, handler: performance.now() - t0 };
    },
    [id, line],
  );
  await page.keyboard.press("x");
  const timing = await page.evaluate(async (id) => {
    const { t0, handler } = window.laPaste;
    const keySoon = await window.laKey;
    let note = null;
    const app = document.getElementById("app") !== null;
    while (app && performance.now() - t0 < 30000) {
      if (/only the first 2\.0 MB were analysed/.test(document.body.textContent)) {
        note = performance.now() - t0;
        break;
      }
      await new Promise((r) => setTimeout(r, 10));
    }
    // The app's report of the paste: its "understood" line counts what was read.
    let report = null;
    while (app && performance.now() - t0 < 60000) {
      const said = document.getElementById(`${id}-understood`)?.textContent ?? "";
      if (/[1-9][\d,]* (fields?|reviews?|events?) read/.test(said)) {
        report = performance.now() - t0;
        break;
      }
      await new Promise((r) => setTimeout(r, 10));
    }
    await new Promise((r) => setTimeout(r, 1500));
    const round = (x) => (x === null ? null : Math.round(x));
    return { handler: round(handler), keySoon: round(keySoon), note: round(note), report: round(report) };
  }, id);
  return { ...(await watched(page)), ...timing };
}

/** Types one key at the end of box `id` once the page settled; how late it showed, its cost. */
async function keystroke(page, { id }) {
  await listenForKey(page, id);
  await watch(page);
  await page.keyboard.press("x");
  const key = await page.evaluate(async (id) => {
    const key = await window.laKey;
    // Whatever the keystroke set off (an analysis, a save) counts in its cost.
    await new Promise((r) => setTimeout(r, 1500));
    return document.getElementById(id).value.endsWith("xx") ? Math.round(key) : null;
  }, id);
  const cost = await watched(page);
  return { key, keyLongest: cost.longest, keyLate: cost.worstLate };
}

/** Runs `work` under the CPU profiler when profiling, saving the profile as `name`. */
async function profiled(page, name, work) {
  if (!profileDir) return work();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
  await cdp.send("Profiler.start");
  const result = await work();
  const { profile } = await cdp.send("Profiler.stop");
  mkdirSync(profileDir, { recursive: true });
  writeFileSync(join(profileDir, `${name}.cpuprofile`), JSON.stringify(profile));
  const self = new Map();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const dt = profile.timeDeltas;
  profile.samples.forEach((id, i) => {
    const n = byId.get(id);
    const f = n.callFrame;
    const key = `${f.functionName || "(anonymous)"} ${f.url.split("/").pop()}:${f.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
  });
  const top = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 12);
  console.log(`profile ${name}:`, top.map(([k, ms]) => `${Math.round(ms)} ms ${k}`).join("\n  "));
  await cdp.detach();
  return result;
}

const ctx = await start({ dir: dist });
try {
  const results = {};
  for (let i = 0; i < runs; i++) {
    for (const name of boxes) {
      const box = BOXES[name];
      const page = await ctx.browser.newPage();
      // Without workers the app analyses large inputs on the page (its fallback).
      if (process.env.MEASURE_NO_WORKER === "1") await page.addInitScript(() => delete window.Worker);
      await page.goto(ctx.url);
      await page.evaluate(() => localStorage.clear());
      await page.goto(ctx.url);
      await appReady(page);
      await page.bringToFront();
      // The bare box gets the app's box's size and font, so the browser lays out as much.
      const style = await page.evaluate((id) => {
        const cs = getComputedStyle(document.getElementById(id));
        const keys = ["width", "height", "font-family", "font-size", "line-height", "padding", "border", "box-sizing"];
        return keys.map((k) => `${k}:${cs.getPropertyValue(k).replace(/"/g, "'")}`).join(";");
      }, box.id);
      const app = await profiled(page, `${name}-paste-${i}`, () => paste(page, box));
      Object.assign(app, await profiled(page, `${name}-key-${i}`, () => keystroke(page, box)));
      (results[`${name} app`] ??= []).push(app);
      await page.close();
      if (process.env.MEASURE_BARE === "0") continue;
      const bare = await ctx.browser.newPage();
      const attrs = box.prose ? "wrap=soft spellcheck=true" : "wrap=off spellcheck=false";
      // Served from the app's origin (an about:blank page reports no long tasks).
      const bareUrl = new URL("/bare-textarea.html", ctx.url).href;
      await bare.route(bareUrl, (r) =>
        r.fulfill({
          contentType: "text/html",
          body: `<!doctype html><meta charset=utf-8><textarea id=${box.id} rows=8 ${attrs} style="${style}"></textarea>`,
        }),
      );
      await bare.goto(bareUrl);
      await bare.bringToFront();
      const floor = await paste(bare, box);
      Object.assign(floor, await keystroke(bare, box));
      (results[`${name} bare`] ??= []).push(floor);
      await bare.close();
    }
  }
  const sorted = (xs) => [...xs].sort((a, b) => a - b);
  const median = (xs) => sorted(xs)[Math.floor(xs.length / 2)];
  for (const [name, rs] of Object.entries(results)) {
    const keys = Object.keys(rs[0]);
    const summary = Object.fromEntries(
      keys.map((k) => {
        const xs = sorted(rs.map((r) => r[k] ?? -1));
        return [k, `${median(xs)} (${xs[0]}–${xs[xs.length - 1]})`];
      }),
    );
    console.log(`${name} (median (min–max) of ${rs.length}, ms):`, JSON.stringify(summary), " runs:", JSON.stringify(rs));
  }
  for (const name of boxes) {
    const app = results[`${name} app`];
    const bare = results[`${name} bare`];
    if (!app || !bare) continue;
    const ratios = app.map((a, i) => (a.longest / Math.max(1, bare[i].longest)).toFixed(2));
    const ratio = median(app.map((r) => r.longest)) / Math.max(1, median(bare.map((r) => r.longest)));
    console.log(`${name}: longest task app/bare ${ratio.toFixed(2)} (per run: ${ratios.join(", ")})`);
  }
} finally {
  await ctx.close();
}
