// The submission checklist by architecture (issue 12): choose an architecture, the
// Agentforce flag and the external domains by label, tick items, and the ticks survive a
// reload (autosave), travel in a share link, and are listed in both exports and the API.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { inflateRawSync } from "node:zlib";
import { axe, start } from "./lib.mjs";
import { freshApp, settle } from "./app-helpers.mjs";

let ctx;
before(async () => {
  ctx = await start();
});
after(async () => {
  await ctx?.close();
});

const checklist = (page) => page.getByRole("group", { name: /^Submission checklist/ });

async function download(page, name) {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name }).click()]);
  return readFileSync(await file.path(), "utf8");
}

test("architecture, flags and ticks drive the checklist and are kept, shared and exported", async () => {
  await ctx.browser.grantPermissions(["clipboard-read", "clipboard-write"], { origin: ctx.url });
  const { page, errors } = await freshApp(ctx);
  await page.getByLabel("Analysis date").fill("2026-11-25");

  // Composite with two external domains: two DAST items, Checkmarx, the native range.
  await page.getByLabel("Architecture (app type)").selectOption("composite");
  await checklist(page).getByRole("checkbox", { name: "Checkmarx report" }).waitFor();
  const domains = page.getByLabel("External (non-Salesforce) domains");
  assert.equal(await domains.inputValue(), "1");
  await domains.fill("2");
  await domains.press("Enter");
  await domains.blur();
  await checklist(page).getByRole("checkbox", { name: "DAST report: external domain 2" }).waitFor();
  assert.equal(await checklist(page).getByRole("checkbox", { name: /^DAST report/ }).count(), 2);
  await page.getByText("The security review itself usually takes 16–32 weeks").waitFor();

  // The Agentforce flag adds its three rules.
  assert.equal(await checklist(page).getByRole("checkbox", { name: "No secrets in prompts" }).count(), 0);
  await page.getByLabel("Agentforce prompts or actions").check();
  await checklist(page).getByRole("checkbox", { name: "No secrets in prompts" }).waitFor();
  assert.equal(await checklist(page).getByRole("checkbox", { name: "Each action classified" }).count(), 1);

  // Ticks: the readiness gaps follow (one per missing required item).
  const gaps = () => page.locator("section", { has: page.getByRole("heading", { name: "Readiness", level: 2 }) }).getByText(/Submission checklist: .* not ready/).count();
  await checklist(page).getByRole("checkbox", { name: "Code Analyzer report" }).check();
  await checklist(page).getByText("1 of 11 required items ready.").waitFor();
  assert.equal(await gaps(), 10);
  await checklist(page).getByRole("checkbox", { name: "DAST report: external domain 2" }).check();
  await checklist(page).getByText("2 of 11 required items ready.").waitFor();
  await checklist(page).getByRole("checkbox", { name: "CRUD/FLS enforced" }).check();
  await checklist(page).getByText("2 of 11 required items ready.").waitFor();
  assert.equal(await gaps(), 9);
  assert.deepEqual(await axe(page), []);

  // A reload keeps every choice (autosave).
  await settle(page);
  await page.reload();
  await checklist(page).getByText("2 of 11 required items ready.").waitFor();
  assert.equal(await page.getByLabel("Architecture (app type)").inputValue(), "composite");
  assert.equal(await page.getByLabel("External (non-Salesforce) domains").inputValue(), "2");
  assert.equal(await page.getByLabel("Agentforce prompts or actions").isChecked(), true);
  for (const [name, ticked] of [
    ["Code Analyzer report", true],
    ["DAST report: external domain 2", true],
    ["DAST report: external domain 1", false],
    ["CRUD/FLS enforced", true],
    ["Checkmarx report", false],
  ]) {
    assert.equal(await checklist(page).getByRole("checkbox", { name }).isChecked(), ticked, name);
  }

  // The share link carries them in the input, and opens with them ticked.
  await page.getByRole("button", { name: "Copy link" }).click();
  const field = page.getByRole("textbox", { name: "Share link" });
  await field.waitFor();
  const link = await field.inputValue();
  const input = JSON.parse(inflateRawSync(Buffer.from(link.split("#i=")[1] ?? "", "base64url")).toString("utf8"));
  assert.equal(input.security_review.architecture, "composite");
  assert.equal(input.security_review.external_domains, 2);
  assert.equal(input.security_review.agentforce, true);
  assert.deepEqual([...input.security_review.checklist_ready].sort(), ["check_crud_fls", "code_analyzer", "dast_2"]);
  assert.deepEqual(input.security_review.materials_ready, ["code_analyzer"]);
  const other = await ctx.browser.newPage();
  await other.goto(link);
  await other.getByText("Opened the shared analysis.", { exact: false }).waitFor();
  await checklist(other).getByText("2 of 11 required items ready.").waitFor();
  assert.equal(await checklist(other).getByRole("checkbox", { name: "DAST report: external domain 2" }).isChecked(), true);
  await other.close();

  // The exports list them.
  const md = await download(page, "Download Markdown");
  assert.ok(md.includes("## Submission checklist: Composite \\(package + external web app/service\\)"), "checklist heading");
  assert.match(md, /Required items ready: 2 of 11/);
  assert.match(md, /\| yes \| DAST report: external domain 2: /);
  assert.match(md, /\| no \| DAST report: external domain 1: /);
  assert.match(md, /\| yes \| CRUD\/FLS enforced: /);
  const report = JSON.parse(await download(page, "Download JSON"));
  assert.equal(report.checklist.architecture, "composite");
  assert.equal(report.checklist.required_ready, 2);
  const ready = report.checklist.items.filter((i) => i.ready).map((i) => i.id);
  assert.deepEqual(ready, ["code_analyzer", "dast_2", "check_crud_fls"]);

  // The browser API returns the same checklist.
  const api = await page.evaluate(async (inp) => {
    const out = await window.ListingAnalyzer.analyze(inp);
    return typeof out === "string" ? JSON.parse(out) : out;
  }, input);
  assert.equal(api.checklist.required_total, 11);
  assert.deepEqual(errors, []);
  await page.close();
});

test("ticking every item removes the bounce risk and the checklist gaps", async () => {
  const { page, errors } = await freshApp(ctx);
  await page.getByLabel("Architecture (app type)").selectOption("native");
  await checklist(page).getByRole("checkbox", { name: "Checkmarx report" }).waitFor();
  const boxes = checklist(page).getByRole("checkbox");
  const n = await boxes.count();
  for (let i = 0; i < n; i++) await boxes.nth(i).check();
  await checklist(page).getByText("6 of 6 required items ready.").waitFor();
  const timeline = page.locator("section", { has: page.getByRole("heading", { name: "Time to listing", level: 2 }) });
  assert.doesNotMatch(await timeline.innerText(), /Missing submission materials/);
  // Unticking one brings the bounce back.
  await checklist(page).getByRole("checkbox", { name: "Test credentials" }).uncheck();
  await timeline.getByText(/Missing submission materials \(Test credentials\)/).waitFor();
  assert.deepEqual(errors, []);
  await page.close();
});
