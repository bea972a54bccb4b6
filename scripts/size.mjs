// Prints the shipped bytes of dist/, raw and gzip (level 9), per file and in total, the
// part of index.html that is the inlined wasm, and the page against its size budget.
// With --check, exits non-zero when the page's gzip bytes exceed the budget
// (scripts/size-budget.json, the one place the budget is written; scripts/test.sh checks).
// The budget belongs to the toolchain route that measured it (its "route"): a page built on
// the other route (scripts/build.sh writes dist/.la-wasm-route; LA_WASM_ROUTE otherwise)
// has its size printed with that route's name and is not checked against it.
// Usage: node scripts/size.mjs [dist] [--json] [--check]
import { execSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { pageWasm } from "./page-wasm.mjs";

const dist = process.argv.slice(2).find((a) => !a.startsWith("--")) ?? "dist";
const asJson = process.argv.includes("--json");
const check = process.argv.includes("--check");
const budgetFile = join(dirname(fileURLToPath(import.meta.url)), "size-budget.json");
const budget = JSON.parse(readFileSync(budgetFile, "utf8"));
const routeFile = join(dist, ".la-wasm-route");
// Without a record of the build (a dist/ from an older build), the route this machine takes.
const thisMachine = () =>
  execSync("bash -c 'source scripts/wasm-env.sh >/dev/null 2>&1; echo $LA_WASM_ROUTE'", { cwd: join(dirname(fileURLToPath(import.meta.url)), "..") })
    .toString()
    .trim();
const route = (existsSync(routeFile) ? readFileSync(routeFile, "utf8").trim() : process.env.LA_WASM_ROUTE || thisMachine()) || "unknown";
const ownRoute = route === budget.route;
const gz = (b) => gzipSync(b, { level: 9 }).length;
const rows = [];
for (const f of readdirSync(dist).sort()) {
  const p = join(dist, f);
  // Trunk's .trunk-lock and other dotfiles are build bookkeeping, not shipped.
  if (f.startsWith(".") || !statSync(p).isFile()) continue;
  const b = readFileSync(p);
  rows.push({ file: f, raw: b.length, gzip: gz(b) });
  // The wasm unpacked with the page's own decoder (scripts/page-wasm.mjs).
  const parts = f === "index.html" ? pageWasm(b.toString("utf8")) : null;
  if (parts?.packed) {
    const { wasm } = parts;
    rows.push({ file: "  (inside index.html) wasm", raw: wasm.length, gzip: gz(wasm), inner: true });
    rows.push({ file: "  (inside index.html) wasm, packed base64", raw: parts.packedBase64.length, gzip: gz(Buffer.from(parts.packedBase64)), inner: true });
    if (parts.decoder) {
      const text = parts.decoder.toString("base64");
      rows.push({ file: "  (inside index.html) LZMA decoder, base64", raw: text.length, gzip: gz(Buffer.from(text)), inner: true });
    }
  }
}
const total = rows.filter((r) => !r.inner).reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip }), { raw: 0, gzip: 0 });
const page = rows.find((r) => r.file === "index.html");
const pageGzip = page?.gzip ?? 0;
const over = ownRoute && pageGzip > budget.page_gzip_bytes;
if (asJson) {
  console.log(JSON.stringify({ files: rows, total, route, budget: budget.page_gzip_bytes, budget_route: budget.route, over }, null, 2));
} else {
  const kb = (n) => `${(n / 1024).toFixed(1)} KiB`.padStart(11);
  console.log(`${"file".padEnd(40)}${"raw".padStart(11)}${"gzip".padStart(11)}`);
  for (const r of rows) console.log(`${r.file.padEnd(40)}${kb(r.raw)}${kb(r.gzip)}`);
  console.log(`${"total shipped".padEnd(40)}${kb(total.raw)}${kb(total.gzip)}`);
}
const verdict = over ? "OVER BUDGET" : "within budget";
const line = ownRoute
  ? `page index.html: ${pageGzip} B gzip (${route} route), budget ${budget.page_gzip_bytes} B (${budgetFile}): ${verdict}`
  : `page index.html: ${pageGzip} B gzip, built on the ${route} route; the budget (${budget.page_gzip_bytes} B) was measured on the ${budget.route} route, so it is not checked here`;
if (!asJson) console.log(line);
if (check && over) {
  console.error(`size budget exceeded: index.html is ${pageGzip} B gzip, the budget is ${budget.page_gzip_bytes} B (${pageGzip - budget.page_gzip_bytes} B over); shrink the page or, if the growth is wanted, raise page_gzip_bytes in scripts/size-budget.json and say why in docs/size.md`);
  process.exit(1);
}
