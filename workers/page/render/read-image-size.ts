/**
 * The size a compressed image really decodes to, read from its own headers (never decoded). A
 * JPEG's or JPEG 2000's dictionary /Width and /Height are only a claim: pdf.js decodes the frame
 * its header gives (its JpegImage reads SOF and DNL, its JpxImage reads SIZ), so a 20000² JPEG can
 * claim 1000² in its dictionary and pass the declared-size cap.
 */
export interface PixelSize {
  width: number;
  height: number;
}

/**
 * A JPEG's frame size: the SOFn segment found by walking the marker segments from SOI (as
 * pdf.js does, after skipping any bytes before SOI), and the tallest DNL marker after the first
 * SOS (a DNL redefines the height, and pdf.js then decodes that many lines). Bytes between
 * segments are skipped as pdf.js skips them. Null when there is no SOI or no frame header before
 * the scan data: pdf.js cannot decode such a stream either.
 */
export function jpegFrameSize(bytes: Uint8Array): PixelSize | null {
  let i = indexOfPair(bytes, 0xff, 0xd8, 0);
  if (i < 0) return null;
  i += 2;
  let frame: PixelSize | null = null;
  while (i + 1 < bytes.length) {
    const marker = bytes[i + 1]!;
    if (bytes[i] === 0xff && marker === 0xff) {
      i++; // fill byte
      continue;
    }
    if (bytes[i] === 0xff && (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7))) {
      i += 2; // standalone markers carry no length
      continue;
    }
    if (bytes[i] !== 0xff || marker < 0xc0) {
      // Unexpected data between segments: pdf.js skips to the next marker (FF C0–FE), so do we.
      i = nextMarker(bytes, i);
      if (i < 0) return frame;
      continue;
    }
    if (marker === 0xd9) break;
    if (i + 3 >= bytes.length) return null;
    const length = (bytes[i + 2]! << 8) | bytes[i + 3]!;
    if (length < 2) return null;
    if (isStartOfFrame(marker)) {
      if (i + 8 >= bytes.length) return null;
      const next = { height: (bytes[i + 5]! << 8) | bytes[i + 6]!, width: (bytes[i + 7]! << 8) | bytes[i + 8]! };
      // pdf.js refuses a second frame; the larger one is the bound either way.
      if (!frame || next.width * next.height > frame.width * frame.height) frame = next;
    }
    if (marker === 0xda) {
      if (!frame) return null;
      return { width: frame.width, height: Math.max(frame.height, tallestDnl(bytes, i + 2 + length)) };
    }
    i += 2 + length;
  }
  return frame;
}

function nextMarker(bytes: Uint8Array, from: number): number {
  for (let i = bytes.indexOf(0xff, from); i >= 0 && i + 1 < bytes.length; i = bytes.indexOf(0xff, i + 1)) {
    if (bytes[i + 1]! >= 0xc0 && bytes[i + 1]! <= 0xfe) return i;
  }
  return -1;
}

/** SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC), which share the range. */
function isStartOfFrame(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
}

/**
 * In entropy-coded data a 0xFF is always stuffed (FF 00) or a marker, so FF DC there is a DNL
 * marker (FF DC, length 4, lines). One linear pass over bytes already in memory.
 */
function tallestDnl(bytes: Uint8Array, from: number): number {
  let tallest = 0;
  for (let i = indexOfPair(bytes, 0xff, 0xdc, from); i >= 0; i = indexOfPair(bytes, 0xff, 0xdc, i + 2)) {
    if (i + 5 < bytes.length) tallest = Math.max(tallest, (bytes[i + 4]! << 8) | bytes[i + 5]!);
  }
  return tallest;
}

/**
 * A JPEG 2000 image's size from its SIZ marker segment (FF 51), found the way pdf.js's
 * JpxImage.parseImageProperties finds it: the first FF 51 in the stream, in a JP2 file or a bare
 * codestream alike. Null when there is none.
 */
export function jpxImageSize(bytes: Uint8Array): PixelSize | null {
  const i = indexOfPair(bytes, 0xff, 0x51, 0);
  if (i < 0 || i + 21 >= bytes.length) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const x = view.getUint32(i + 6);
  const y = view.getUint32(i + 10);
  const x0 = view.getUint32(i + 14);
  const y0 = view.getUint32(i + 18);
  return { width: Math.max(0, x - x0), height: Math.max(0, y - y0) };
}

function indexOfPair(bytes: Uint8Array, a: number, b: number, from: number): number {
  for (let i = bytes.indexOf(a, from); i >= 0 && i + 1 < bytes.length; i = bytes.indexOf(a, i + 1)) {
    if (bytes[i + 1] === b) return i;
  }
  return -1;
}

/**
 * Whether a JPEG stream ends: its EOI marker (FF D9) within its last 64 bytes (writers may pad
 * after it). A JPEG cut short (a failed transfer or a truncated file) has none; pdf.js would draw
 * what arrived and leave the rest of the page grey, so the page would be judged on half a scan.
 */
export function jpegHasEnd(bytes: Uint8Array): boolean {
  for (let i = bytes.length - 2; i >= Math.max(0, bytes.length - 64); i--) {
    if (bytes[i] === 0xff && bytes[i + 1] === 0xd9) return true;
  }
  return false;
}
