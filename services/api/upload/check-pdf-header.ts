import { open } from 'node:fs/promises';
import { HttpError } from '../http-error.ts';

/**
 * The header must be `%PDF-1.` or `%PDF-2.` at offset 0 (PDF 1.7/2.0 place it at byte 0; repairing readers hide truncation): readers that look for
 * it anywhere in the first 1024 bytes are what make polyglots possible, so we do not repair.
 * The Content-Type header and the file name are ignored.
 */
export async function checkPdfHeader(path: string, size: number): Promise<void> {
  if (size === 0) throw new HttpError(400, 'empty_file');
  const fh = await open(path, 'r');
  try {
    const head = Buffer.alloc(1024);
    const { bytesRead } = await fh.read(head, 0, 1024, 0);
    const text = head.subarray(0, bytesRead).toString('latin1');
    if (/^%PDF-[12]\./.test(text)) return;
    if (text.includes('%PDF-')) throw new HttpError(415, 'pdf_header_not_at_start');
    throw new HttpError(415, 'not_a_pdf');
  } finally {
    await fh.close();
  }
}
