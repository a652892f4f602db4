/**
 * Scans as a scanner's "save as PDF" writes them: one JPEG per page, the page the physical size of
 * the scanned area (A4 for a sheet cropped to its edges). Phone photos have no physical size; they
 * get an A4-wide page of the photo's aspect, as phone "scan to PDF" apps do.
 */
import { PDFDocument } from 'pdf-lib';

export interface PdfImage {
  jpeg: Uint8Array;
  widthPx: number;
  heightPx: number;
  dpi: number;
  /** A photo: no physical size, fit to the A4 width. */
  photo?: boolean;
}

const A4_WIDTH_PT = 595.28;
/** Fixed so the bytes depend on the pages only. */
const STAMP = new Date(Date.UTC(2020, 0, 1));

export async function jpegsToPdf(images: PdfImage[], producer: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setProducer(producer);
  doc.setCreator(producer);
  doc.setCreationDate(STAMP);
  doc.setModificationDate(STAMP);
  for (const im of images) {
    const img = await doc.embedJpg(im.jpeg);
    const w = im.photo ? A4_WIDTH_PT : (im.widthPx * 72) / im.dpi;
    const h = im.photo ? (A4_WIDTH_PT * im.heightPx) / im.widthPx : (im.heightPx * 72) / im.dpi;
    const page = doc.addPage([w, h]);
    page.drawImage(img, { x: 0, y: 0, width: w, height: h });
  }
  return doc.save({ useObjectStreams: false });
}
