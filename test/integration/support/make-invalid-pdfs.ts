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
