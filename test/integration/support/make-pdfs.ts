import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';

/**
 * A one-scan-per-page PDF like the ones employers upload: an A4 page at 150 dpi holding one JPEG
 * with dark bars where lines of text would be. Small, so OCR in tests stays quick. Each `variant`
 * draws the bars a little differently: other bytes, so no stored page analysis is reused.
 */
export async function makeScanPdf(pages = 1, variant = 0): Promise<Uint8Array> {
  const width = 1240;
  const height = 1754;
  const bars = Array.from(
    { length: 12 },
    (_, i) => `<rect x="150" y="${200 + i * 90}" width="${500 + (i % 4) * 120 + ((variant * 7 + i) % 13) * variant}" height="28" fill="#222"/>`,
  ).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="#fafafa"/>${bars}</svg>`;
  const jpeg = await sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer();
  const doc = await PDFDocument.create();
  for (let i = 0; i < pages; i++) {
    const img = await doc.embedJpg(jpeg);
    const page = doc.addPage([595.28, 841.89]);
    page.drawImage(img, { x: 0, y: 0, width: 595.28, height: 841.89 });
  }
  return doc.save();
}

/**
 * A PDF under the standard security handler whose (empty) user password does not open it:
 * what a bank's "protected" statement looks like to the pipeline (B7).
 */
export function makeEncryptedPdf(): Uint8Array {
  const hex = (n: number, seed: number) =>
    Array.from({ length: n }, (_, i) => ((i * 37 + seed) % 256).toString(16).padStart(2, '0')).join('');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
    `<< /Filter /Standard /V 1 /R 2 /O <${hex(32, 11)}> /U <${hex(32, 101)}> /P -44 >>`,
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<${hex(16, 3)}> <${hex(16, 3)}>] >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}
