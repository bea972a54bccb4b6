// Turns Trunk's dist/ into one self-contained page: the wasm-bindgen glue and the wasm
// (base64) travel inside dist/index.html, so the page works from file://, after "Save page
// as", and under a CSP that forbids every network request.
//
// With a prerender (the app's first render as HTML, from `--bin prerender`), the page also
// carries that render inside <div id="app">, so that the browser paints it before the wasm
// has been compiled; see prerenderParts below.
//
// Usage: node scripts/inline.mjs [dist] [prerender.html]
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync, readdirSync, rmSync, copyFileSync, existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

// Build-time tools from the npm registry (scripts/package.json).
const require = createRequire(join(dirname(fileURLToPath(import.meta.url)), "package.json"));
import vm from "node:vm";
const esbuild = require("esbuild");
import { shortenNames } from "./short-names.mjs";

// Minified JavaScript (the wasm-bindgen glue and the start-up code; `module` for an ES
// module, whose top-level names esbuild may then shorten) and CSS. esbuild keeps property
// names, so the wasm's import names in the glue stay as they are.
const minJs = (code, module) =>
  esbuild.transformSync(code, { loader: "js", minify: true, format: module ? "esm" : undefined, charset: "utf8" }).code.trim();
const minCss = (code) => esbuild.transformSync(code, { loader: "css", minify: true, charset: "utf8" }).code.trim();

const dist = process.argv[2] ?? "dist";
const prerenderFile = process.argv[3];
const files = readdirSync(dist);
const glueName = files.find((f) => f.endsWith(".js") && !f.startsWith("embed"));
const wasmName = files.find((f) => f.endsWith("_bg.wasm"));
if (!glueName || !wasmName) {
  console.error(`inline: no wasm-bindgen output in ${dist} (found: ${files.join(", ")})`);
  process.exit(1);
}
const cargo = readFileSync("Cargo.toml", "utf8");
const version = /^version\s*=\s*"([^"]+)"/m.exec(cargo)?.[1] ?? "0.0.0";

// Short names for the wasm's imports and exports, in the wasm and the glue alike
// (scripts/short-names.mjs).
const { wasm, glue, renamed } = shortenNames(readFileSync(join(dist, wasmName)), readFileSync(join(dist, glueName), "utf8"));
// Packed first: base64 of compressed bytes keeps the saved page small (a file:// page gets
// no transfer compression). LZMA packs the wasm 14 % smaller than Zopfli's deflate did
// (docs/size.md); browsers have no native LZMA, so the page carries its own decoder: a wasm
// module of about 4 KB (scripts/unlzma, built by scripts/build.sh into target/unlzma.wasm),
// driven by scripts/unpack.js, which unpacks the app's wasm in less than half the time
// the same decoder took in JavaScript (29–30 ms against 66 ms in Node; docs/size.md).
// With literal context bits 4 and position bits 0 (no alignment of positions: wasm's code
// is byte-aligned) it packs 0.3 % smaller than with LZMA's defaults.
// The packer is XZ Utils' `xz` (Debian's xz-utils, which scripts/bootstrap.sh installs):
// preset 9e in 0.6 s and 156 B smaller than the npm package `lzma` in pure JavaScript, which
// took 10–15 s of one core and stays as the packer where no `xz` is found. `xz` writes
// "unknown size" in the header and an end marker; the decoder needs the unpacked size in the
// header (the output is its dictionary), so it is written there, and the decoder stops at
// that size, before the marker.
const packWithXz = (bytes) => {
  const run = spawnSync("xz", ["--format=lzma", "--lzma1=preset=9e,lc=4,pb=0", "--stdout"], { input: bytes, maxBuffer: 1 << 28 });
  if (run.error || run.status !== 0) return null;
  const out = Buffer.from(run.stdout);
  out.writeUInt32LE(bytes.length, 5);
  out.writeUInt32LE(0, 9);
  return out;
};
const packWithJs = (bytes) => {
  // The package fixes lc 3, pb 2: its encoder is loaded with those settings changed (the
  // pinned version's exact lines; the build stops if absent).
  let src = readFileSync(require.resolve("lzma/src/lzma_worker.js"), "utf8");
  for (const [line, want] of [
    ["encoder._numLiteralContextBits = 3;", "encoder._numLiteralContextBits = 4;"],
    ["encoder._posStateBits = 2;", "encoder._posStateBits = 0;"],
    ["encoder._posStateMask = 3;", "encoder._posStateMask = 0;"],
  ]) {
    if (!src.includes(line)) throw new Error(`inline: the lzma package no longer has "${line}"`);
    src = src.replace(line, want);
  }
  const sandbox = { setTimeout, setImmediate };
  vm.runInNewContext(src, sandbox);
  return Buffer.from(sandbox.LZMA.compress(bytes, 9));
};
let packed = packWithXz(wasm);
const packer = packed ? "xz" : "lzma (JavaScript; no xz found)";
packed ??= packWithJs(wasm);
const b64 = packed.toString("base64");
const here = dirname(fileURLToPath(import.meta.url));
const decoderFile = process.env.LA_UNLZMA_WASM ?? join(here, "..", "target", "unlzma.wasm");
if (!existsSync(decoderFile)) {
  console.error(`inline: no LZMA decoder at ${decoderFile} (scripts/build.sh builds it)`);
  process.exit(1);
}
const decoder = readFileSync(decoderFile);
const unpack = readFileSync(join(here, "unpack.js"), "utf8");

