// The widget as a marketing team embeds it (issue 22), with the host page and the app on
// two different origins (two static servers on two ports): the README's snippet alone
// fails loudly (a notice in the frame, one warning on the host's console, nothing posted);
// after scripts/allow-parent.sh the frame sizes itself; the host's call to action, accent
// and heading; the widget's heights in a 900 px and a 360 px column; axe, light and dark.
// Run against an older build with LA_DIST=<dir> to see which of these it fails.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve } from "../../scripts/static-server.mjs";
import { start, axe, settledHeight } from "./lib.mjs";
import { BOXES } from "./app-helpers.mjs";
import { DIST } from "./robustness-helpers.mjs";

let ctx; // the unedited build, on its own origin
let host; // the marketing site
let allowed; // a copy set up with scripts/allow-parent.sh for the marketing site
let hostDir;
let copyDir;
let hostOrigin;
before(async () => {
  ctx = await start({ dir: DIST });
  hostDir = mkdtempSync(join(tmpdir(), "la-host-"));
  host = await serve(hostDir, 0);
  hostOrigin = new URL(host.url).origin;
  cpSync(join(DIST, "listing-analyzer-embed.js"), join(hostDir, "listing-analyzer-embed.js"));
  // The setup step, as the README gives it, on a copy of the build.
  copyDir = mkdtempSync(join(tmpdir(), "la-allowed-"));
  cpSync(DIST, copyDir, { recursive: true });
  const out = execFileSync("scripts/allow-parent.sh", ["--dist", copyDir, hostOrigin + "/landing"], { encoding: "utf8" });
  assert.match(out, new RegExp(`now allows: self ${hostOrigin}`));
  allowed = await serve(copyDir, 0);
});
after(async () => {
  await ctx?.close();
  await host?.close();
  await allowed?.close();
  for (const d of [hostDir, copyDir]) if (d) rmSync(d, { recursive: true, force: true });
});

let pages = 0;
/**
 * A host page holding `body` (the README's snippet or a variant) in a column `width` px
 * wide, recording the messages it receives; returns the page and its console warnings.
 */
