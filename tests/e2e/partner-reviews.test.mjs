// The review score leads with what counts today and warns before the 1 February rollover;
// the partner context shows the tier the input implies. Opened from a share link that
// carries the optional `partner` fields, as an older link without them still opens.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { deflateRawSync } from "node:zlib";
import { axe, start } from "./lib.mjs";
import { freshApp } from "./app-helpers.mjs";

let ctx;
before(async () => {
  ctx = await start();
});
after(async () => {
  await ctx?.close();
});

/** A share-link fragment for `input`. */
function link(input) {
  return "#i=" + deflateRawSync(Buffer.from(JSON.stringify(input))).toString("base64url");
}

// Six 5-star reviews last fiscal year and two this year: eligible today (8 reviews), only
// 2 left in the window from 1 February 2027, so 6 more keep eligibility.
const REVIEWS = ["Date,Rating", ...Array(6).fill("2025-06-01,5"), ...Array(2).fill("2026-06-01,5")].join("\n");

const INPUT = {
  schema_version: 1,
  today: "2026-11-22",
  reviews: REVIEWS,
  security_review: { app_type: "native", paid: true },
  partner: { distribution_agreement: true },
};

function section(page, name) {
  return page.locator("section", { has: page.getByRole("heading", { name, level: 2 }) });
}

test("the review score leads with ranking and says what keeps eligibility", async () => {
  const { page, errors } = await freshApp(ctx, { path: link(INPUT) });
  await page.getByText("Opened the shared analysis.", { exact: false }).waitFor();
  const reviews = section(page, "Review score");
  const headings = await reviews.getByRole("heading", { level: 3 }).allInnerTexts();
  assert.deepEqual(headings, ["What counts today", "Scorecard history (retired 1 Aug 2024)"]);
  assert.match(await reviews.locator(".headline").first().innerText(), /^8 reviews · average 5\.00/);
  // The retired scorecard's verdict is history, labelled so, below what counts today.
  assert.match(await reviews.locator(".history-verdict").innerText(), /^Retired \(2024\) · (Not eligible|Eligible) · \d+ of \d+ points$/);
  const needed = reviews.locator("dt", { hasText: "5-star reviews still needed" }).locator("xpath=../dd");
  assert.equal(await needed.innerText(), "None now; 6 by 31 Jan 2027 to keep eligibility");
  assert.deepEqual(errors, []);
  await page.close();
});

test("the partner context shows the implied tier, the agreement and the history", async () => {
  const { page, errors } = await freshApp(ctx, { path: link(INPUT) });
  await page.getByText("Opened the shared analysis.", { exact: false }).waitFor();
  const partner = section(page, "Partner context");
  assert.equal(await partner.locator(".headline").innerText(), "Build (tier 3)");
  const text = await partner.innerText();
  assert.match(text, /You said the distribution agreement is signed\./);
  assert.match(text, /To move up: List a paid app on AgentExchange \(formerly AppExchange\)/);
  assert.match(text, /A partnership or distribution agreement with Salesforce/);
  assert.match(text, /about 15% for ISVforce, 25% for OEM distribution/);
  assert.match(text, /a brochure, not a business/);
  const current = partner.locator('li[aria-current="true"]');
  assert.match(await current.innerText(), /^Build: .* \(your tier\)$/);
  // The history is folded away, and its figures are editable rules.
  await partner.getByText("History: the Trailblazer Score (retired 1 Aug 2024)").click();
  assert.match(await partner.innerText(), /Ridge \(250–499 points\)/);
  // The rules are folded away behind their count (issue 14); open them first.
  await page.locator("#rules-details > summary").click();
  await page.getByRole("table", { name: "Used by: Partner context" }).waitFor();
  const ridge = page.getByRole("spinbutton", { name: "Retired Trailblazer Score (FY24): Ridge from" });
  await ridge.fill("300");
  await page.waitForFunction(() => /Ridge \(300–499 points\)/.test(document.querySelector("#h-partner")?.closest("section")?.textContent ?? ""));
  assert.deepEqual(await axe(page), []);
  // A reload keeps the partner fields (autosave).
  await page.waitForTimeout(500);
  await page.reload();
  await partner.locator(".headline").waitFor();
  assert.equal(await partner.locator(".headline").innerText(), "Build (tier 3)");
  assert.deepEqual(errors, []);
  await page.close();
});

test("without partner fields the section asks where the user stands", async () => {
  const { partner: _unused, ...old } = INPUT;
  const { page, errors } = await freshApp(ctx, { path: link(old) });
  await page.getByText("Opened the shared analysis.", { exact: false }).waitFor();
  const partner = section(page, "Partner context");
  assert.equal(await partner.locator(".headline").innerText(), "Not said");
  assert.match(await partner.innerText(), /To move up: Join the AppExchange ISV programme/);
  assert.deepEqual(errors, []);
  await page.close();
});
