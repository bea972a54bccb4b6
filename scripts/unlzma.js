// Unpacks a ".lzma" file (LZMA1, the 13-byte "LZMA alone" header: properties, dictionary
// size, unpacked size). `laUnlzma(src)` returns a function `next(n)` that unpacks about `n`
// more bytes (a match may run a little past) and returns them as a Uint8Array view, empty
// once all are out; `next(Infinity)` unpacks everything at once. scripts/inline.mjs puts
// this function, minified, into the page, which feeds the chunks to the browser's
// streaming compiler; scripts/size.mjs and the e2e tests use the same text. The dictionary
// is the output itself, so the unpacked size must be in the header (scripts/inline.mjs
// writes it). Follows the LZMA specification's reference decoder (LzmaSpec.cpp in the LZMA
// SDK); the probabilities live in one Uint16Array: is-match and rep-0-long [12 states x 16
// positions] each, is-rep, rep-g0, -g1, -g2 [12] each, position slots [4 x 64], special
// positions [115], align [16], the match and rep length coders [514] each, and the literal
// coders [0x300 << (lc + lp)].
// eslint-disable-next-line no-unused-vars
function laUnlzma(src) {
  let d = src[0];
  const lc = d % 9;
  const lp = (d = (d / 9) | 0) % 5;
  const pbMask = (1 << ((d / 5) | 0)) - 1;
  const lpMask = (1 << lp) - 1;
  const size = src[5] | (src[6] << 8) | (src[7] << 16) | ((src[8] << 24) >>> 0);
  const out = new Uint8Array(size);
  const [MATCH, REP, G0, G1, G2, LONG, SLOT, SPEC, ALIGN, LEN, REPLEN, LIT] = [0, 192, 204, 216, 228, 240, 432, 688, 803, 819, 1333, 1847];
  const p = new Uint16Array(LIT + (0x300 << (lc + lp))).fill(1024);
  let ip = 14;
  // The range coder's range and code, both below 2^32: kept in a typed array, since a
  // plain variable above 2^31 shared with the inner functions would be boxed on each store.
  const rc = new Float64Array(2);
  rc[0] = 0xffffffff;
  for (; ip < 18; ) rc[1] = rc[1] * 256 + src[ip++];
  // One bit with probability p[i]; range and code stay plain numbers below 2^32.
  const bit = (i) => {
    const q = p[i];
    let range = rc[0];
    let code = rc[1];
    const bound = (range >>> 11) * q;
    let b = 0;
    if (code < bound) {
      range = bound;
      p[i] = q + ((2048 - q) >> 5);
    } else {
      range -= bound;
      code -= bound;
      p[i] = q - (q >> 5);
      b = 1;
    }
    if (range < 16777216) {
      range *= 256;
      code = code * 256 + src[ip++];
    }
    rc[0] = range;
    rc[1] = code;
    return b;
  };
  const tree = (base, n) => {
    let m = 1;
    for (let k = 0; k < n; k++) m = (m << 1) | bit(base + m);
    return m - (1 << n);
  };
  const reverse = (base, n) => {
    let m = 1;
    let s = 0;
    for (let k = 0; k < n; k++) {
      const b = bit(base + m);
      m = (m << 1) | b;
      s |= b << k;
    }
    return s;
  };
  const length = (base, posState) =>
    !bit(base)
      ? tree(base + 2 + (posState << 3), 3)
      : !bit(base + 1)
        ? 8 + tree(base + 130 + (posState << 3), 3)
        : 16 + tree(base + 258, 8);
  let state = 0;
  let rep0 = 0;
  let rep1 = 0;
  let rep2 = 0;
  let rep3 = 0;
  let pos = 0;
  return (n) => {
    const from = pos;
    const limit = Math.min(size, pos + n);
    while (pos < limit) {
    const posState = pos & pbMask;
    if (!bit(MATCH + (state << 4) + posState)) {
      const prev = pos ? out[pos - 1] : 0;
      const base = LIT + 0x300 * (((pos & lpMask) << lc) + (prev >> (8 - lc)));
      let s = 1;
      if (state >= 7) {
        let match = out[pos - rep0 - 1];
        do {
          const mb = (match >> 7) & 1;
          match <<= 1;
          const b = bit(base + ((1 + mb) << 8) + s);
          s = (s << 1) | b;
          if (mb !== b) break;
        } while (s < 0x100);
      }
      while (s < 0x100) s = (s << 1) | bit(base + s);
      out[pos++] = s;
      state = state < 4 ? 0 : state < 10 ? state - 3 : state - 6;
      continue;
    }
    let len;
    if (bit(REP + state)) {
      if (!bit(G0 + state)) {
        if (!bit(LONG + (state << 4) + posState)) {
          state = state < 7 ? 9 : 11;
          out[pos] = out[pos - rep0 - 1];
          pos++;
          continue;
        }
      } else {
        let dist;
        if (!bit(G1 + state)) dist = rep1;
        else {
          if (!bit(G2 + state)) dist = rep2;
          else {
            dist = rep3;
            rep3 = rep2;
          }
          rep2 = rep1;
        }
        rep1 = rep0;
        rep0 = dist;
      }
      len = length(REPLEN, posState);
      state = state < 7 ? 8 : 11;
    } else {
      rep3 = rep2;
      rep2 = rep1;
      rep1 = rep0;
      len = length(LEN, posState);
      state = state < 7 ? 7 : 10;
      const slot = tree(SLOT + ((len < 3 ? len : 3) << 6), 6);
      if (slot < 4) rep0 = slot;
      else {
        const n = (slot >> 1) - 1;
        rep0 = (2 | (slot & 1)) << n;
        if (slot < 14) rep0 += reverse(SPEC + rep0 - slot, n);
        else {
          // Direct bits, then the four align bits.
          let direct = 0;
          for (let k = n - 4; k > 0; k--) {
            const range = rc[0] >>> 1;
            let code = rc[1];
            const b = code >= range ? 1 : 0;
            if (b) code -= range;
            direct = (direct << 1) | b;
            rc[0] = range < 16777216 ? range * 256 : range;
            rc[1] = range < 16777216 ? code * 256 + src[ip++] : code;
          }
          rep0 += (direct << 4) + reverse(ALIGN, 4);
        }
      }
    }
    // A match of len + 2 bytes rep0 + 1 back (never past the unpacked size).
    for (len += 2; len-- && pos < size; pos++) out[pos] = out[pos - rep0 - 1];
    }
    return out.subarray(from, pos);
  };
}