async function hostPage(body, { width = 900 } = {}) {
  const name = `host-${++pages}.html`;
  writeFileSync(
    join(hostDir, name),
    `<!doctype html><html lang="en"><meta charset="utf-8"><title>Launch</title><link rel="icon" href="data:,">
<style>body{margin:0 auto;padding:0;width:${width}px;font:16px system-ui}</style>
<script>window.got = []; addEventListener("message", (e) => window.got.push(e.data));</script>
<h1>Plan your launch</h1>
${body}
<div id="lead" style="height:1200px"><h2>Talk to us</h2><textarea aria-label="Findings"></textarea></div>`,
  );
  const page = await ctx.browser.newPage();
  await page.setViewportSize({ width: Math.max(width, 360) + 40, height: 900 });
  // Warnings and errors logged by the host page itself (the frame's own go to `framed`).
  const warnings = [];
  const framed = [];
  page.on("console", (m) => {
    if (m.type() !== "warning" && m.type() !== "error") return;
    (m.location().url.startsWith(host.url) ? warnings : framed).push(`${m.type()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => warnings.push(`pageerror: ${e}`));
  await page.goto(host.url + name);
  return { page, warnings, framed };
}

/** Forgets the work the framed app saved on `base`'s origin: the next widget starts empty. */
async function forgetFramedWork(base) {
  const page = await ctx.browser.newPage();
  await page.goto(base + "no-app-here");
  await page.evaluate(() => localStorage.clear());
  await page.close();
}

/** The README's snippet, pointed at `base` (the hosted copy), with extra query `query`. */
function snippet(base, query = "", { lazy = true } = {}) {
  return `<iframe src="${base}index.html?embed=1&view=summary&theme=auto${query}"
        data-listing-analyzer title="AppExchange Listing Analyzer"
        style="width:100%;border:0" loading="${lazy ? "lazy" : "eager"}"></iframe>
<script src="listing-analyzer-embed.js" defer></script>`;
}

test("the unedited snippet shows the site owner a notice in the frame and one warning on the host page", async () => {
  const { page, warnings } = await hostPage(snippet(ctx.url));
  const frame = page.frameLocator("iframe");
  const notice = frame.getByRole("note", { name: "Embedding not set up" });
  await notice.waitFor({ timeout: 20000 });
  const text = await notice.innerText();
  assert.ok(text.includes(hostOrigin), `names the origin it saw: ${text}`);
  assert.ok(text.includes(`scripts/allow-parent.sh ${hostOrigin}`), text);
  // The host script's warning, once the frame has loaded and stayed silent.
  const deadline = Date.now() + 25000;
  while (!warnings.length && Date.now() < deadline) await page.waitForTimeout(250);
  assert.equal(warnings.length, 1, JSON.stringify(warnings));
  assert.match(warnings[0], /^warning: listing-analyzer: the analyzer frame from/);
  assert.ok(warnings[0].includes(`this page (${hostOrigin})`), warnings[0]);
  assert.ok(warnings[0].includes(`scripts/allow-parent.sh ${hostOrigin}`), warnings[0]);
  // Nothing was posted to the page, and the frame kept the browser's default height.
  assert.deepEqual(await page.evaluate(() => window.got), []);
  assert.equal(await page.evaluate(() => document.querySelector("iframe").style.height), "");
  console.log(`# unedited snippet: notice "${text.slice(0, 60)}…"; host warning after the frame's load`);
  await page.close();
});

test("a lazy frame not yet scrolled to is never warned about; scrolled to, it is", async () => {
  const { page, warnings } = await hostPage(`<div style="height:4000px">Intro</div>${snippet(ctx.url)}`);
  // The host script's silence window is 10 s: wait past it with the frame out of view.
  await page.waitForTimeout(11000);
  assert.deepEqual(warnings, [], "no warning while the lazy frame has not loaded");
  await page.locator("iframe").scrollIntoViewIfNeeded();
  await page.frameLocator("iframe").getByRole("note", { name: "Embedding not set up" }).waitFor({ timeout: 20000 });
  const deadline = Date.now() + 25000;
  while (!warnings.length && Date.now() < deadline) await page.waitForTimeout(250);
  assert.equal(warnings.length, 1, JSON.stringify(warnings));
  await page.close();
});

test("scripts/allow-parent.sh refuses what is not an origin and changes nothing", () => {
  const page = join(copyDir, "index.html");
  const before = readFileSync(page, "utf8");
  for (const bad of ["*", "https://*.example.com", "http://www.example.com", "www.example.com", "https://user@www.example.com"]) {
    const run = spawnSync("scripts/allow-parent.sh", ["--dist", copyDir, bad], { encoding: "utf8" });
    assert.equal(run.status, 2, `${bad}: ${run.stdout}${run.stderr}`);
    assert.match(run.stderr, /allow-parent: /);
  }
  const none = spawnSync("scripts/allow-parent.sh", ["--dist", copyDir], { encoding: "utf8" });
  assert.equal(none.status, 2);
  assert.ok(none.stderr.includes(`now allowed in ${page}: "self ${hostOrigin}"`), none.stderr);
  assert.equal(readFileSync(page, "utf8"), before);
});

test("after the setup step the frame sizes itself, with no notice and no console message", async () => {
  const { page, warnings, framed } = await hostPage(snippet(allowed.url, "&start=empty"));
  const frame = page.frameLocator("iframe");
  await frame.getByRole("textbox", { name: BOXES.listing }).waitFor({ timeout: 20000 });
  await page.waitForFunction(() => document.querySelector("iframe").style.height !== "");
  const height = await settledHeight(page);
  assert.ok(height > 300, `sized to its content: ${height} px`);
  assert.equal(await frame.getByRole("note", { name: "Embedding not set up" }).count(), 0);
  assert.ok((await page.evaluate(() => window.got.map((m) => m.type))).includes("listing-analyzer:height"));
  assert.deepEqual([...warnings, ...framed], []);
  await page.close();
});

test("an empty widget sends the host no score: null figures and what is empty", async () => {
  await forgetFramedWork(allowed.url);
  const { page } = await hostPage(
    `${snippet(allowed.url, "", { lazy: false })}
<script>document.addEventListener("listing-analyzer:report", (e) => { window.report = e.detail; }, true);</script>`,
  );
  await page.waitForFunction(() => window.report !== undefined, null, { timeout: 20000 });
  const r = await page.evaluate(() => window.report);
  assert.deepEqual(r.inputs, { listing: "empty", reviews: "empty", security_log: "empty" });
  for (const [key, value] of Object.entries({
    "readiness.score": r.readiness.score,
    "readiness.blockers": r.readiness.blockers,
    "reviews.retired_scorecard": r.reviews.retired_scorecard,
    readiness_score: r.readiness_score,
    blockers: r.blockers,
    review_eligible: r.review_eligible,
  })) {
    assert.equal(value ?? null, null, `${key} is null`);
  }
  await page.close();
});

test("what the visitor says the solution is made of changes the range the host receives", async () => {
  await forgetFramedWork(allowed.url);
  const { page, warnings } = await hostPage(
    `${snippet(allowed.url, "", { lazy: false })}
<script>window.reports = []; document.addEventListener("listing-analyzer:report", (e) => { window.reports.push(e.detail); }, true);</script>`,
  );
  const frame = page.frameLocator("iframe");
  const madeOf = frame.getByRole("group", { name: "What is it made of?" });
  await madeOf.waitFor({ timeout: 20000 });
  // Not said: the host receives no weeks.
  await page.waitForFunction(() => window.reports.length > 0, null, { timeout: 20000 });
  assert.equal(await page.evaluate(() => window.reports.at(-1).time_to_listing.weeks), null);
  // A package: the native review range; only a web app: the connected one.
  const weeksOnceSaid = async () => {
    const handle = await page.waitForFunction(() => window.reports.at(-1)?.time_to_listing.weeks, null, { timeout: 10000 });
    return handle.jsonValue();
  };
  await madeOf.getByRole("checkbox", { name: "Managed package" }).check();
  const native = await weeksOnceSaid();
  await madeOf.getByRole("checkbox", { name: "Managed package" }).uncheck();
  await page.waitForFunction(() => window.reports.at(-1)?.time_to_listing.weeks === null, null, { timeout: 10000 });
  await madeOf.getByRole("checkbox", { name: "Web app or API" }).check();
  const connected = await weeksOnceSaid();
  assert.ok(native[2] > connected[2], `package ${native} against web app ${connected}`);
  assert.deepEqual(warnings, []);
  await page.close();
});

test("the call to action opens the host's form and hands it the summary", async () => {
  const cta = `&cta=${encodeURIComponent("Talk to us")}&cta_url=${encodeURIComponent(`${hostOrigin}/host-${pages + 1}.html#lead`)}`;
  const { page, warnings } = await hostPage(
    `${snippet(allowed.url, cta + "&start=empty")}
<script>document.addEventListener("listing-analyzer:cta", (e) => { window.ctaSummary = e.detail; }, true);</script>`,
  );
  const frame = page.frameLocator("iframe");
  const button = frame.getByRole("link", { name: "Talk to us" });
  await frame.getByRole("button", { name: "Load example" }).click({ timeout: 20000 });
  await frame.getByText("11 reviews read, 1 line skipped").waitFor();
  assert.equal(await button.getAttribute("target"), "_top");
  await button.click();
  // Not `window.lead`: the host page's `<div id="lead">` is already reachable by that name.
  await page.waitForFunction(() => window.ctaSummary !== undefined, null, { timeout: 10000 });
  const lead = await page.evaluate(() => window.ctaSummary);
  assert.equal(lead.version, 2, JSON.stringify(lead).slice(0, 300));
  assert.deepEqual(lead.inputs, { listing: "read", reviews: "read", security_log: "read" });
  assert.equal(typeof lead.readiness.score, "number");
  assert.match(lead.readiness.words.headline, /\d/);
  await page.waitForFunction(() => location.hash === "#lead");
  assert.deepEqual(warnings, []);
  await page.close();
});

test("a call to action to a site that is not allowed is not shown, with a warning", async () => {
  const page = await ctx.browser.newPage();
  const warnings = [];
  page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
  await page.goto(`${ctx.url}index.html?view=summary&cta=Go&cta_url=${encodeURIComponent("https://evil.example.net/")}`);
  await page.getByRole("button", { name: "Load example" }).click({ timeout: 20000 });
  await page.getByText("11 reviews read, 1 line skipped").waitFor();
  assert.equal(await page.getByRole("link", { name: "Go" }).count(), 0);
  assert.ok(warnings.some((w) => w.includes("scripts/allow-parent.sh https://evil.example.net")), JSON.stringify(warnings));
  await page.close();
});

test("accent colours the primary button with a contrasting text colour; title sets the heading", async () => {
  const page = await ctx.browser.newPage();
  await page.goto(`${ctx.url}index.html?view=summary&start=empty&accent=%23ffcc00&title=${encodeURIComponent("Plan your listing")}`);
  const primary = page.getByRole("button", { name: "Load example" });
  await page.locator("#app[data-ready]").waitFor({ state: "attached", timeout: 20000 });
  await page.getByRole("heading", { name: "Plan your listing", level: 1 }).waitFor();
  const colours = () => primary.evaluate((b) => [getComputedStyle(b).backgroundColor, getComputedStyle(b).color]);
  assert.deepEqual(await colours(), ["rgb(255, 204, 0)", "rgb(0, 0, 0)"]);
  await page.goto(`${ctx.url}index.html?view=summary&start=empty&accent=%23202a6b&hide=title`);
  await page.locator("#app[data-ready]").waitFor({ state: "attached", timeout: 20000 });
  assert.deepEqual(await colours(), ["rgb(32, 42, 107)", "rgb(255, 255, 255)"]);
  const h1 = page.getByRole("heading", { level: 1 });
  assert.equal(await h1.innerText(), "AppExchange Listing Analyzer", "kept for screen readers");
  assert.equal(await h1.evaluate((h) => h.getBoundingClientRect().width <= 1), true, "hidden from view");
  await page.close();
});

// The widget's heights on a host page (issue 22): empty and with the example, in a 900 px
// and a 360 px column, with a call to action set.
const LIMITS = { 900: { empty: 520, example: 720 }, 360: { empty: 900, example: 1200 } };
for (const width of [900, 360]) {
  test(`the widget's height in a ${width} px column: empty ≤ ${LIMITS[width].empty} px, with the example ≤ ${LIMITS[width].example} px`, async () => {
    const cta = `&cta=${encodeURIComponent("Book a launch review")}&cta_url=${encodeURIComponent(`${hostOrigin}/#lead`)}`;
    await forgetFramedWork(allowed.url);
    const { page, warnings } = await hostPage(snippet(allowed.url, cta, { lazy: false }), { width });
    const frame = page.frameLocator("iframe");
    await frame.getByRole("textbox", { name: BOXES.listing }).waitFor({ timeout: 20000 });
    await page.waitForFunction(() => document.querySelector("iframe").style.height !== "");
    const empty = await settledHeight(page);
    await frame.getByRole("button", { name: "Load example" }).click();
    await frame.getByText("11 reviews read, 1 line skipped").waitFor();
    await frame.getByRole("link", { name: "Book a launch review" }).waitFor();
    const example = await settledHeight(page);
    console.log(`# widget in a ${width} px column: ${empty} px empty, ${example} px with the example`);
    assert.ok(empty <= LIMITS[width].empty, `empty ${empty} px`);
    assert.ok(example <= LIMITS[width].example, `example ${example} px`);
    const overflow = await frame.locator("html").evaluate((h) => h.scrollWidth - h.clientWidth);
    assert.ok(overflow <= 0, `no horizontal scroll (${overflow} px)`);
    assert.deepEqual(warnings, []);
    await page.close();
  });
}

for (const theme of ["light", "dark"]) {
  test(`axe finds no violation in the widget with a call to action and an accent (${theme})`, async () => {
    const page = await ctx.browser.newPage();
    const cta = `&cta=${encodeURIComponent("Talk to us")}&cta_url=${encodeURIComponent(ctx.url + "#lead")}`;
    await page.goto(`${ctx.url}index.html?embed=1&view=summary&start=empty&theme=${theme}&accent=%23ffcc00${cta}`);
    await page.getByRole("button", { name: "Load example" }).click({ timeout: 20000 });
    await page.getByText("11 reviews read, 1 line skipped").waitFor();
    await page.getByRole("link", { name: "Talk to us" }).waitFor();
    assert.deepEqual(await axe(page), []);
    await page.close();
  });
}
