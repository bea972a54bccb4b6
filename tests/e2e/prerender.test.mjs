// The prerendered first render (issue 15): the page carries the app's first render as HTML,
// painted before the wasm has been compiled. Before the app starts it must read as what it
// is (inert, "Starting…"), not flash for the summary widget or `hide=`, and say that the
// app needs JavaScript when scripts are off; once the app runs, it replaces the prerender.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, appReady, chromium, CHROMIUM_ARGS } from "./lib.mjs";
import { BOXES } from "./app-helpers.mjs";

let ctx;
before(async () => {
  ctx = await start();
});
after(async () => {
  await ctx?.close();
});

const REVIEWS_PROMPT = /Paste your reviews to see how many count/;

/** Whether the element found by `selector` sits inside an inert subtree. */
const inert = (page, selector) => page.evaluate((s) => document.querySelector(s)?.closest("[inert]") !== null, selector);

/**
 * Opens `path` with the app's start-up module script removed from the served page, so the
 * page stays as the browser shows it before the wasm runs (the head script still runs).
 */
async function beforeStart(path = "", { now } = {}) {
  const page = await ctx.browser.newPage();
  if (now) await page.clock.setFixedTime(now);
  await page.route("**/*", async (route) => {
    const response = await route.fetch();
    const type = response.headers()["content-type"] ?? "";
    if (!type.includes("text/html")) return route.fulfill({ response });
    const body = (await response.text()).replace(/<script type="module">[\s\S]*?<\/script>/, "");
    return route.fulfill({ response, body });
  });
  await page.goto(ctx.url + path);
  return page;
}

test("without JavaScript: the heading, the three labelled boxes and the controls, inert, with the noscript message", async () => {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(ctx.url);
    await page.getByRole("heading", { level: 1, name: /AppExchange Listing Analyzer/ }).waitFor({ timeout: 5000 });
    for (const name of Object.values(BOXES)) {
      assert.equal(await page.getByLabel(name).count(), 1, `one box labelled ${name}`);
    }
    assert.equal(await page.getByText(REVIEWS_PROMPT).count(), 0, "no results column before the app (it renders it)");
    assert.equal(await page.getByLabel("API only (connected app or External Client App)").count(), 1, "the controls show");
    assert.equal(await page.getByText(/needs JavaScript and WebAssembly/).isVisible(), true, "the noscript message shows");
    assert.equal(await inert(page, "#in-listing"), true, "the boxes cannot be typed into");
    assert.equal(await page.getByText("Load example").isVisible(), false, "no toolbar that would do nothing");
    assert.equal(await page.getByText("Starting…").isVisible(), false, "no promise of a start that never comes");
    // The prerender's dates are the build day's; without the app they would stay wrong.
    assert.equal(await page.getByLabel("Analysis date").isVisible(), false, "no build-day analysis date");
  } finally {
    await browser.close();
  }
});

test("before the wasm runs: the prerender shows, inert and busy, with a visible Starting… status", async () => {
  const page = await beforeStart();
  try {
    assert.equal(await page.getByRole("heading", { level: 1 }).isVisible(), true);
    assert.equal(await page.getByRole("textbox", { name: "Listing details" }).isVisible(), true);
    assert.equal(await page.getByText(REVIEWS_PROMPT).count(), 0, "the results column waits for the app");
    assert.equal(await page.getByRole("status").filter({ hasText: "Starting…" }).isVisible(), true);
    assert.equal(await page.locator("#app").getAttribute("aria-busy"), "true");
    assert.equal(await inert(page, "#in-listing"), true);
    // An inert box takes no focus, so nothing typed before the start can be lost.
    const focused = await page.evaluate(() => {
      document.getElementById("in-listing").focus();
      return document.activeElement?.id ?? "";
    });
    assert.notEqual(focused, "in-listing");
    assert.equal(await page.getByText(/needs JavaScript/).isVisible(), false, "no noscript message with scripts on");
  } finally {
    await page.close();
  }
});

