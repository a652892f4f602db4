import { PDFDocument, PDFName, PDFRawStream, PDFDict, PDFArray, PDFNumber, decodePDFRawStream } from 'pdf-lib';

export interface EmbeddedJpeg {
  jpeg: Uint8Array;
  pixelWidth: number;
  pixelHeight: number;
}

/**
 * A scanner's PDF page is one JPEG drawn over the whole page. When a page is exactly that (one
 * DCTDecode image XObject and no text operators), hand back the original JPEG bytes: no decode in
 * pdf.js (~0.4 s/page), no re-encode, and exactly the pixels the scanner produced.
 */
export function findEmbeddedJpeg(doc: PDFDocument, pageIndex: number): EmbeddedJpeg | null {
  const page = doc.getPage(pageIndex);
  const resources = page.node.Resources();
  const xobjects = resources?.lookupMaybe(PDFName.of('XObject'), PDFDict);
  if (!xobjects) return null;
  const images: PDFRawStream[] = [];
  for (const [, ref] of xobjects.entries()) {
    const obj = doc.context.lookup(ref);
    if (!(obj instanceof PDFRawStream)) return null; // forms or unusual objects: render instead
    const subtype = obj.dict.get(PDFName.of('Subtype'));
    if (subtype !== PDFName.of('Image')) return null;
    images.push(obj);
  }
  if (images.length !== 1) return null;
  const image = images[0]!;
  const filter = image.dict.get(PDFName.of('Filter'));
  const filters = filter instanceof PDFArray ? filter.asArray() : [filter];
  if (filters.length !== 1 || filters[0] !== PDFName.of('DCTDecode')) return null;
  if (pageHasText(page.node.Contents(), doc)) return null;
  const w = image.dict.get(PDFName.of('Width'));
  const h = image.dict.get(PDFName.of('Height'));
  if (!(w instanceof PDFNumber) || !(h instanceof PDFNumber)) return null;
  return { jpeg: image.contents, pixelWidth: w.asNumber(), pixelHeight: h.asNumber() };
}

function pageHasText(contents: unknown, doc: PDFDocument): boolean {
  const streams: unknown[] = contents instanceof PDFArray ? contents.asArray().map((r) => doc.context.lookup(r)) : [contents];
  for (const s of streams) {
    if (!(s instanceof PDFRawStream)) continue;
    let bytes: Uint8Array;
    try {
      bytes = decodePDFRawStream(s).decode();
    } catch {
      return true; // cannot tell: take the safe (rendering) path
    }
    if (/(^|\s)BT(\s|$)/.test(Buffer.from(bytes).toString('latin1'))) return true;
  }
  return false;
}
