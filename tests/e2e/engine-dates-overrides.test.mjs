// Issue 15, the engine's share: the analysis date is read by the engine's own ISO date
// reader (not chrono's format machinery) and rule overrides live in a sorted list (not a
// BTreeMap). In the browser, through the JS API, both must read and refuse exactly what
// they did before: chrono's accepted forms and messages, a map's key order and last-wins.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start } from "./lib.mjs";

let ctx;
let page;
before(async () => {
  ctx = await start();
  page = await ctx.browser.newPage();
  await page.goto(ctx.url);
  await page.waitForFunction(() => window.ListingAnalyzer !== undefined);
});
after(async () => {
  await ctx?.close();
});

/** Runs the JS API on `input`; returns `{ report }` or `{ error }` (the thrown message). */
function analyze(input) {
  return page.evaluate((inp) => {
    try {
      return { report: window.ListingAnalyzer.analyze(inp) };
    } catch (e) {
      return { error: String(e.message) };
    }
  }, input);
}

test("the analysis date is read in chrono's forms and refused with chrono's messages", async () => {
  for (const [given, want] of [
    ["2026-11-22", "2026-11-22"],
    [" 2026 - 1 -5 ", "2026-01-05"],
    ["2026-3-04", "2026-03-04"],
  ]) {
    const { report, error } = await analyze({ schema_version: 1, today: given });
    assert.equal(error, undefined, given);
    assert.equal(report.today, want, given);
  }
  for (const [given, reason] of [
    ["2026-02-30", "input is out of range"],
    ["2026-13-01", "input is out of range"],
    ["2026/11/22", "input contains invalid characters"],
    ["2026-11", "premature end of input"],
    ["2026-11-22x", "trailing input"],
  ]) {
    const { error } = await analyze({ schema_version: 1, today: given });
    // The JS API's prefix, the member, then chrono's own wording.
    assert.equal(error, `input is not of the documented shape: \`today\`: ${reason}`, given);
  }
  const { error } = await analyze({ schema_version: 1, today: 20261122 });
  assert.equal(error, "input is not of the documented shape: `today`: expected a string, found the number 20261122");
});

test("overrides keep a map's behaviour: unknown keys in key order, one value per key", async () => {
  const { report, error } = await analyze(
    '{"schema_version":1,"today":"2026-11-22","overrides":{"zz.unknown":1,"aa.unknown":2,"zz.unknown":3}}',
  );
  assert.equal(error, undefined);
  const unknown = report.diagnostics.map((d) => d.message).filter((m) => m.startsWith("Unknown rule"));
  assert.deepEqual(unknown, [
    'Unknown rule "aa.unknown" in the overrides: ignored.',
    'Unknown rule "zz.unknown" in the overrides: ignored.',
  ]);
  const refused = await analyze({ schema_version: 1, overrides: [1, 2] });
  assert.match(refused.error, /^input is not of the documented shape: /);
});
