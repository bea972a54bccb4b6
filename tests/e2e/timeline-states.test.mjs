// Time to listing in every real state (issue 10): a passed, an overdue, an
// awaiting-resubmission, a re-review and a planned case read right on screen, and the plan
// downloads as an .ics calendar holding its milestones.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { start } from "./lib.mjs";
import { BOXES, box, freshApp } from "./app-helpers.mjs";

let ctx;
before(async () => {
  ctx = await start();
});
after(async () => {
  await ctx?.close();
});

/** Opens a fresh app dated 25 Nov 2026 with `log` pasted, and returns the section's text. */
async function timeline(log, { app = "connected" } = {}) {
  const opened = await freshApp(ctx);
  const { page } = opened;
  await page.getByLabel("Analysis date").fill("2026-11-25");
  // What the solution is made of: a managed package (native range) or API only (connected).
  await page.getByLabel(app === "native" ? "Managed package (2GP)" : "API only (connected app or External Client App)").check();
  await box(page, BOXES.log).fill(log);
  const section = page.getByRole("region", { name: "Time to listing" });
  // Wait for the debounced analysis to show this log's events.
  await page.waitForFunction(
    (n) => document.querySelectorAll(".timeline-chart svg.wide .marker").length === n,
    log.split("\n").filter((l) => l.trim()).length,
  );
  return { ...opened, section, text: (await section.innerText()).replace(/\s+/g, " ") };
}

test("a pass in 3 weeks reads as passed, on its real date", async () => {
  const { page, text, errors } = await timeline("2026-06-01 submitted\n2026-06-22 passed");
  assert.match(text, /Passed on 22 Jun 2026 — you can publish/);
  assert.match(text, /3 weeks after the first submission on 2026-06-01: faster than the usual 8–16/);
  assert.doesNotMatch(text, /Expected listing/);
  assert.doesNotMatch(text, /Raised to the/);
  assert.deepEqual(errors, []);
  await page.close();
});

test("a review past its range is overdue and dated from today", async () => {
  const { page, text } = await timeline("2026-03-03 submitted");
  assert.match(text, /In security review/);
  assert.match(text, /Overdue: running past the usual 8–16-week range/);
  assert.match(text, /Running 23 weeks past the 16-week range/);
  // Issue 20: the earliest holds a verdict plus the publication week, and the plan
  // publishes on the likely date (a tester, 7 Dec 2026: the plan published after it).
  assert.match(text, /Expected listing: earliest 8 Dec 2026, likely 15 Dec 2026, latest 29 Dec 2026/);
  assert.match(text, /8 Dec 2026 – 15 Dec 2026: Publish the listing/);
  assert.match(text, /Elapsed: 39 weeks since 3 Mar 2026/);
  assert.match(text, /review fees unknown — say whether the solution is paid/);
  await page.close();
});

test("a failed verdict awaits resubmission, estimated from today", async () => {
  const { page, text } = await timeline("2026-09-07 submitted\n2026-11-02 failed: CRUD/FLS");
  assert.match(text, /Awaiting resubmission/);
  // The fix and the follow-up review from today take the listing past the model's 18
  // weeks: the likely date follows the plan, which publishes on it; the earliest is no
  // earlier than the resubmission (9 Dec) plus the publication week.
  assert.match(text, /earliest 21 Dec 2026, likely 18 Jan 2027/);
  assert.match(text, /Fix the findings and resubmit/);
  assert.match(text, /– 18 Jan 2027: Publish the listing/);
  await page.close();
});

test("a live listing's periodic re-review is not a new submission", async () => {
  const { page, text } = await timeline(
    "2025-01-06 submitted\n2025-03-03 passed\n2025-03-10 listed\n2026-11-02 periodic re-review started",
  );
  assert.match(text, /In periodic re-review/);
  assert.match(text, /Re-review done: earliest 30 Nov 2026, likely 14 Dec 2026/);
  assert.doesNotMatch(text, /First-attempt failure risk/);
  assert.doesNotMatch(text, /Publish the listing/);
  await page.close();
});

