// Sharing that arrives whole (issue 21, item 6): a link over 8,000 characters is said
// before anything is copied, with two honest choices (the analysis file, or a short link
// without the reviews' text, labelled where it is opened); the file opens again through
// "Open analysis file" and by dropping it on the page; from file:// a link is said to open
// only on this computer. The real draft and the largest app of the real review export are
// read from ../shared/real-world (skipped with a message when absent).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { start, appReady, openApp } from "./lib.mjs";
import { BOXES, box, freshApp, loadExample, paste, settle } from "./app-helpers.mjs";
import { DIST, downloadOf } from "./robustness-helpers.mjs";

const REAL = "../shared/real-world";
const NOTES = "Mar 2 - started hardening for the security review\nApr 9 - submitted\nMay 21 - not approved, 30 findings\nMay 22 - resubmitted\n";

let ctx;
before(async () => {
  ctx = await start({ dir: DIST });
  await ctx.browser.grantPermissions(["clipboard-read", "clipboard-write"], { origin: ctx.url });
});
after(async () => {
  await ctx?.close();
});

/** The real draft and the 812 review rows of the export's largest app, or null. */
function realMaterial() {
  const draft = `${REAL}/portwood-docgen-LISTING.md`;
  const reviews = `${REAL}/appx-scrape-reviews-sflabs-2025-02.csv`;
  if (!existsSync(draft) || !existsSync(reviews)) {
    console.log(`skipped: ${REAL} is absent`);
    return null;
  }
  const lines = readFileSync(reviews, "utf8").split("\n");
  const rows = [lines[0]];
  let keep = false;
  for (const line of lines.slice(1)) {
    if (/^[0-9a-f]{12},/.test(line)) keep = line.startsWith("d5371bb8a453,");
    if (keep) rows.push(line);
  }
  return { listing: readFileSync(draft, "utf8"), reviews: rows.join("\n") + "\n" };
}

/** Pastes into the three boxes (by label). */
async function fillAll(page, { listing, reviews, log }) {
  await paste(page, BOXES.listing, listing);
  await paste(page, BOXES.reviews, reviews);
  await paste(page, BOXES.log, log);
}

