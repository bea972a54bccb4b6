// Prints the shipped bytes of dist/, raw and gzip (level 9), per file and in total, the
// part of index.html that is the inlined wasm, and the page against its size budget.
// With --check, exits non-zero when the page's gzip bytes exceed the budget
// (scripts/size-budget.json, the one place the budget is written; scripts/test.sh checks).
// Usage: node scripts/size.mjs [dist] [--json] [--check]
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync, gzipSync } from "node:zlib";

const dist = process.argv.slice(2).find((a) => !a.startsWith("--")) ?? "dist";
const asJson = process.argv.includes("--json");
const check = process.argv.includes("--check");
const budgetFile = join(dirname(fileURLToPath(import.meta.url)), "size-budget.json");
const budget = JSON.parse(readFileSync(budgetFile, "utf8"));
const gz = (b) => gzipSync(b, { level: 9 }).length;
const rows = [];
for (const f of readdirSync(dist).sort()) {
  const p = join(dist, f);
  // Trunk's .trunk-lock and other dotfiles are build bookkeeping, not shipped.
  if (f.startsWith(".") || !statSync(p).isFile()) continue;
  const b = readFileSync(p);
  rows.push({ file: f, raw: b.length, gzip: gz(b) });
  const m = f === "index.html" ? /const LA_WASM = "([A-Za-z0-9+/=]+)"/.exec(b.toString("utf8")) : null;
  if (m) {
    const packed = Buffer.from(m[1], "base64");
    const wasm = packed[0] === 0x1f && packed[1] === 0x8b ? gunzipSync(packed) : packed;
    rows.push({ file: "  (inside index.html) wasm", raw: wasm.length, gzip: gz(wasm), inner: true });
    rows.push({ file: "  (inside index.html) wasm, packed base64", raw: m[1].length, gzip: gz(Buffer.from(m[1])), inner: true });
  }
}
const total = rows.filter((r) => !r.inner).reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip }), { raw: 0, gzip: 0 });
const page = rows.find((r) => r.file === "index.html");
const pageGzip = page?.gzip ?? 0;
const over = pageGzip > budget.page_gzip_bytes;
if (asJson) {
  console.log(JSON.stringify({ files: rows, total, budget: budget.page_gzip_bytes, over }, null, 2));
} else {
  const kb = (n) => `${(n / 1024).toFixed(1)} KiB`.padStart(11);
  console.log(`${"file".padEnd(40)}${"raw".padStart(11)}${"gzip".padStart(11)}`);
  for (const r of rows) console.log(`${r.file.padEnd(40)}${kb(r.raw)}${kb(r.gzip)}`);
  console.log(`${"total shipped".padEnd(40)}${kb(total.raw)}${kb(total.gzip)}`);
}
const verdict = over ? "OVER BUDGET" : "within budget";
const line = `page index.html: ${pageGzip} B gzip, budget ${budget.page_gzip_bytes} B (${budgetFile}): ${verdict}`;
if (!asJson) console.log(line);
if (check && over) {
  console.error(`size budget exceeded: index.html is ${pageGzip} B gzip, the budget is ${budget.page_gzip_bytes} B (${pageGzip - budget.page_gzip_bytes} B over); shrink the page or, if the growth is wanted, raise page_gzip_bytes in scripts/size-budget.json and say why in docs/size.md`);
  process.exit(1);
}