test("a planned submission dates the plan, which downloads as a calendar", async () => {
  const { page, section, text } = await timeline("Planning to submit 15 January 2027", { app: "native" });
  assert.match(text, /Submission planned/);
  assert.match(text, /counted from 15 Jan 2027/);
  const plan = section.getByRole("list", { name: "Plan to a live listing" });
  const items = await plan.getByRole("listitem").allInnerTexts();
  assert.ok(items.some((i) => i.startsWith("15 Jan 2027: Submit for security review")), items.join("\n"));
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    section.getByRole("button", { name: "Download the plan (.ics)" }).click(),
  ]);
  assert.equal(file.suggestedFilename(), "listing-plan.ics");
  const ics = readFileSync(await file.path(), "utf8");
  assert.ok(ics.startsWith("BEGIN:VCALENDAR\r\n"));
  assert.equal(ics.match(/BEGIN:VEVENT/g).length, items.length);
  assert.match(ics, /SUMMARY:Submit for security review\r\n/);
  assert.match(ics, /DTSTART;VALUE=DATE:20270115\r\n/);
  assert.match(ics, /SUMMARY:Ask the first customers for reviews\r\n/);
  await page.close();
});

test("notes without years read as this year's, and a line pasted twice counts once (issue 21)", async () => {
  const { page, errors } = await freshApp(ctx);
  await page.getByLabel("Analysis date").fill("2026-12-06");
  await page.getByLabel("Managed package (2GP)").check();
  // A team's own notes, written without years, with one line pasted twice.
  await box(page, BOXES.log).fill("Mar 2 - started hardening\nApr 9 - submitted\nMay 21 - not approved, 30 findings\nMay 22 - resubmitted\nApr 9 - submitted");
  const section = page.getByRole("region", { name: "Time to listing" });
  await section.getByText(/2 attempts \(1 failed\)/).waitFor();
  const text = (await section.innerText()).replace(/\s+/g, " ");
  assert.match(text, /In security review/);
  assert.doesNotMatch(text, /Not submitted yet/);
  // Each reading is said beside the box, with its line.
  await page.getByText(/4 dates without a year, such as “Mar 2” \(read as 2026-03-02\)/).waitFor();
  await page.getByText(/1 line repeats an earlier line exactly/).waitFor();
  await page.getByText("4 events read.", { exact: false }).waitFor();
  assert.deepEqual(errors, []);
  await page.close();
});

test("with nothing said about the solution, no likely date is drawn and the plan waits", async () => {
  // A tester (7 Dec 2026): "Not said yet" above a "Likely" marker and a dated publication.
  const { page, errors } = await freshApp(ctx);
  await page.getByLabel("Analysis date").fill("2026-11-25");
  await box(page, BOXES.log).fill("2026-10-01 submitted");
  await page.waitForFunction(() => document.querySelectorAll(".timeline-chart svg.wide .marker").length === 1);
  const section = page.getByRole("region", { name: "Time to listing" });
  await section.getByText(/The plan is dated once you say what your solution is made of/).waitFor();
  const text = (await section.innerText()).replace(/\s+/g, " ");
  assert.match(text, /Not said yet/);
  assert.doesNotMatch(text, /Publish the listing/);
  assert.equal(await section.locator("svg text", { hasText: "Likely" }).count(), 0);
  assert.equal(await section.getByRole("button", { name: "Download the plan (.ics)" }).count(), 0);
  // Saying it dates the plan.
  await page.getByLabel("API only (connected app or External Client App)").check();
  await section.getByRole("list", { name: "Plan to a live listing" }).waitFor();
  assert.equal(await section.locator("svg.wide text", { hasText: "Likely" }).count(), 1);
  assert.deepEqual(errors, []);
  await page.close();
});
