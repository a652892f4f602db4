import { constants, inflateSync } from 'node:zlib';
import { PDFArray, PDFDict, PDFName, PDFNumber, PDFRawStream, type PDFDocument, type PDFObject } from 'pdf-lib';
import { InvalidDocumentError } from './limits.ts';
import { ccittBitmap, jbig2LargestBitmap } from './read-bilevel-size.ts';
import { jpegFrameSize, jpegHasEnd, jpxImageSize, type PixelSize } from './read-image-size.ts';

/**
 * Every image in the file against the pixel cap, before pdf.js decodes any of them. pdf.js only
 * honours its own `maxImageSize` by dropping the image (the page then renders blank, or as its
 * text alone, and would pass), and it bounds only the dictionary's claim, not the JPEG it decodes.
 *
 * Every image stream in the file is checked, drawn or not: following what a page draws through
 * forms, patterns, annotations, Type3 glyphs and soft masks is longer and misses what it does not
 * follow, and a scan has no business carrying an image larger than the cap. Headers only: the
 * dictionary, a JPEG's SOF/DNL and its end marker (a JPEG cut short is `image_corrupt`), a JPEG
 * 2000's SIZ, a JBIG2 stream's page, region, pattern and halftone-grid sizes (with its globals),
 * a CCITT stream's /Columns and /Rows; nothing is decoded.
 *
 * `encrypted`: streams are ciphertext, so only the dictionaries (never encrypted) can be read.
 */
export function checkImageSizes(doc: PDFDocument, maxPixels: number, opts: { maxStreamBytes: number }): void {
  const encrypted = doc.isEncrypted;
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFRawStream)) continue;
    const dict = obj.dict;
    if (lookup(doc, dict.get(PDFName.of('Subtype'))) === PDFName.of('Form')) continue;
    const width = numberOf(doc, dict.get(PDFName.of('Width')));
    const height = numberOf(doc, dict.get(PDFName.of('Height')));
    if (width === null || height === null) continue;
    if (width * height > maxPixels) {
      throw new InvalidDocumentError('image_too_large', `declared ${width}x${height}`);
    }
    if (encrypted) continue;
    const real = encodedSize(doc, obj, height, opts.maxStreamBytes);
    if (real === 'not-an-encoded-image') continue;
    if (real === null) throw new InvalidDocumentError('image_corrupt', 'no readable image header');
    if (real.width * real.height > maxPixels) {
      throw new InvalidDocumentError('image_too_large', `encoded ${real.width}x${real.height}`);
    }
  }
}

/**
 * The size in the image's own header when its last filter is DCTDecode, JPXDecode or JBIG2Decode,
 * or in its decode parameters when it is CCITTFaxDecode; null when that header cannot be read. Only
 * FlateDecode may come before it (what a PDF writer would add), inflated up to `maxBytes`: a
 * deflate bomb is not expanded past that.
 */
function encodedSize(doc: PDFDocument, stream: PDFRawStream, declaredHeight: number, maxBytes: number): PixelSize | null | 'not-an-encoded-image' {
  const filters = filterNames(doc, stream.dict.get(PDFName.of('Filter')));
  const last = filters.at(-1);
  const params = decodeParams(doc, stream.dict.get(PDFName.of('DecodeParms')), filters.length - 1);
  if (last === 'CCITTFaxDecode' || last === 'CCF') {
    return ccittBitmap({ columns: numberOf(doc, params?.get(PDFName.of('Columns'))) ?? undefined, rows: numberOf(doc, params?.get(PDFName.of('Rows'))) ?? undefined }, declaredHeight);
  }
  const read = headerReader(doc, last, params, maxBytes);
  if (!read) return 'not-an-encoded-image';
  const bytes = decodeLeadingFilters(stream.contents, filters.slice(0, -1), maxBytes);
  return bytes && read(bytes);
}

function headerReader(doc: PDFDocument, filter: string | undefined, params: PDFDict | undefined, maxBytes: number): ((b: Uint8Array) => PixelSize | null) | null {
  if (filter === 'DCTDecode' || filter === 'DCT') return (b) => (jpegHasEnd(b) ? jpegFrameSize(b) : null);
  if (filter === 'JPXDecode') return jpxImageSize;
  if (filter !== 'JBIG2Decode') return null;
  const globalsRef = lookup(doc, params?.get(PDFName.of('JBIG2Globals')));
  if (globalsRef === undefined) return (b) => jbig2LargestBitmap(b);
  if (!(globalsRef instanceof PDFRawStream)) return () => null;
  const globals = decodeLeadingFilters(globalsRef.contents, filterNames(doc, globalsRef.dict.get(PDFName.of('Filter'))), maxBytes);
  return (b) => (globals ? jbig2LargestBitmap(b, globals) : null);
}

/** The stream through its FlateDecode filters; null for any other filter, a corrupt stream or one inflating past `maxBytes`. */
function decodeLeadingFilters(contents: Uint8Array, filters: string[], maxBytes: number): Uint8Array | null {
  let bytes = contents;
  for (const f of filters) {
    if (f !== 'FlateDecode' && f !== 'Fl') return null;
    try {
      // Z_SYNC_FLUSH: a truncated stream yields what it has (as pdf.js reads it), not an error.
      bytes = inflateSync(bytes, { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: maxBytes });
    } catch {
      return null; // corrupt, or inflating past the file size limit
    }
  }
  return bytes;
}

/** The decode parameters of the filter at `index` (one dictionary, or an array aligned with the filters). */
function decodeParams(doc: PDFDocument, value: PDFObject | undefined, index: number): PDFDict | undefined {
  const v = lookup(doc, value);
  const item = v instanceof PDFArray ? lookup(doc, v.asArray()[index]) : v;
  return item instanceof PDFDict ? item : undefined;
}

function filterNames(doc: PDFDocument, value: PDFObject | undefined): string[] {
  const v = lookup(doc, value);
  const items = v instanceof PDFArray ? v.asArray().map((x) => lookup(doc, x)) : v ? [v] : [];
  return items.map((x) => (x instanceof PDFName ? x.decodeText() : '?'));
}

function numberOf(doc: PDFDocument, value: PDFObject | undefined): number | null {
  const v = lookup(doc, value);
  return v instanceof PDFNumber ? v.asNumber() : null;
}

function lookup(doc: PDFDocument, value: PDFObject | undefined): PDFObject | undefined {
  return value === undefined ? undefined : doc.context.lookup(value);
}
