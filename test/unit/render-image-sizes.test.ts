import { deflateSync } from 'node:zlib';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkImageSizes } from '../../workers/page/render/check-image-sizes.ts';
import { jpegFrameSize, jpxImageSize } from '../../workers/page/render/read-image-size.ts';
import { InvalidDocumentError, INPUT_LIMITS } from '../../workers/page/render/limits.ts';
import { makePdf, paperJpeg, withFrameSize } from '../integration/support/make-invalid-pdfs.ts';

let jpeg: Uint8Array; // 64 × 48, a real one
let strip: Uint8Array; // 1000 × 8
beforeAll(async () => {
  jpeg = await paperJpeg(64, 48);
  strip = await paperJpeg(1000, 8);
});

/** The same JPEG with a DNL marker (FF DC, length 4, lines) placed in its scan data. */
function withDnl(bytes: Uint8Array, lines: number): Uint8Array {
  const eoi = bytes.length - 2;
  return new Uint8Array([...bytes.subarray(0, eoi), 0xff, 0xdc, 0x00, 0x04, lines >> 8, lines & 0xff, 0xff, 0xd9]);
}

/** A bare JPEG 2000 codestream head: SOC, then SIZ with the given extent and origin. */
function jpxHead(x: number, y: number, x0 = 0, y0 = 0): Uint8Array {
  const b = Buffer.alloc(2 + 2 + 2 + 2 + 16 + 24);
  b.writeUInt16BE(0xff4f, 0);
  b.writeUInt16BE(0xff51, 2);
  b.writeUInt16BE(41, 4);
  b.writeUInt16BE(0, 6);
  b.writeUInt32BE(x, 8);
  b.writeUInt32BE(y, 12);
  b.writeUInt32BE(x0, 16);
  b.writeUInt32BE(y0, 20);
  return new Uint8Array(b);
}

describe('the size a JPEG really decodes to, from its headers', () => {
  it.each([
    ['a plain JPEG', { width: 64, height: 48 }, () => jpeg],
    ['a frame header patched to 20000 × 20000', { width: 20000, height: 20000 }, () => withFrameSize(jpeg, 20000, 20000)],
    ['junk before SOI (pdf.js skips it too)', { width: 64, height: 48 }, () => new Uint8Array([0x00, 0x0a, ...jpeg])],
    ['junk between segments (pdf.js skips to the next marker)', { width: 64, height: 48 }, () => new Uint8Array([0xff, 0xd8, 0x00, 0x11, ...jpeg.subarray(2)])],
    ['a DNL marker redefining the height to 60000', { width: 64, height: 60000 }, () => withDnl(jpeg, 60000)],
    ['no SOI', null, () => jpeg.subarray(2)],
    ['the scan before any frame header', null, () => new Uint8Array([0xff, 0xd8, 0xff, 0xda, 0x00, 0x02, 0x00])],
    ['a broken segment chain', null, () => new Uint8Array([0xff, 0xd8, 0x12, 0x34])],
  ])('when the stream is %s, then its size is %j', (_, expected, bytes) => {
    expect(jpegFrameSize(bytes())).toEqual(expected);
  });

  it.each([
    ['a codestream of 20000 × 30000', { width: 20000, height: 30000 }, jpxHead(20000, 30000)],
    ['an extent with an origin', { width: 1000, height: 1000 }, jpxHead(1100, 1200, 100, 200)],
    ['no SIZ marker', null, new Uint8Array([0xff, 0x4f, 0x00, 0x00])],
  ])('when a JPEG 2000 stream is %s, then its size is %j', (_, expected, bytes) => {
    expect(jpxImageSize(bytes)).toEqual(expected);
  });
});

describe('every image in the file against the pixel cap', () => {
  const check = async (pdf: Uint8Array) => {
    const doc = await PDFDocument.load(pdf);
    try {
      checkImageSizes(doc, INPUT_LIMITS.maxPixels, { maxStreamBytes: INPUT_LIMITS.maxBytes });
      return 'ok';
    } catch (err) {
      if (err instanceof InvalidDocumentError) return err.reason;
      throw err;
    }
  };
  /** A page whose only image is `stream` filtered by `filters`, claiming `width` × `height`. */
  const pdfWithStream = async (stream: Uint8Array, filters: string[], width: number, height: number) => {
    const doc = await PDFDocument.create();
    const page = doc.addPage([200, 200]);
    const ref = doc.context.register(
      doc.context.stream(stream, { Type: 'XObject', Subtype: 'Image', Width: width, Height: height, ColorSpace: 'DeviceRGB', BitsPerComponent: 8, Filter: filters }),
    );
    page.node.newXObject('Im', ref);
    return doc.save();
  };

  it.each([
    ['a scan of its declared size', 'ok', () => makePdf([{ jpeg }])],
    ['an image whose dictionary claims 20000 × 20000', 'image_too_large', () => makePdf([{ jpeg, declared: { width: 20000, height: 20000 } }])],
    ['a JPEG claiming 1000 × 1000 whose frame is 20000 × 20000', 'image_too_large', () => makePdf([{ jpeg: withFrameSize(jpeg, 20000, 20000), declared: { width: 1000, height: 1000 } }])],
    ['such a JPEG on page 2 of 2, under text', 'image_too_large', () => makePdf([{ jpeg }, { jpeg: withFrameSize(jpeg, 20000, 20000), declared: { width: 1000, height: 1000 }, text: ['a page of text'] }])],
    ['a JPEG whose DNL makes it 64 × 60000 (3.8 MP): under the cap', 'ok', () => makePdf([{ jpeg: withDnl(jpeg, 60000), declared: { width: 64, height: 48 } }])],
    ['a 1000 × 8 JPEG whose DNL makes it 1000 × 60000', 'image_too_large', () => makePdf([{ jpeg: withDnl(strip, 60000), declared: { width: 1000, height: 8 } }])],
    ['a deflated JPEG (FlateDecode, DCTDecode) whose frame is 20000 × 20000', 'image_too_large', () => pdfWithStream(deflateSync(withFrameSize(jpeg, 20000, 20000)), ['FlateDecode', 'DCTDecode'], 64, 48)],
    ['a deflated JPEG of its declared size', 'ok', () => pdfWithStream(deflateSync(jpeg), ['FlateDecode', 'DCTDecode'], 64, 48)],
    ['a JPEG 2000 claiming 1000 × 1000 whose SIZ says 20000 × 30000', 'image_too_large', () => pdfWithStream(jpxHead(20000, 30000), ['JPXDecode'], 1000, 1000)],
    ['a DCTDecode stream without a JPEG in it', 'image_corrupt', () => pdfWithStream(new Uint8Array(64).fill(7), ['DCTDecode'], 64, 48)],
    ['an unfiltered image of 1000 × 1000', 'ok', () => pdfWithStream(new Uint8Array(16), [], 1000, 1000)],
  ])('when the file holds %s, then %s', async (_, expected, build) => {
    expect(await check(await build())).toBe(expected);
  });
});