for (const path of ["?view=summary", "?hide=rules,toolbar"]) {
  test(`before the wasm runs: ${path} does not flash the full prerendered page`, async () => {
    const page = await beforeStart(path);
    try {
      await page.locator("#app h1").waitFor({ state: "attached" });
      assert.equal(await page.locator("#app h1").isVisible(), false);
      assert.equal(await page.locator("#in-listing").isVisible(), false);
    } finally {
      await page.close();
    }
  });
}

test("once started, the app replaces the prerender and marks itself ready and live", async () => {
  const page = await ctx.browser.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  try {
    await page.goto(ctx.url);
    await appReady(page);
    const root = page.locator("#app");
    assert.equal(await root.getAttribute("data-ready"), "true");
    assert.equal(await root.getAttribute("inert"), null);
    assert.equal(await root.getAttribute("aria-busy"), null);
    assert.equal(await page.locator("#la-starting").count(), 0, "the Starting… status is gone");
    assert.equal(await page.locator("h1").count(), 1, "one app, not the prerender beside it");
    const box = page.getByRole("textbox", { name: BOXES.listing });
    await box.fill("Title: Acme");
    assert.equal(await box.inputValue(), "Title: Acme");
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});

test("every frame painted during the start shows the whole prerender or the live app, never a half-built page", async () => {
  const page = await ctx.browser.newPage();
  try {
    // Just before each paint: what #app holds (its element count), and whether it is the
    // inert prerender or the app marked ready.
    await page.addInitScript(() => {
      window.__frames = [];
      const look = () => {
        const app = document.getElementById("app");
        if (app) {
          window.__frames.push({
            count: app.getElementsByTagName("*").length,
            inert: app.hasAttribute("inert"),
            ready: app.hasAttribute("data-ready"),
            apps: document.querySelectorAll("#app").length,
          });
        }
        if (!app?.hasAttribute("data-ready") || window.__frames.filter((f) => f.ready).length < 3) requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    });
    await page.goto(ctx.url);
    await appReady(page);
    await page.waitForFunction(() => window.__frames.filter((f) => f.ready).length >= 3);
    const frames = await page.evaluate(() => window.__frames);
    const pre = frames.filter((f) => f.inert);
    assert.ok(frames.some((f) => f.ready), "frames of the live app were seen");
    // The parser may paint the prerender before it has read all of it; it only grows.
    assert.ok(pre.every((f, i) => i === 0 || f.count >= pre[i - 1].count), `the prerender only grows (${pre.map((f) => f.count)})`);
    for (const f of frames) {
      assert.equal(f.apps, 1, "one #app at a time");
      assert.ok(f.inert || f.ready, `a frame shows a root that is neither the prerender nor the ready app: ${JSON.stringify(f)}`);
    }
  } finally {
    await page.close();
  }
});

test("the summary widget, once started, shows itself (the head script hid only the prerender)", async () => {
  const page = await ctx.browser.newPage();
  try {
    await page.goto(ctx.url + "?view=summary");
    await page.locator("#app[data-ready]").waitFor({ state: "attached", timeout: 20000 });
    await page.getByRole("heading", { name: "Review score", exact: true }).waitFor({ timeout: 5000 });
    assert.equal(await page.locator("#app").isVisible(), true);
  } finally {
    await page.close();
  }
});

/** The day the prerender was computed for: the prerendered analysis date. */
async function buildDay() {
  const page = await beforeStart();
  try {
    return await page.locator("#analysis-date").getAttribute("value");
  } finally {
    await page.close();
  }
}

test("before the wasm runs: the build day's analysis date shows only on the build day", async () => {
  const day = await buildDay();
  assert.match(day, /^\d{4}-\d{2}-\d{2}$/);
  const noon = (d) => new Date(`${d}T12:00:00`);
  const later = new Date(noon(day).getTime() + 3 * 86400000);
  for (const [now, shown] of [[noon(day), true], [later, false]]) {
    const page = await beforeStart("", { now });
    try {
      assert.equal(await page.getByRole("heading", { level: 1 }).isVisible(), true);
      assert.equal(await page.getByLabel("Analysis date").isVisible(), shown, `analysis date on ${now.toISOString()}`);
      assert.equal(await page.getByLabel("Complexity").isVisible(), true, "the undated controls still show");
    } finally {
      await page.close();
    }
  }
});