test("the real draft + 812 reviews + notes: the long link is said first, the short link opens labelled", async (t) => {
  const real = realMaterial();
  if (!real) return t.skip("no real material");
  const { page, errors } = await freshApp(ctx);
  await page.getByLabel("Analysis date").fill("2025-02-28");
  await fillAll(page, { ...real, log: NOTES });
  await page.getByText(/\d+ reviews read/).waitFor({ timeout: 20000 });
  const figures = await page.locator("#in-reviews-understood").innerText();
  const read = figures.match(/^(\d+) reviews read/)[1];
  assert.ok(Number(read) > 800, figures);
  await page.getByRole("button", { name: "Copy link" }).click();
  const panel = page.getByRole("region", { name: "This link is too long to share safely" });
  await panel.waitFor();
  const long = Number((await panel.innerText()).match(/would be ([\d,]+) characters/)[1].replace(/,/g, ""));
  console.log(`full link for the real draft + 812 reviews + notes: ${long} characters`);
  assert.ok(long > 8000, `${long}`);
  assert.equal(await page.getByRole("textbox", { name: "Share link" }).count(), 0, "nothing copied before the choice");

  await panel.getByRole("button", { name: "Copy short link (no review text)" }).click();
  await page.getByText(/Short link copied/).waitFor();
  const short = await page.getByRole("textbox", { name: "Share link" }).inputValue();
  console.log(`short link: ${short.length} characters`);
  assert.match(short, /#s=[A-Za-z0-9_-]+$/);
  assert.match(await page.locator(".notices").innerText(), new RegExp(`carries ${read} review rows and is ${short.length.toLocaleString("en-US")} characters long`));

  const opened = await ctx.browser.newPage();
  await opened.goto(short);
  await appReady(opened);
  await opened.getByText(/This was a short link: it carries the listing, the notes and the review rows’ dates and ratings, without the reviews’ text/).waitFor();
  assert.equal(await box(opened, BOXES.listing).inputValue(), real.listing);
  assert.equal(await box(opened, BOXES.log).inputValue(), NOTES);
  await opened.getByLabel("Analysis date").fill("2025-02-28");
  // The same reviews are read (the short link's ISO dates leave nothing ambiguous, and a
  // repeated row the reader set aside does not travel).
  await opened.getByText(new RegExp(`^${read} reviews read\\.`)).waitFor();
  assert.deepEqual(errors, []);
  await opened.close();
  await page.close();
});

test("Save analysis file carries everything; Open analysis file and a drop on the page bring it back", async () => {
  const { page, errors } = await freshApp(ctx);
  await loadExample(page);
  await box(page, BOXES.log).fill(NOTES);
  const { name, text } = await downloadOf(page, page.getByRole("button", { name: "Save analysis file" }));
  assert.equal(name, "listing-analysis-inputs.json");
  const saved = JSON.parse(text);
  assert.equal(saved.security_review.log, NOTES);
  assert.match(saved.listing, /Acme Invoice Sync/);

  const { page: other } = await freshApp(ctx);
  await box(other, BOXES.listing).fill("Title: Mine Before The File\n");
  await settle(other);
  const [chooser] = await Promise.all([
    other.waitForEvent("filechooser"),
    other.getByRole("button", { name: "Open analysis file" }).click(),
  ]);
  await chooser.setFiles({ name, mimeType: "application/json", buffer: Buffer.from(text) });
  await other.getByText(/Opened the analysis file\. What it replaced was kept/).waitFor();
  assert.equal(await box(other, BOXES.log).inputValue(), NOTES);
  await other.getByText("11 reviews read, 1 line skipped").waitFor();

  await box(other, BOXES.listing).fill("Title: Typed After The File\n");
  await other.evaluate((json) => {
    const dt = new DataTransfer();
    dt.items.add(new File([json], "dropped.json", { type: "application/json" }));
    document.querySelector("#results").dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, text);
  await other.waitForFunction(() => /Acme Invoice Sync/.test(document.querySelector("#in-listing")?.value ?? ""));
  await other.getByRole("button", { name: "Restore previous work" }).first().click();
  await other.waitForFunction(() => document.querySelector("#in-listing")?.value === "Title: Typed After The File\n");

  await other.evaluate(() => {
    const dt = new DataTransfer();
    dt.items.add(new File(["not json"], "notes.txt", { type: "text/plain" }));
    document.body.dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
  });
  await other.getByText(/“notes\.txt” could not be opened: it is not an analysis file/).waitFor();
  assert.equal(await box(other, BOXES.listing).inputValue(), "Title: Typed After The File\n");
  // A review export dropped on the review box goes into that box (a tester, 7 Dec 2026).
  await other.evaluate(() => {
    const dt = new DataTransfer();
    dt.items.add(new File(["Date,Rating\n2026-03-01,5\n2026-04-02,4\n"], "reviews.csv", { type: "text/csv" }));
    document.querySelector("#in-reviews").dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
  });
  await other.waitForFunction(() => document.querySelector("#in-reviews")?.value.startsWith("Date,Rating\n2026-03-01,5"));
  await other.getByText("2 reviews read").waitFor();
  assert.equal(await box(other, BOXES.listing).inputValue(), "Title: Typed After The File\n");
  assert.deepEqual(errors, []);
  await other.close();
  await page.close();
});

test("from file://, Copy link says the link opens only on this computer", async () => {
  const { page } = await openApp(ctx, pathToFileURL(resolve(DIST, "index.html")).href);
  await box(page, BOXES.listing).fill("Title: On My Disk\n");
  await page.getByRole("button", { name: "Copy link" }).click();
  await page.getByText(/the link opens only on this computer: a colleague cannot open it/).waitFor();
  await page.close();
});
