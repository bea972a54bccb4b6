// Turns Trunk's dist/ into one self-contained page: the wasm-bindgen glue and the wasm
// (base64) travel inside dist/index.html, so the page works from file://, after "Save page
// as", and under a CSP that forbids every network request.
//
// Usage: node scripts/inline.mjs [dist]
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync, readdirSync, rmSync, copyFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const dist = process.argv[2] ?? "dist";
const files = readdirSync(dist);
const glueName = files.find((f) => f.endsWith(".js") && !f.startsWith("embed"));
const wasmName = files.find((f) => f.endsWith("_bg.wasm"));
if (!glueName || !wasmName) {
  console.error(`inline: no wasm-bindgen output in ${dist} (found: ${files.join(", ")})`);
  process.exit(1);
}
const cargo = readFileSync("Cargo.toml", "utf8");
const version = /^version\s*=\s*"([^"]+)"/m.exec(cargo)?.[1] ?? "0.0.0";

const glue = readFileSync(join(dist, glueName), "utf8");
const wasm = readFileSync(join(dist, wasmName));
// Gzip first: base64 of compressed bytes keeps the saved page small (a file:// page gets
// no transfer compression), and the browser inflates it natively.
const b64 = gzipSync(wasm, { level: 9 }).toString("base64");

// The start-up script: the glue as a module; the wasm is decoded and inflated in memory
// and compiled while it inflates (no fetch happens: init gets the compiled module).
const boot = `${glue}
const LA_WASM = "${b64}";
const laGzip = typeof Uint8Array.fromBase64 === "function"
  ? Uint8Array.fromBase64(LA_WASM)
  : Uint8Array.from(atob(LA_WASM), (c) => c.charCodeAt(0));
const laStream = new Blob([laGzip]).stream().pipeThrough(new DecompressionStream("gzip"));
const laWasm = typeof WebAssembly.compileStreaming === "function"
  ? await WebAssembly.compileStreaming(new Response(laStream, { headers: { "content-type": "application/wasm" } }))
  : await new Response(laStream).arrayBuffer();
await __wbg_init({ module_or_path: laWasm });
performance.mark("la-interactive");
`;
const hash = createHash("sha256").update(boot, "utf8").digest("base64");
const csp = [
  "default-src 'none'",
  `script-src 'sha256-${hash}' 'wasm-unsafe-eval'`,
  "style-src 'unsafe-inline'",
  "img-src data: blob:",
  "font-src 'none'",
  "connect-src 'none'",
  "form-action 'none'",
  "base-uri 'none'",
].join("; ");

let html = readFileSync(join(dist, "index.html"), "utf8");
// Drop anything Trunk may have left that would load a file.
html = html.replace(/<link[^>]+rel="(?:modulepreload|preload)"[^>]*>\s*/g, "");
const cspTag = `<meta http-equiv="Content-Security-Policy" content="${csp}">`;
const versionTag = `<meta name="listing-analyzer-version" content="${version}">`;
html = html.replace(/<meta charset="utf-8">/i, (m) => `${m}\n  ${cspTag}\n  ${versionTag}`);
if (!html.includes(cspTag)) {
  console.error("inline: index.html has no <meta charset=\"utf-8\"> to anchor the CSP");
  process.exit(1);
}
const tail = `<script type="module">${boot}</script>\n</body>`;
html = html.replace(/<\/body>/i, () => tail);
writeFileSync(join(dist, "index.html"), html);
rmSync(join(dist, glueName));
rmSync(join(dist, wasmName));

// Embedding kit: the host script and the example host page.
if (existsSync("static/embed")) {
  for (const f of readdirSync("static/embed")) copyFileSync(join("static/embed", f), join(dist, f));
}
console.log(`inline: dist/index.html self-contained (wasm ${wasm.length} B, glue ${glue.length} B, page ${Buffer.byteLength(html)} B)`);
