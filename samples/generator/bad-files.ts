/**
 * Inputs the pipeline must refuse with FILE_INVALID, never crash on. Written as bytes so they
 * need nothing to generate.
 */
export function badFiles(): Record<string, Uint8Array> {
  const enc = new TextEncoder();
  // A JPEG header renamed .pdf (what users upload when they rename a photo).
  const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0xff, 0xd9]);
  const encrypted = enc.encode(
    '%PDF-1.4\n1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj\n2 0 obj <</Type/Pages/Kids[]/Count 0>> endobj\n3 0 obj <</Filter/Standard/V 2/R 3/Length 128/O <0000000000000000000000000000000000000000000000000000000000000000>/U <0000000000000000000000000000000000000000000000000000000000000000>/P -3904>> endobj\ntrailer <</Root 1 0 R/Encrypt 3 0 R/ID[<00112233445566778899aabbccddeeff><00112233445566778899aabbccddeeff>]/Size 4>>\n%%EOF\n',
  );
  return {
    'not-a-pdf.pdf': jpeg,
    'empty.pdf': new Uint8Array(0),
    'encrypted.pdf': encrypted,
    'truncated.pdf': enc.encode('%PDF-1.7\n1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj\n2 0 obj <</Type/Pa'),
    'notes.txt': enc.encode('这不是PDF文件。\n'),
  };
}
