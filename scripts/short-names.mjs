// Shortens the names that tie the wasm to its wasm-bindgen glue, in both at once: every
// import (`__wbg_appendChild_1a2b3c4d5e6f7a8b`, module "./listing-analyzer_bg.js") and every
// export the glue reads as `wasm.NAME` (the long closure adapters among them) gets a name of
// one or two letters. Those names carry a 16-digit hash each that no compressor can shrink,
// and they appear twice in the page, once in the wasm and once in the glue. Used by
// scripts/inline.mjs before packing; nothing else sees these names (the page's own code
// calls the glue's functions, not the wasm's exports). It also drops the wasm's custom
// sections, which only name the toolchain.
//
// An export is renamed only when the glue reads it as `wasm.NAME` and never as another
// property or a string; an import only when the glue names it once, as the import object's
// key `NAME:`; otherwise it keeps its name.

const leb = (b, i) => {
  let r = 0;
  let s = 0;
  for (;;) {
    const x = b[i++];
    r += (x & 0x7f) * 2 ** s;
    s += 7;
    if (x < 0x80) return [r, i];
  }
};
const uleb = (n) => {
  const o = [];
  do {
    const b = n % 128;
    n = Math.floor(n / 128);
    o.push(n ? b | 0x80 : b);
  } while (n);
  return o;
};
const str = (s) => {
  const b = Buffer.from(s, "utf8");
  return [...uleb(b.length), ...b];
};
const ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
const shortName = (i) => {
  let s = ALPHABET[i % 52];
  for (i = Math.floor(i / 52); i; i = Math.floor(i / 52)) s += ALPHABET[i % 52];
  return s;
};
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const count = (text, re) => (text.match(re) ?? []).length;

// The entries of an import (id 2) or export (id 7) section body: { module, name, desc }
// (module only for imports; desc: the bytes after the name, kept as they are).
function entries(id, body) {
  const list = [];
  let [n, k] = leb(body, 0);
  for (; n > 0; n--) {
    let module = null;
    if (id === 2) {
      const [ml, ms] = leb(body, k);
      module = body.subarray(ms, ms + ml).toString("utf8");
      k = ms + ml;
    }
    const [nl, ns] = leb(body, k);
    const name = body.subarray(ns, ns + nl).toString("utf8");
    k = ns + nl;
    const descStart = k;
    const kind = body[k++];
    if (id === 7 || kind === 0) [, k] = leb(body, k);
    else if (kind === 3) k += 2;
    else if (kind === 4) [, k] = leb(body, k + 1);
    else {
      if (kind === 1) k++; // a table's element type, then its limits as a memory's
      const flags = body[k++];
      [, k] = leb(body, k);
      if (flags & 1) [, k] = leb(body, k);
    }
    list.push({ module, name, desc: body.subarray(descStart, k) });
  }
  if (k !== body.length) throw new Error(`short-names: section ${id} not read to its end`);
  return list;
}

// The wasm's sections as [id, body] pairs.
function sections(wasm) {
  const list = [];
  for (let i = 8; i < wasm.length; ) {
    const [size, start] = leb(wasm, i + 1);
    list.push([wasm[i], wasm.subarray(start, start + size)]);
    i = start + size;
  }
  return list;
}

/**
 * `wasm` (a Buffer) and `glue` (the wasm-bindgen glue's text) with short import and export
 * names; returns { wasm, glue, renamed } (renamed: how many names changed).
 */
export function shortenNames(wasm, glue) {
  let next = 0;
  let renamed = 0;
  const whole = (name) => new RegExp(`(?<![\\w$])${escape(name)}(?![\\w$])`, "g");
  const all = sections(wasm);
  // The one import module, the glue's import object key `"MODULE":`, becomes "a".
  const imports = all.filter(([id]) => id === 2).flatMap(([id, body]) => entries(id, body));
  const moduleNames = [...new Set(imports.map((e) => e.module))];
  const moduleKey = moduleNames.length === 1 ? `"${moduleNames[0]}":` : null;
  const module = moduleKey && glue.split(moduleKey).length === 2 ? "a" : null;
  if (module) glue = glue.replace(moduleKey, `"${module}":`);
  const parts = [wasm.subarray(0, 8)];
  for (const [id, body] of all) {
    // Custom sections (the toolchain's `producers` and `target_features`): the browser
    // ignores them. LA_KEEP_NAMES=1 keeps them, for a profile that names the functions (a
    // build whose wasm-opt was given -g and Trunk data-keep-debug).
    if (id === 0 && process.env.LA_KEEP_NAMES !== "1") continue;
    let out = body;
    if (id === 2 || id === 7) {
      const list = entries(id, body);
      const bytes = [...uleb(list.length)];
      for (const e of list) {
        let name = e.name;
        if (id === 2) {
          // The glue's import object holds it once, as `NAME: function(...)`.
          const key = new RegExp(`(?<![\\w$])${escape(e.name)}(?=:)`, "g");
          if (count(glue, whole(e.name)) === 1 && count(glue, key) === 1) {
            name = shortName(next++);
            glue = glue.replace(key, name);
          }
          bytes.push(...str(module ?? e.module));
        } else {
          // The glue reads it as `wasm.NAME`, and never as another property or a string (a
          // function of the glue may have the same name: esbuild renames those anyway).
          const use = new RegExp(`(?<![\\w$])wasm\\.${escape(e.name)}(?![\\w$])`, "g");
          const uses = count(glue, use);
          const other = new RegExp(`[.'"\`\\[]${escape(e.name)}(?![\\w$])`, "g");
          if (uses > 0 && uses === count(glue, other)) {
            name = shortName(next++);
            glue = glue.replace(use, `wasm.${name}`);
          }
        }
        if (name !== e.name) renamed++;
        bytes.push(...str(name), ...e.desc);
      }
      out = Buffer.from(bytes);
    }
    parts.push(Buffer.from([id, ...uleb(out.length)]), out);
  }
  return { wasm: Buffer.concat(parts), glue, renamed };
}