// The wasm is decoded and unpacked in memory and compiled (no fetch happens: init gets the
// compiled module). `laWasm` is a promise of the compiled module. Unpacking takes about 30
// ms (the decoder is wasm too), so it is done at once, as soon as the script runs, and
// the whole wasm goes to the compiler (15 interleaved loads each, docs/size.md: live at
// 333 ms; 361 ms with the unpacked parts streamed to the browser's streaming compiler,
// which let the page paint between parts; 380 ms with the unpacking in a microtask after
// the script). Both base64 texts go in after minifying (esbuild need not read them).
const B64_SLOT = '"LA_WASM_BASE64"';
const DECODER_SLOT = '"LA_UNLZMA_BASE64"';
const withWasm = (code) => code.replace(B64_SLOT, () => `"${b64}"`).replace(DECODER_SLOT, () => `"${decoder.toString("base64")}"`);
const compile = `const laBytes = (b) => typeof Uint8Array.fromBase64 === "function" ? Uint8Array.fromBase64(b) : Uint8Array.from(atob(b), (c) => c.charCodeAt(0));
${unpack}
let laWasm;
try {
  laWasm = WebAssembly.compile(laUnpack(laBytes(${B64_SLOT}), laBytes(${DECODER_SLOT})));
} catch (e) {
  laWasm = Promise.reject(e);
}`;
// With a prerender, the compile starts from a classic script right after the prerendered
// first render, so that it runs (off the main thread) while the browser paints the
// prerender; the start-up module after it awaits it. Without one, the module does both.
// Not in the head: there its 350 KB of base64 would have to arrive before the first paint
// (throttled to 2 Mbit/s with 60 ms latency, 5 loads each: first paint 1,676 ms in the
// head against 256 ms here; the app was live at 2,267 and 2,240 ms).
const early = prerenderFile ? withWasm(minJs(`(() => {\n${compile}\nwindow.laWasm = laWasm;\n})();`, false)) : null;
// A panic in the app's wasm is a trap (std aborts at once: scripts/wasm-env.sh), a
// WebAssembly.RuntimeError thrown out of the wasm into whichever JavaScript called it: an
// event listener, a timer, a promise, or the start itself. It is caught where it leaves the
// page's code (the window's error and unhandledrejection events), and the app's export
// laCrashed stops its storage writes and shows the crash message (src/app/panic.rs).
const crashHook = /export function laCrashed\b/.test(glue)
  ? `const laTrap = (e) => {
  if (!(e instanceof WebAssembly.RuntimeError)) return;
  console.error("listing-analyzer crashed:", e);
  try { laCrashed(); } catch {}
};
addEventListener("error", (e) => laTrap(e.error));
addEventListener("unhandledrejection", (e) => laTrap(e.reason));`
  : "";
// The start-up script: the glue as a module, then init with the compiled module.
const boot = withWasm(
  minJs(
    `${glue}
${early ? "" : compile}
${crashHook}
await __wbg_init({ module_or_path: await ${early ? "window.laWasm" : "laWasm"} });
performance.mark("la-interactive");
`,
    true,
  ),
);
const sha = (text) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

