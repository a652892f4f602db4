import {
  concatTransformationMatrix,
  drawObject,
  PDFDocument,
  popGraphicsState,
  pushGraphicsState,
  StandardFonts,
} from 'pdf-lib';
import sharp from 'sharp';

/** A4 in PDF points. */
const A4: [number, number] = [595.28, 841.89];

/** A JPEG of paper: flat white, or white with sensor-like noise (±`noise` levels). */
export async function paperJpeg(width: number, height: number, noise = 0, seed = 1): Promise<Uint8Array> {
  const raw = Buffer.alloc(width * height * 3, 245);
  if (noise > 0) {
    let s = seed;
    for (let i = 0; i < raw.length; i++) {
      s = (s * 1103515245 + 12345) & 0x7fffffff; // deterministic noise
      raw[i] = Math.min(255, 245 + ((s >> 8) % (2 * noise + 1)) - noise);
    }
  }
  return new Uint8Array(await sharp(raw, { raw: { width, height, channels: 3 } }).jpeg({ quality: 75 }).toBuffer());
}

/** The JPEG with its frame header (SOFn) rewritten to claim another size; the scan data stays tiny. */
export function withFrameSize(jpeg: Uint8Array, width: number, height: number): Uint8Array {
  const b = Buffer.from(jpeg);
  for (let i = 2; i + 8 < b.length; ) {
    const marker = b[i + 1]!;
    if (marker >= 0xc0 && marker <= 0xc2) {
      b.writeUInt16BE(height, i + 5);
      b.writeUInt16BE(width, i + 7);
      return new Uint8Array(b);
    }
    i += 2 + b.readUInt16BE(i + 2);
  }
  throw new Error('no frame header');
}

export interface PageSpec {
  /** A JPEG drawn over the whole page, its dictionary claiming `declared` (default: its real size). */
  jpeg?: Uint8Array;
  declared?: { width: number; height: number };
  /** Lines of born-digital text. */
  text?: string[];
}

/** A PDF of A4 pages, each one JPEG (with whatever size its dictionary claims) and/or text. */
export async function makePdf(pages: PageSpec[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const spec of pages) {
    const page = doc.addPage(A4);
    if (spec.jpeg) {
      const size = spec.declared ?? (await sharp(spec.jpeg).metadata());
      // Built by hand, not with embedJpg: pdf-lib would take the size from the JPEG's own header.
      const image = doc.context.register(
        doc.context.stream(spec.jpeg, {
          Type: 'XObject',
          Subtype: 'Image',
          Width: size.width,
          Height: size.height,
          ColorSpace: 'DeviceRGB',
          BitsPerComponent: 8,
          Filter: 'DCTDecode',
        }),
      );
      const name = page.node.newXObject('Scan', image);
      page.pushOperators(pushGraphicsState(), concatTransformationMatrix(A4[0], 0, 0, A4[1], 0, 0), drawObject(name), popGraphicsState());
    }
    spec.text?.forEach((line, i) => page.drawText(line, { x: 72, y: A4[1] - 100 - i * 22, size: 12, font }));
  }
  return doc.save();
}

/**
 * A one-page PDF whose content stream is `mb` MB of drawing operators squeezed twice through
 * FlateDecode (a filter array, as PDF allows): a few KB on disk, `mb` MB to parse (B10).
 */
export async function makeContentBomb(mb: number): Promise<Uint8Array> {
  const { deflateSync } = await import('node:zlib');
  const op = Buffer.from('0 0 m 1 1 l S\n');
  const plain = Buffer.alloc(mb * 1024 * 1024);
  for (let i = 0; i < plain.length; i += op.length) op.copy(plain, i);
  const twice = deflateSync(deflateSync(plain, { level: 9 }), { level: 9 });
  const doc = await PDFDocument.create();
  const page = doc.addPage(A4);
  const stream = doc.context.stream(twice, { Filter: ['FlateDecode', 'FlateDecode'].map((f) => doc.context.obj(f)) as never, Length: twice.length });
  page.node.set(doc.context.obj('Contents') as never, doc.context.register(stream));
  return doc.save();
}

/** One image XObject drawn over an A4 page: `contents` as stored, under the dictionary `entries` (Filter, DecodeParms, sizes). */
export async function makeImagePdf(
  contents: Uint8Array,
  entries: { width: number; height: number; filter: string; bits?: number; colorSpace?: string; decodeParms?: Record<string, unknown>; globals?: Uint8Array },
): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage(A4);
  const parms: Record<string, unknown> = { ...entries.decodeParms };
  if (entries.globals) parms.JBIG2Globals = doc.context.register(doc.context.flateStream(entries.globals));
  const image = doc.context.register(
    doc.context.stream(contents, {
      Type: 'XObject',
      Subtype: 'Image',
      Width: entries.width,
      Height: entries.height,
      ColorSpace: entries.colorSpace ?? 'DeviceGray',
      BitsPerComponent: entries.bits ?? 1,
      Filter: entries.filter,
      ...(Object.keys(parms).length ? { DecodeParms: doc.context.obj(parms as never) } : {}),
    }),
  );
  const name = page.node.newXObject('Scan', image);
  page.pushOperators(pushGraphicsState(), concatTransformationMatrix(A4[0], 0, 0, A4[1], 0, 0), drawObject(name), popGraphicsState());
  return doc.save();
}

/** JBIG2 segments as PDF embeds them (no file header): each a type, its data, a page association of 1. */
export function jbig2Segments(segments: { type: number; data: Uint8Array }[]): Uint8Array {
  const parts = segments.map(({ type, data }, n) => {
    const head = Buffer.alloc(11);
    head.writeUInt32BE(n, 0); // segment number
    head[4] = type; // flags: type, 1-byte page association
    head[5] = 0; // refers to no segment
    head[6] = 1; // page 1
    head.writeUInt32BE(data.length, 7);
    return Buffer.concat([head, data]);
  });
  return new Uint8Array(Buffer.concat(parts));
}

/** A page-information segment's data (type 48): width, height, 72 dpi, default flags. */
export function jbig2PageInfo(width: number, height: number): Uint8Array {
  const b = Buffer.alloc(19);
  b.writeUInt32BE(width, 0);
  b.writeUInt32BE(height, 4);
  b.writeUInt32BE(72, 8);
  b.writeUInt32BE(72, 12);
  return new Uint8Array(b);
}

/** An immediate lossless generic-region segment's data (type 39): region info, MMR-coded, then `coded` bytes. */
export function jbig2GenericRegion(width: number, height: number, coded: Uint8Array = new Uint8Array(16)): Uint8Array {
  const b = Buffer.alloc(18);
  b.writeUInt32BE(width, 0);
  b.writeUInt32BE(height, 4);
  b[17] = 1; // MMR
  return new Uint8Array(Buffer.concat([b, coded]));
}

/** A pattern-dictionary segment's data (type 16): flags, pattern width and height, largest index. */
export function jbig2PatternDictionary(width: number, height: number, maxIndex: number): Uint8Array {
  const b = Buffer.alloc(7 + 16);
  b[0] = 1; // MMR
  b[1] = width;
  b[2] = height;
  b.writeUInt32BE(maxIndex, 3);
  return new Uint8Array(b);
}
