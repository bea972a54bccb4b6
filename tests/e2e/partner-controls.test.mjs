// The partner-path stage and the partner flags are set in the UI: the stage moves the plan
// and, with no flag said, the implied 2024 tier, whose reason names the stage; a flag said
// overrides the stage. Both survive a reload (autosave) and travel in a share link.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
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

function section(page, name) {
  return page.locator("section", { has: page.getByRole("heading", { name, level: 2 }) });
}

/** The plan's steps as text. */
async function planSteps(page) {
  const plan = page.getByRole("list", { name: "Plan to a live listing" });
  await plan.waitFor();
  return (await plan.getByRole("listitem").allInnerTexts()).join("\n");
}

/** Waits until the partner headline reads `want`. */
async function headline(partner, want) {
  await partner.locator(".headline", { hasText: want }).waitFor();
  assert.equal(await partner.locator(".headline").innerText(), want);
}

test("the stage and a flag chosen by label move the plan and the tier, and are kept", async () => {
  await ctx.browser.grantPermissions(["clipboard-read", "clipboard-write"], { origin: ctx.url });
  const { page, errors } = await freshApp(ctx);
  // The plan is dated once the solution is said.
  await page.getByLabel("API only (connected app or External Client App)").check();
  const stage = page.getByLabel("Where you stand on the partner path");
  const partner = section(page, "Partner context");
  assert.equal(await stage.inputValue(), "");
  await headline(partner, "Not said");
  const agreement = page.getByLabel("Distribution agreement signed");
  assert.equal(await agreement.inputValue(), "");
  assert.equal(await partner.getByRole("group", { name: "Where you stand as a partner" }).count(), 1);

  // Not applied: the plan starts with the application; no tier is implied, and the section
  // says so instead of "Not said" (a tester, 7 Dec 2026).
  await stage.selectOption({ label: "Not applied" });
  await page.waitForFunction(() => /apply to the partner programme/.test(document.querySelector("ol.plan")?.textContent ?? ""));
  assert.match(await planSteps(page), /Sign the partner agreement and the distribution agreement/);
  await headline(partner, "No tier yet");
  assert.match(await partner.innerText(), /\(not applied\) means you have not joined the ISV programme yet/);

  // Agreement signed: the application and agreement steps are gone; the tier is Build,
  // and the reason names the stage.
  await stage.selectOption({ label: "Agreement signed" });
  await headline(partner, "Build (tier 3)");
  const steps = await planSteps(page);
  assert.doesNotMatch(steps, /apply to the partner programme|Activate the partner business org|Sign the partner agreement/);
  assert.match(await partner.innerText(), /Your stage on the partner path \(agreement signed\) implies the distribution agreement is signed\./);

  // The user's own flag wins: no agreement, so only "joined" is implied (Registered).
  await agreement.selectOption({ label: "No" });
  await headline(partner, "Registered (tier 5)");
  assert.match(await partner.innerText(), /\(agreement signed\) implies you have joined the ISV programme\./);
  assert.deepEqual(await axe(page), []);

  // A reload keeps both (autosave).
  await settle(page);
  await page.reload();
  await headline(partner, "Registered (tier 5)");
  assert.equal(await page.getByLabel("Where you stand on the partner path").inputValue(), "agreement_signed");
  assert.equal(await page.getByLabel("Distribution agreement signed").inputValue(), "no");

  // The share link carries them in the input.
  await page.getByRole("button", { name: "Copy link" }).click();
  const field = page.getByRole("textbox", { name: "Share link" });
  await field.waitFor();
  const link = await field.inputValue();
  const fragment = link.split("#i=")[1] ?? "";
  const input = JSON.parse(inflateRawSync(Buffer.from(fragment, "base64url")).toString("utf8"));
  assert.equal(input.security_review.partner_stage, "agreement_signed");
  assert.deepEqual(input.partner, { distribution_agreement: false });

  // "Not said" is expressible again: the flag leaves the input and the stage decides.
  await page.getByLabel("Distribution agreement signed").selectOption({ label: "Not said" });
  await headline(partner, "Build (tier 3)");
  assert.deepEqual(errors, []);
  await page.close();
});
