/** IJG standard luminance quantisation table (JPEG Annex K), natural (row-major) order. */
const STD_LUMA = [
  16, 11, 10, 16, 24, 40, 51, 61, 12, 12, 14, 19, 26, 58, 60, 55, 14, 13, 16, 24, 40, 57, 69, 56, 14, 17, 22, 29, 51, 87, 80, 62,
  18, 22, 37, 56, 68, 109, 103, 77, 24, 35, 55, 64, 81, 104, 113, 92, 49, 64, 78, 87, 103, 121, 120, 101, 72, 92, 95, 98, 112, 100, 103, 99,
];
/** DQT stores its 64 entries in zig-zag order: index k of the file → natural index ZIGZAG[k]. */
const ZIGZAG = (() => {
  const order: number[] = [];
  for (let s = 0; s < 15; s++) {
    const cells: number[] = [];
    for (let y = 0; y < 8; y++) { const x = s - y; if (x >= 0 && x < 8) cells.push(y * 8 + x); }
    order.push(...(s % 2 === 1 ? cells : cells.reverse()));
  }
  return order;
})();

/**
 * The IJG quality (1–100) the JPEG was saved with, estimated from its first (luminance) DQT table:
 * how coarsely the encoder quantised is exactly how much detail it threw away. Null when the bytes
 * are not a JPEG or carry no table.
 */
export function jpegQuality(bytes: Uint8Array | undefined): number | null {
  if (!bytes || bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  let p = 2;
  while (p + 4 <= bytes.length) {
    if (bytes[p] !== 0xff) return null;
    const marker = bytes[p + 1];
    const len = (bytes[p + 2] << 8) | bytes[p + 3];
    if (marker === 0xda || marker === 0xd9) return null;
    if (marker === 0xdb) {
      const pq = bytes[p + 4] >> 4;
      // Entries clipped at 255 (8-bit tables at low quality) no longer show the scale; skip them.
      const ratios: number[] = [];
      for (let k = 0; k < 64; k++) {
        const q = pq ? (bytes[p + 5 + 2 * k] << 8) | bytes[p + 6 + 2 * k] : bytes[p + 5 + k];
        if (q < 255 || k === 0) ratios.push((q / STD_LUMA[ZIGZAG[k]]) * 100);
      }
      ratios.sort((a, b) => a - b);
      const scale = ratios[ratios.length >> 1];
      const q = scale <= 100 ? (200 - scale) / 2 : 5000 / scale;
      return Math.max(1, Math.min(100, Math.round(q)));
    }
    p += 2 + len;
  }
  return null;
}
