// Prints the shipped bytes of dist/, raw and gzip (level 9), per file and in total, and
// the part of index.html that is the inlined wasm.
// Usage: node scripts/size.mjs [dist] [--json]
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";

const dist = process.argv.slice(2).find((a) => !a.startsWith("--")) ?? "dist";
const asJson = process.argv.includes("--json");
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
if (asJson) {
  console.log(JSON.stringify({ files: rows, total }, null, 2));
} else {
  const kb = (n) => `${(n / 1024).toFixed(1)} KiB`.padStart(11);
  console.log(`${"file".padEnd(40)}${"raw".padStart(11)}${"gzip".padStart(11)}`);
  for (const r of rows) console.log(`${r.file.padEnd(40)}${kb(r.raw)}${kb(r.gzip)}`);
  console.log(`${"total shipped".padEnd(40)}${kb(total.raw)}${kb(total.gzip)}`);
}
