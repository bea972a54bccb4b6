// The submission checklist by component (issues 23 and 20): say what the solution is made
// of and the external domains by label, say items ready or not ready, and the answers
// survive a reload (autosave), travel in a share link, and are listed in both exports and
// the API; an older saved input keeps its app type with a note.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { inflateRawSync, deflateRawSync } from "node:zlib";
import { axe, download, start } from "./lib.mjs";
import { freshApp, settle } from "./app-helpers.mjs";

let ctx;
before(async () => {
  ctx = await start();
});
after(async () => {
  await ctx?.close();
});

const checklist = (page) => page.getByRole("group", { name: /^Submission checklist/ });
const madeOf = (page) => page.getByRole("group", { name: "What is your solution made of?" });

test("components, domains and answers drive the checklist and are kept, shared and exported", async () => {
  await ctx.browser.grantPermissions(["clipboard-read", "clipboard-write"], { origin: ctx.url });
  const { page, errors } = await freshApp(ctx);
  await page.getByLabel("Analysis date").fill("2026-11-25");

  // A package plus an external web app, with two external domains: two DAST items,
  // Checkmarx, the native range.
  await madeOf(page).getByLabel("Managed package (2GP)").check();
  await madeOf(page).getByLabel("External web app or service").check();
  await checklist(page).getByRole("combobox", { name: "Checkmarx report" }).waitFor();
  const domains = page.getByLabel("External (non-Salesforce) domains");
  assert.equal(await domains.inputValue(), "1");
  await domains.fill("2");
  await domains.press("Enter");
  await domains.blur();
  await checklist(page).getByRole("combobox", { name: "DAST report: external domain 2" }).waitFor();
  assert.equal(await checklist(page).getByRole("combobox", { name: /^DAST report/ }).count(), 2);
  await page.getByText("The security review itself usually takes 16–32 weeks").waitFor();

  // Agentforce adds its five rules.
  assert.equal(await checklist(page).getByRole("combobox", { name: "No secrets in prompts" }).count(), 0);
  await madeOf(page).getByLabel("Agentforce agents, prompts or actions").check();
  await checklist(page).getByRole("combobox", { name: "No secrets in prompts" }).waitFor();
  assert.equal(await checklist(page).getByRole("combobox", { name: "Each custom action classified" }).count(), 1);

  // Answers: not said is neutral; each required item not ready is one readiness gap.
  const gaps = () => page.locator("section", { has: page.getByRole("heading", { name: "Readiness", level: 2 }) }).getByText(/Submission checklist: .* not ready/).count();
  assert.equal(await gaps(), 0);
  await checklist(page).getByRole("combobox", { name: "Code Analyzer report" }).selectOption("ready");
  await checklist(page).getByText("1 of 15 required items ready, 0 not ready.").waitFor();
  assert.equal(await gaps(), 0, "saying one item ready adds no gap");
  await checklist(page).getByRole("combobox", { name: "DAST report: external domain 2" }).selectOption("not_ready");
  await checklist(page).getByText("1 of 15 required items ready, 1 not ready.").waitFor();
  assert.equal(await gaps(), 1);
  // The common failures are checks, folded behind their count until opened.
  await checklist(page).getByText(/^Common failures to check before submitting \(\d+ checks, 0 said\)$/).click();
  await checklist(page).getByRole("combobox", { name: "CRUD/FLS enforced" }).selectOption("ready");
  await checklist(page).getByText("1 of 15 required items ready, 1 not ready.").waitFor();
  assert.match(await checklist(page).innerText(), /Checklist version \d{4}-\d{2}-\d{2}/);
  assert.deepEqual(await axe(page), []);

  // A reload keeps every choice (autosave).
  await settle(page);
  await page.reload();
  await checklist(page).getByText("1 of 15 required items ready, 1 not ready.").waitFor();
  assert.equal(await madeOf(page).getByLabel("External web app or service").isChecked(), true);
  assert.equal(await page.getByLabel("External (non-Salesforce) domains").inputValue(), "2");
  assert.equal(await madeOf(page).getByLabel("Agentforce agents, prompts or actions").isChecked(), true);
  for (const [name, state] of [
    ["Code Analyzer report", "ready"],
    ["DAST report: external domain 2", "not_ready"],
    ["DAST report: external domain 1", "not_said"],
    ["CRUD/FLS enforced", "ready"],
    ["Checkmarx report", "not_said"],
  ]) {
    assert.equal(await checklist(page).getByRole("combobox", { name }).inputValue(), state, name);
  }

  // The share link carries them in the input, and opens with them.
  await page.getByRole("button", { name: "Copy link" }).click();
  const field = page.getByRole("textbox", { name: "Share link" });
  await field.waitFor();
  const link = await field.inputValue();
  const input = JSON.parse(inflateRawSync(Buffer.from(link.split("#i=")[1] ?? "", "base64url")).toString("utf8"));
  assert.deepEqual(input.security_review.components, ["managed_package_2gp", "external_app", "agentforce"]);
  assert.equal(input.security_review.external_domains, 2);
  assert.deepEqual([...input.security_review.checklist_ready].sort(), ["check_crud_fls", "code_analyzer"]);
  assert.deepEqual(input.security_review.checklist_not_ready, ["dast_2"]);
  const other = await ctx.browser.newPage();
  await other.goto(link);
  await other.getByText("Opened the shared analysis.", { exact: false }).waitFor();
  await checklist(other).getByText("1 of 15 required items ready, 1 not ready.").waitFor();
  assert.equal(await checklist(other).getByRole("combobox", { name: "DAST report: external domain 2" }).inputValue(), "not_ready");
  await other.close();

  // The exports list them, with the checklist's version.
  const md = (await download(page, "Download Markdown")).text;
  // Markdown escapes the punctuation of the heading's text; read it without the escapes.
  assert.ok(md.replace(/\\/g, "").includes("## Submission checklist: Managed package (2GP) + External web app or service + Agentforce agents, prompts or actions"), "checklist heading");
  assert.match(md, /Checklist version: \d{4}-\d{2}-\d{2}/);
  assert.match(md, /Required items ready: 1 of 15 \(1 not ready, the rest not said\)/);
  assert.match(md, /\| Not ready \| DAST report: external domain 2: /);
  assert.match(md, /\| Not said \| DAST report: external domain 1: /);
  assert.match(md, /\| Ready \| CRUD\/FLS enforced: /);
  const report = JSON.parse((await download(page, "Download JSON")).text);
  assert.deepEqual(report.checklist.components, ["managed_package_2gp", "external_app", "agentforce"]);
  assert.match(report.checklist.version, /^\d{4}-\d{2}-\d{2}$/);
  assert.equal(report.checklist.required_ready, 1);
  const ready = report.checklist.items.filter((i) => i.state === "ready").map((i) => i.id);
  assert.deepEqual(ready, ["code_analyzer", "check_crud_fls"]);

  // The browser API returns the same checklist.
  const api = await page.evaluate(async (inp) => {
    const out = await window.ListingAnalyzer.analyze(inp);
    return typeof out === "string" ? JSON.parse(out) : out;
  }, input);
  assert.equal(api.checklist.required_total, 15);
  assert.deepEqual(errors, []);
  await page.close();
});