// The prerender, inert until the app replaces it (nothing in it can be typed into or
// pressed before the app runs), with a visible "Starting…" status beside it. In the head:
// a tiny script that hides the prerender for the summary widget (`view=`) and for pages
// with parts hidden (`hide=`), whose first render differs from it, and that hides the
// prerender's one dated figure, the analysis date (the build day's, from `--bin
// prerender`), when the visitor's date is another day; and, without JavaScript, a style
// that hides the status, the toolbar (buttons that would do nothing) and that date (the
// app that would recompute it cannot run), leaving the noscript message above the inert
// first render.
const DATED = ".field:has(#analysis-date)";
const prerenderHead = (buildDay) => `<script>(()=>{const c=document.documentElement.classList,d=new Date(),p=(n)=>String(n).padStart(2,"0");c.toggle("la-bare",/[?&](view|hide)=/.test(location.search));c.toggle("la-stale",d.getFullYear()+"-"+p(d.getMonth()+1)+"-"+p(d.getDate())!=="${buildDay}")})()</script>
  <style>.la-bare #app[inert],.la-bare #la-starting{visibility:hidden}.la-stale #app[inert] ${DATED}{visibility:hidden}.la-starting{position:fixed;bottom:.75rem;right:.75rem;margin:0;padding:.25rem .75rem;border-radius:1rem;background:Canvas;color:CanvasText;border:1px solid GrayText;font:inherit;z-index:10}</style>
  <noscript><style>#la-starting,#app .toolbar,#app ${DATED}{display:none}</style></noscript>`;
const prerenderParts = () => {
  if (!prerenderFile) return null;
  let body = readFileSync(prerenderFile, "utf8").trim();
  if (!body.startsWith("<") || /<script/i.test(body)) {
    console.error(`inline: ${prerenderFile} is not a prerendered app (empty, or holds a script)`);
    process.exit(1);
  }
  // The results column is left out of the prerender: laying it out before the app starts
  // delayed the live app by about 60 ms (11 interleaved loads: live at 376 ms with it, 313
  // ms without, 283 ms for a page without any prerender), and its dates are the build
  // day's. The app renders it in its first render.
  const results = /(<div id="results"[^>]*>)[\s\S]*(<\/div><\/main>)/;
  if (!results.test(body)) {
    console.error(`inline: ${prerenderFile} has no results column (<div id="results"> … </div></main>)`);
    process.exit(1);
  }
  body = body.replace(results, (_, open, close) => `${open}${close}`);
  const buildDay = /value="(\d{4}-\d{2}-\d{2})"[^>]*id="analysis-date"/.exec(body)?.[1];
  if (!buildDay) {
    console.error(`inline: ${prerenderFile} has no analysis date (id="analysis-date" with a value)`);
    process.exit(1);
  }
  let head = prerenderHead(buildDay);
  let script = /<script>([^<]*)<\/script>/.exec(head)[1];
  const minScript = minJs(script, false);
  head = head.replace(script, () => minScript);
  script = minScript;
  return { body, head, script };
};
const pre = prerenderParts();

const csp = [
  "default-src 'none'",
  `script-src ${sha(boot)}${pre ? ` ${sha(pre.script)} ${sha(early)}` : ""} 'wasm-unsafe-eval'`,
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
// The stylesheets Trunk inlined, minified.
html = html.replace(/(<style[^>]*>)([\s\S]*?)(<\/style>)/g, (_, open, css, close) => `${open}${minCss(css)}${close}`);
const cspTag = `<meta http-equiv="Content-Security-Policy" content="${csp}">`;
const versionTag = `<meta name="listing-analyzer-version" content="${version}">`;
html = html.replace(/<meta charset="utf-8">/i, (m) => `${m}\n  ${cspTag}\n  ${versionTag}`);
if (!html.includes(cspTag)) {
  console.error("inline: index.html has no <meta charset=\"utf-8\"> to anchor the CSP");
  process.exit(1);
}
if (pre) {
  const root = /<div id="app"([^>]*)>([\s\S]*?)<\/div>\s*<\/body>/i;
  if (!root.test(html)) {
    console.error('inline: index.html has no <div id="app"> at the end of <body> for the prerender');
    process.exit(1);
  }
  html = html.replace(
    root,
    (_, attrs, inner) =>
      `<p id="la-starting" class="la-starting" role="status">Starting…</p>\n  <div id="app"${attrs} inert aria-busy="true">${inner.trimEnd()}\n${pre.body}</div>\n<script>${early}</script>\n</body>`,
  );
  html = html.replace(/<\/head>/i, () => `  ${pre.head}\n</head>`);
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
const preNote = pre ? `, prerender ${Buffer.byteLength(pre.body)} B` : "";
console.log(`inline: dist/index.html self-contained (wasm ${wasm.length} B, glue ${glue.length} B, ${renamed} names shortened${preNote}, packed by ${packer}, page ${Buffer.byteLength(html)} B)`);
