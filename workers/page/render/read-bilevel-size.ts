import type { PixelSize } from './read-image-size.ts';

/**
 * The largest bitmap a JBIG2 or CCITT stream makes its decoder allocate, read from headers only.
 * A 1-bit scan's dictionary /Width and /Height are only a claim here as well: pdf.js's JBIG2
 * decoder allocates the page its page-information segment gives, and every region, pattern
 * collection and halftone grid at the size its own header gives; its CCITT decoder allocates
 * coding lines of /Columns (from /DecodeParms, default 1728) whatever the dictionary says.
 */

/** JBIG2 segment types whose data starts with region segment information (width, height, x, y). */
const REGION_TYPES = new Set([4, 6, 7, 20, 22, 23, 36, 38, 39, 40, 42, 43]);
const REGION_INFO_BYTES = 17;
const PAGE_INFORMATION = 48;
const PATTERN_DICTIONARY = 16;
const END_OF_FILE = 51;

/**
 * The largest area among a JBIG2 stream's page, regions, pattern collections and halftone grids
 * (an embedded stream: segments without the file header, as PDF carries them; `globals` is the
 * /JBIG2Globals stream, read first as pdf.js reads it). Null when a segment header cannot be
 * read: pdf.js cannot decode such a stream either.
 */
export function jbig2LargestBitmap(data: Uint8Array, globals?: Uint8Array): PixelSize | null {
  let largest: PixelSize = { width: 0, height: 0 };
  for (const chunk of globals ? [globals, data] : [data]) {
    const sizes = jbig2Sizes(chunk);
    if (!sizes) return null;
    for (const s of sizes) if (s.width * s.height > largest.width * largest.height) largest = s;
  }
  return largest;
}

function jbig2Sizes(data: Uint8Array): PixelSize[] | null {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const u32 = (at: number) => (at + 4 <= data.length ? view.getUint32(at) : NaN);
  const sizes: PixelSize[] = [];
  let at = 0;
  while (at < data.length) {
    const header = segmentHeader(data, at, u32);
    if (!header) return null;
    const { type, start } = header;
    if (type === PAGE_INFORMATION) {
      const height = u32(start + 4);
      // An unknown height (striped page) makes pdf.js allocate nothing for the page itself.
      sizes.push({ width: u32(start), height: height === 0xffffffff ? 0 : height });
    } else if (REGION_TYPES.has(type)) {
      sizes.push({ width: u32(start), height: u32(start + 4) });
      if (type === 22 || type === 23) {
        const grid = start + REGION_INFO_BYTES + 1;
        sizes.push({ width: u32(grid), height: u32(grid + 4) });
      }
    } else if (type === PATTERN_DICTIONARY) {
      // Patterns sit side by side in one collective bitmap: (max index + 1) × width by height.
      sizes.push({ width: (u32(start + 3) + 1) * (data[start + 1] ?? NaN), height: data[start + 2] ?? NaN });
    }
    if (sizes.some((s) => Number.isNaN(s.width) || Number.isNaN(s.height))) return null;
    // A segment of unknown length (an immediate generic region read to its end) is the last we can size.
    if (header.length === 0xffffffff || type === END_OF_FILE) break;
    at = start + header.length;
  }
  return sizes;
}

/** One segment header (JBIG2, ITU-T T.88 §7.2), as pdf.js's readSegmentHeader reads it. */
function segmentHeader(
  data: Uint8Array,
  at: number,
  u32: (at: number) => number,
): { type: number; start: number; length: number } | null {
  const number = u32(at);
  const flags = data[at + 4];
  const referred = data[at + 5];
  if (Number.isNaN(number) || flags === undefined || referred === undefined) return null;
  let count = referred >> 5;
  let pos = at + 6;
  if (count === 7) {
    count = u32(at + 5) & 0x1fffffff;
    pos = at + 9 + ((count + 8) >> 3);
  } else if (count === 5 || count === 6) {
    return null;
  }
  pos += count * (number <= 256 ? 1 : number <= 65536 ? 2 : 4);
  pos += flags & 0x40 ? 4 : 1;
  const length = u32(pos);
  if (Number.isNaN(length)) return null;
  return { type: flags & 0x3f, start: pos + 4, length };
}

/**
 * A CCITT stream's bitmap: /Columns wide (default 1728) and /Rows tall when given, else as tall as
 * the dictionary claims (pdf.js reads that many bits of it).
 */
export function ccittBitmap(params: { columns?: number; rows?: number }, declaredHeight: number): PixelSize {
  return { width: params.columns ?? 1728, height: Math.max(params.rows ?? 0, declaredHeight) };
}