test("saying every item ready removes the bounce risk; not ready brings it back", async () => {
  const { page, errors } = await freshApp(ctx);
  await madeOf(page).getByLabel("Managed package (2GP)").check();
  await checklist(page).getByRole("combobox", { name: "Checkmarx report" }).waitFor();
  const items = checklist(page).getByRole("combobox");
  const n = await items.count();
  for (let i = 0; i < n; i++) await items.nth(i).selectOption("ready");
  await checklist(page).getByText("8 of 8 required items ready, 0 not ready.").waitFor();
  const timeline = page.locator("section", { has: page.getByRole("heading", { name: "Time to listing", level: 2 }) });
  assert.doesNotMatch(await timeline.innerText(), /Missing submission materials/);
  await checklist(page).getByRole("combobox", { name: "Test credentials" }).selectOption("not_ready");
  await timeline.getByText(/Missing submission materials \(Test credentials\)/).waitFor();
  assert.deepEqual(errors, []);
  await page.close();
});

test("a link saved before components keeps its app type, with a note", async () => {
  const old = { schema_version: 1, today: "2026-11-25", security_review: { app_type: "native", materials_ready: ["code_analyzer"] } };
  const fragment = deflateRawSync(Buffer.from(JSON.stringify(old))).toString("base64url");
  const { page, errors } = await freshApp(ctx, { path: `#i=${fragment}` });
  await page.getByText("Opened the shared analysis.", { exact: false }).waitFor();
  await checklist(page).getByText(/Read from the app type “native” in your saved work/).waitFor();
  assert.equal(await madeOf(page).getByLabel("Managed package (2GP)").isChecked(), true);
  assert.equal(await checklist(page).getByRole("combobox", { name: "Code Analyzer report" }).inputValue(), "ready");
  assert.equal(await checklist(page).getByRole("combobox", { name: "Checkmarx report" }).inputValue(), "not_said");
  assert.deepEqual(errors, []);
  await page.close();
});
