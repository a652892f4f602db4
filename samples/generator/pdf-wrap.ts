import { PDFDocument } from 'pdf-lib';

/**
 * Wraps page JPEGs as a scanner does: one DCT image per page, drawn over the whole MediaBox.
 * Metadata is left out (no dates, no producer) so the same pixels give the same bytes.
 */
export async function jpegsToPdf(pages: { jpeg: Uint8Array; pageIn: { w: number; h: number } }[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  for (const p of pages) {
    const img = await doc.embedJpg(p.jpeg);
    const w = p.pageIn.w * 72;
    const h = p.pageIn.h * 72;
    const page = doc.addPage([w, h]);
    page.drawImage(img, { x: 0, y: 0, width: w, height: h });
  }
  return doc.save({ useObjectStreams: false });
}
