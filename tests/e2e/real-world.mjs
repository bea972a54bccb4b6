// Real-world material for the e2e tests (../shared/real-world beside the clone): where it
// is, whether it is there, and a CSV reader for its exports. Never copied into the repo.
import { existsSync, readFileSync } from "node:fs";

export const REAL = new URL("../../../shared/real-world/", import.meta.url);
export const present = existsSync(new URL("portwood-docgen-LISTING.md", REAL));

/** Says once that the real-world tests of `file` are skipped, when the material is absent. */
export function sayIfAbsent(file) {
  if (!present) console.log(`SKIPPED (${file}): ${REAL.pathname} is absent (real-world material lives beside the clone)`);
}

/** The text of real-world file `name`. */
export const readReal = (name) => readFileSync(new URL(name, REAL));

/**
 * CSV text as rows of fields (quoted fields may hold commas, quotes and line breaks; a
 * carriage return outside quotes is dropped). Reads whole runs between special characters
 * at once: the 15 MB listings scrape in about a tenth of the time a character loop took.
 */
export function csvRows(text) {
  const rows = [];
  let row = [], field = "", quoted = false, i = 0;
  const plain = /[^",\r\n]+/y, inQuotes = /[^"]+/y;
  while (i < text.length) {
    const run = quoted ? inQuotes : plain;
    run.lastIndex = i;
    const m = run.exec(text);
    if (m) { field += m[0]; i += m[0].length; continue; }
    const c = text[i];
    if (quoted) {
      if (text[i + 1] === '"') { field += '"'; i += 2; continue; }
      quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === ",") { row.push(field); field = ""; }
    else if (c === "\n") { row.push(field); rows.push(row); row = []; field = ""; }
    i++;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}

const quote = (f) => (/[",\n]/.test(f) ? `"${f.replaceAll('"', '""')}"` : f);

/** The review export of the first app with at least 20 reviews, and its review count. */
export function oneAppsReviews() {
  const [header, ...rows] = csvRows(readReal("appx-scrape-reviews-sflabs-2025-02.csv").toString("utf8"));
  const byApp = new Map();
  for (const r of rows.filter((r) => r.length === header.length)) byApp.set(r[0], [...(byApp.get(r[0]) ?? []), r]);
  const [, reviews] = [...byApp].find(([, rs]) => rs.length >= 20);
  return { text: [header, ...reviews].map((r) => r.map(quote).join(",")).join("\n"), count: reviews.length };
}
