import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../rules/document-checks.ts';
import type { DocumentReport } from '../../rules/contract/index.ts';
import { findActiveContent } from '../../workers/page/render/find-active-content.ts';

/** A one-page PDF, changed by `add` (which writes what a tool other than a scanner would), loaded back. */
async function pdfWith(add: (d: PDFDocument) => void): Promise<PDFDocument> {
  const d = await PDFDocument.create();
  d.addPage([595, 842]).drawText('scan');
  add(d);
  return PDFDocument.load(await d.save());
}

describe('active content a scanner never writes (B9)', () => {
  it.each([
    ['a plain page', () => {}, []],
    ['a JavaScript OpenAction written in place', (d: PDFDocument): void => d.catalog.set(PDFName.of('OpenAction'), d.context.obj({ S: 'JavaScript', JS: PDFString.of('app.alert(1)') })), ['javascript']],
    ['a document-level script in the names tree', (d: PDFDocument): void => d.catalog.set(PDFName.of('Names'), d.context.obj({ JavaScript: d.context.register(d.context.obj({ Names: [PDFString.of('x'), d.context.register(d.context.obj({ S: 'JavaScript', JS: PDFString.of('1') }))] })) })), ['javascript']],
    ['a page-open action that launches a program', (d: PDFDocument): void => d.getPage(0).node.set(PDFName.of('AA'), d.context.obj({ O: { S: 'Launch', F: PDFString.of('cmd.exe') } })), ['launch_action']],
    ['an XFA form', (d: PDFDocument): void => d.catalog.set(PDFName.of('AcroForm'), d.context.obj({ Fields: [], XFA: d.context.register(d.context.stream('<xdp/>')) })), ['xfa_form']],
    ['an embedded file', (d: PDFDocument): void => void d.attach(new TextEncoder().encode('MZ'), 'a.exe', { mimeType: 'application/octet-stream' }), ['embedded_file']],
  ] as const)('when the file carries %s, then %j', async (_what, add, expected) => {
    expect(findActiveContent(await pdfWith(add))).toEqual(expected);
  });

  it('when a document carries active content, then a review flag names it in words and its pages are judged as any other', () => {
    const doc = { file: 'a.pdf', invalid: null, declaredKind: null, kind: 'tax_record', kindConfidence: 1, activeContent: ['embedded_file', 'javascript'] } as unknown as DocumentReport;
    const [flag, ...rest] = checkDocument(doc);
    expect(rest).toEqual([]);
    expect(flag).toMatchObject({ code: 'FILE_ACTIVE_CONTENT', severity: 'review', evidence: { value: ['embedded_file', 'javascript'] } });
    expect(flag!.message).toContain('嵌入的附件、脚本');
    expect(flag!.message).not.toMatch(/[A-Z_]{5,}/);
    expect(checkDocument({ ...doc, activeContent: undefined })).toEqual([]);
  });
});
