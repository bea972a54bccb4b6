// A panic aborts at once (std built with -Cpanic=immediate-abort, scripts/wasm-env.sh): it
// is a trap that leaves the wasm as a WebAssembly.RuntimeError, and the page's start-up
// script catches it there and shows the crash message with its three ways out.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { start } from "./lib.mjs";
import { pageWasm } from "../../scripts/page-wasm.mjs";
import { BOXES, box, freshApp } from "./app-helpers.mjs";
import { INPUT_KEY } from "./robustness-helpers.mjs";

let ctx;
before(async () => {
  ctx = await start();
});
after(async () => {
  await ctx?.close();
});

test("the shipped wasm carries no panic messages: a panic is a bare trap", () => {
  const parts = pageWasm(readFileSync("dist/index.html", "utf8"));
  assert.ok(parts.packed, "the page carries the wasm as base64");
  const wasm = parts.wasm.toString("latin1");
  assert.ok(wasm.startsWith("\0asm"), "the packed wasm unpacks with the page's decoder");
  // A panic's message is kept only for panic machinery to format; the test hook's is gone.
  assert.ok(!wasm.includes("crash test requested by the test hook"), "the test hook's panic message is not in the wasm");
});

test("a panic traps, and the start-up script shows the crash message with the saved work", async () => {
  const { page } = await freshApp(ctx);
  await box(page, BOXES.listing).fill("Title: Saved Before The Trap\n");
  await page.waitForFunction((k) => /Saved Before The Trap/.test(localStorage.getItem(k) ?? ""), INPUT_KEY);
  const errors = [];
  page.on("pageerror", (e) => errors.push(`${e.name}: ${e.message}`));
  const logged = [];
  page.on("console", (m) => {
    if (m.type() === "error") logged.push(m.text());
  });
  await page.addInitScript(() => {
    window.__listingAnalyzerCrashTest = true;
  });
  await page.goto(ctx.url);
  const alert = page.getByRole("alert").filter({ hasText: "Something went wrong" });
  await alert.waitFor();
  assert.ok(errors.some((e) => /^RuntimeError: unreachable/.test(e)), `the panic left the wasm as a trap (${errors.join("; ")})`);
  assert.ok(logged.some((t) => t.startsWith("listing-analyzer crashed:")), "the start-up script logged the trap");
  for (const name of ["Reload the page", "Download what was saved", "Start empty"]) {
    await alert.getByRole("link", { name }).waitFor();
  }
  const download = page.waitForEvent("download");
  await alert.getByRole("link", { name: "Download what was saved" }).click();
  const saved = JSON.parse(readFileSync(await (await download).path(), "utf8"));
  assert.equal(saved.listing, "Title: Saved Before The Trap\n");
  assert.equal(await page.locator("#app-crash").count(), 1, "one crash message");
  await page.close();
});
