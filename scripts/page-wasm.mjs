// The app's wasm as the page carries it, for the Node tools and tests: the page's two
// base64 texts (the packed wasm, and the LZMA decoder module, a wasm itself, which starts
// "AGFzbQ", `\0asm`) found by shape, and the wasm unpacked with the page's own decoder
// and driver (scripts/unpack.js), as the browser does.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";

const laUnpack = new Function(`${readFileSync(join(dirname(fileURLToPath(import.meta.url)), "unpack.js"), "utf8")}\nreturn laUnpack;`)();

/**
 * The base64 texts in `html` (a built page) and the app's wasm: `{ packedBase64, packed,
 * decoder, wasm }`, `packed` and `decoder` as Buffers as they stand in the page, `wasm`
 * unpacked (from a bare, gzip or LZMA-packed wasm); each `null` when absent.
 */
export function pageWasm(html) {
  let packedBase64 = null;
  let decoder = null;
  for (const [, text] of html.matchAll(/"([A-Za-z0-9+/]{4096,}={0,2})"/g)) {
    if (text.startsWith("AGFzbQ") && decoder === null && packedBase64 !== null) decoder = Buffer.from(text, "base64");
    else if (packedBase64 === null) packedBase64 = text;
  }
  const packed = packedBase64 && Buffer.from(packedBase64, "base64");
  return { packedBase64, packed, decoder, wasm: packed && unpacked(packed, decoder) };
}

function unpacked(packed, decoder) {
  if (packed[0] === 0) return packed;
  if (packed[0] === 0x1f && packed[1] === 0x8b) return gunzipSync(packed);
  if (!decoder) throw new Error("the page's wasm is LZMA-packed but the page carries no decoder");
  return Buffer.from(laUnpack(packed, decoder));
}
