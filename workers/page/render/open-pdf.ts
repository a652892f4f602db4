import { createRequire } from 'node:module';
import path from 'node:path';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { getDocument } from './pdfjs.ts';
import { INPUT_LIMITS, InvalidDocumentError, type InputLimits } from './limits.ts';

const require = createRequire(import.meta.url);
const pdfjsRoot = path.dirname(require.resolve('pdfjs-dist/package.json'));
const asDir = (p: string) => path.join(pdfjsRoot, p) + path.sep;

/** Cheap checks before any parser sees the bytes (header at offset 0, no repair of broken files). */
export function checkPdfBytes(bytes: Uint8Array, limits: Pick<InputLimits, 'maxBytes'> = INPUT_LIMITS): void {
  if (bytes.length === 0) throw new InvalidDocumentError('empty_file');
  if (bytes.length > limits.maxBytes) throw new InvalidDocumentError('file_too_large');
  const head = Buffer.from(bytes.subarray(0, 8)).toString('latin1');
  if (!/^%PDF-[12]\./.test(head)) throw new InvalidDocumentError('not_a_pdf');
}

/**
 * Opens untrusted PDF bytes with pdf.js: no eval (CVE-2024-4367 class), no XFA, no scripting (that
 * needs a viewer), a cap on decoded image size, and errors stop parsing instead of being "repaired".
 */
export async function openPdf(bytes: Uint8Array, limits: InputLimits = INPUT_LIMITS): Promise<PDFDocumentProxy> {
  checkPdfBytes(bytes, limits);
  const task = getDocument({
    data: new Uint8Array(bytes), // pdf.js takes ownership of (detaches) the buffer it is given
    isEvalSupported: false,
    enableXfa: false,
    stopAtErrors: true,
    maxImageSize: limits.maxPixels,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
    cMapUrl: asDir('cmaps'),
    cMapPacked: true,
    standardFontDataUrl: asDir('standard_fonts'),
    wasmUrl: asDir('wasm'),
  });
  let doc: PDFDocumentProxy;
  try {
    doc = await task.promise;
  } catch (err) {
    await task.destroy().catch(() => {});
    const name = (err as { name?: string }).name;
    if (name === 'PasswordException') throw new InvalidDocumentError('pdf_encrypted');
    throw new InvalidDocumentError('pdf_malformed');
  }
  if (doc.numPages < 1) {
    await doc.destroy();
    throw new InvalidDocumentError('pdf_malformed', 'no pages');
  }
  if (doc.numPages > limits.maxPages) {
    await doc.destroy();
    throw new InvalidDocumentError('too_many_pages');
  }
  return doc;
}
