// "How your listing was read": a Markdown draft pasted as a founder would, and the table
// that shows which field each section went to, its value and its line.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, axe } from "./lib.mjs";
import { BOXES, box, freshApp } from "./app-helpers.mjs";

let ctx;
before(async () => {
  ctx = await start();
});
after(async () => {
  await ctx?.close();
});

// A synthetic draft in the layout real ones use: hints in brackets, bold numbered
// highlights, Key Features beside them, sub-sections and an unknown section.
const DRAFT = [
  "# Acme Sync",
  "",
  "## Tagline (80 char max)",
  "Invoices in sync, both ways",
  "",
  "## Highlights (3 required, 250 char each)",
  "**1.** Set up in five minutes",
  "**2.** Every change synced within a second",
  "**3.** Free for teams of any size",
  "",
  "## Key Features (sidebar)",
  "- Audit trail",
  "- Alerts",
  "",
  "## Full Description (4,000 char max)",
  "Acme Sync keeps invoices identical in Salesforce and your ledger.",
  "",
  "**Key features:** two-way sync, audit trail.",
  "",
  "## Screenshots (recommended 5-8)",
  "1. **Home** — the main screen",
  "2. **Setup** — the settings page",
  "3. **Audit** — every change",
  "",
  "## Roadmap",
  "Exports next quarter.",
].join("\n");

test("a pasted Markdown draft is shown field by field, with values and lines", async () => {
  const { page, errors } = await freshApp(ctx);
  await box(page, BOXES.listing).fill(DRAFT);
  const table = page.getByRole("table", { name: "How your listing was read" });
  await table.waitFor();
  const rows = await table.getByRole("row").evaluateAll((trs) =>
    trs.slice(1).map((tr) => Array.from(tr.children, (c) => c.textContent.trim())),
  );
  const byField = Object.fromEntries(rows.map((r) => [r[0], r]));
  assert.deepEqual(byField["Title"], ["Title", "Acme Sync", "1"]);
  assert.deepEqual(byField["Tagline"], ["Tagline", "Invoices in sync, both ways", "3"]);
  assert.match(byField["Highlights"][1], /^3 entries: Set up in five minutes · /);
  assert.equal(byField["Highlights"][2], "6");
  assert.equal(byField["Description"][2], "15");
  // The bold lead-in stays in the description (shown on one line, cut with "…", with the
  // length of the whole description).
  assert.match(byField["Description"][1], /^Acme Sync keeps invoices .* \*\*Key features:\*\* two-wa… \(107 characters shown; 111 with the Markdown markers\)$/);
  assert.match(byField["Screenshots"][1], /^3 entries: Home — the main screen/);
  // Key Features are kept apart from the highlights, and the unknown section is named.
  assert.deepEqual(byField["Key Features (sidebar) (kept, not checked)"], ["Key Features (sidebar) (kept, not checked)", "2 entries: Audit trail · Alerts", "11"]);
  assert.deepEqual(byField["Roadmap (kept, not checked)"].slice(1), ["Exports next quarter.", "25"]);
  // Rows follow the draft's order.
  const lines = rows.map((r) => Number(r[2]));
  assert.deepEqual(lines, [...lines].sort((a, b) => a - b));
  // The readiness no longer asks for what the draft gives.
  const readiness = await page.locator("section", { has: page.getByRole("heading", { name: "Readiness" }) }).innerText();
  assert.doesNotMatch(readiness, /No description given|The listing has 5 highlights/);
  const violations = (await axe(page)).filter((v) => v.nodes.some((n) => n.includes("listing-read")));
  assert.deepEqual(violations, []);
  assert.deepEqual(errors, []);
  await page.close();
});
