// Unpacks the app's LZMA-packed wasm with the page's own decoder, a small wasm module
// (scripts/unlzma, built by scripts/build.sh): `laUnpack(packed, decoder)` compiles the
// decoder (at once: it is a few KB), unpacks the whole wasm (about 30 ms for 700 KB in Node) and
// returns it. scripts/inline.mjs puts this function, minified, into the page; the Node
// tools (scripts/page-wasm.mjs) use the same text. The decoder's memory holds the packed
// file, the unpacked wasm (whose size is in the header: the decoder's dictionary is its
// output) and the decoder's probabilities (0x300 << (lc + lp), after 1,847 fixed ones).
// eslint-disable-next-line no-unused-vars
function laUnpack(packed, decoder) {
  const x = new WebAssembly.Instance(new WebAssembly.Module(decoder)).exports;
  const p0 = packed[0];
  const probs = 1847 + (0x300 << ((p0 % 9) + (((p0 / 9) | 0) % 5)));
  const size = (packed[5] | (packed[6] << 8) | (packed[7] << 16) | (packed[8] << 24)) >>> 0;
  const at = x.memory.buffer.byteLength;
  x.memory.grow(Math.ceil((packed.length + size + 2 * probs + 1) / 65536));
  const out = at + packed.length;
  new Uint8Array(x.memory.buffer).set(packed, at);
  if (x.unpack(at, packed.length, out, size, (out + size + 1) & ~1, probs)) throw new Error("the packed wasm cannot be read");
  return new Uint8Array(x.memory.buffer, out, size).slice();
}
