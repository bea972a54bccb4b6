// Helpers shared by the robustness tests (robustness-*.test.mjs): which build to test,
// share links made like the app makes them, and a download's text.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deflateRawSync } from "node:zlib";
import { serve } from "../../scripts/static-server.mjs";

/** The build under test: `LA_DIST=dist-base` runs the same tests against an older build. */
export const DIST = process.env.LA_DIST ?? "dist";

/**
 * Serves a copy of the build whose deployer allowed `parentOrigin` as a framing parent
 * (the `listing-analyzer-allowed-parents` meta, as the README tells deployers). Returns the
 * server and the copy's folder, which the caller removes when done.
 */
export async function serveAllowing(parentOrigin) {
  const copy = mkdtempSync(join(tmpdir(), "la-allowed-"));
  cpSync(DIST, copy, { recursive: true });
  const page = join(copy, "index.html");
  writeFileSync(
    page,
    readFileSync(page, "utf8").replace(/(name="listing-analyzer-allowed-parents" content=")[^"]*"/, `$1self ${parentOrigin}"`),
  );
  return { server: await serve(copy, 0), dir: copy };
}

/** The first-party autosave key (unchanged, so that older autosaves keep loading). */
export const INPUT_KEY = "listing-analyzer.input";

/** The `#i=…` fragment of a share link holding `input` (an object of the input shape). */
export function shareFragment(input) {
  return "#i=" + deflateRawSync(Buffer.from(JSON.stringify(input))).toString("base64url");
}

/** Clicks `trigger` (a locator) and returns the downloaded file's name and text. */
export async function downloadOf(page, trigger) {
  const [file] = await Promise.all([page.waitForEvent("download"), trigger.click()]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), "utf8") };
}

/** The autosaved input as stored, parsed; `null` when nothing is saved. */
export async function savedInput(page) {
  const raw = await page.evaluate((k) => localStorage.getItem(k), INPUT_KEY);
  return raw === null ? null : JSON.parse(raw);
}

/**
 * Navigates `page` to a page of the app's origin that is not the app (the server's 404),
 * so that storage can be read and written with no app running that would save over it.
 */
export async function offApp(page, ctx) {
  await page.goto(new URL("robustness-off-app", ctx.url).href);
}
