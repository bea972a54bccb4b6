// Sources as links (issue 14, item 5): a rules-table source with a public page is a link
// that opens in a new tab without an opener or a referrer; a source without one (TEAM
// DEFAULT) stays text; print writes the address after the link text; and showing the links
// makes no request (links are navigation, not fetches).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start } from "./lib.mjs";
import { freshApp, loadExample } from "./app-helpers.mjs";

let ctx;
before(async () => {
  ctx = await start();
});
after(async () => {
  await ctx?.close();
});

test("a rules-table source is a link with an https href, a new tab and rel noopener", async () => {
  const { page } = await freshApp(ctx, { viewport: { width: 1280, height: 900 } });
  const foreign = [];
  page.on("request", (r) => {
    if (!r.url().startsWith(ctx.url)) foreign.push(r.url());
  });
  await loadExample(page);
  await page.locator("#rules-details > summary").click();
  const links = page.locator("table.rules td.source a");
  const count = await links.count();
  assert.ok(count > 0, "no source in the rules table is a link");
  for (let i = 0; i < count; i++) {
    const a = links.nth(i);
    const href = await a.getAttribute("href");
    assert.match(href, /^https:\/\/\S+$/, `href ${href}`);
    assert.equal(await a.getAttribute("target"), "_blank");
    const rel = ((await a.getAttribute("rel")) ?? "").split(/\s+/);
    assert.ok(rel.includes("noopener") && rel.includes("noreferrer"), `rel ${rel.join(" ")}`);
    assert.ok((await a.innerText()).trim().length > 0, "a link has its title as text");
  }
  // The Forecastable seed has its page; a team default has none and stays text.
  const seed = page.locator("table.rules td.source a", { hasText: "Forecastable" }).first();
  assert.equal(await seed.getAttribute("href"), "https://forecastable.com/salesforce-isv-partner/");
  const official = page.locator("table.rules td.source a", { hasText: "Salesforce partner education" }).first();
  assert.equal(
    await official.getAttribute("href"),
    "https://partners.salesforce.com/s/education/appinnovators/Security_Review",
  );
  console.log(`# ${count} rules-table sources are links`);
  const plain = page.locator("table.rules td.source", { hasText: "Analyzer default chosen by the team" }).first();
  assert.equal(await plain.locator("a").count(), 0, "a team default is not a link");

  // Print writes the address after the link text.
  await page.emulateMedia({ media: "print" });
  const after = await seed.evaluate((a) => getComputedStyle(a, "::after").content);
  assert.ok(after.includes("https://forecastable.com/salesforce-isv-partner/"), `::after ${after}`);
  await page.emulateMedia({ media: "screen" });

  // The sources lists of the sections link the same way.
  const listed = page.locator("details.sources li a").first();
  assert.match(await listed.getAttribute("href"), /^https:\/\//);
  assert.equal(await listed.getAttribute("rel"), "noopener noreferrer");

  assert.deepEqual(foreign, [], "the page asked for nothing outside its origin");
  await page.close();
});
