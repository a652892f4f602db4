import { describe, expect, it } from 'vitest';
import type { PageReport } from '../../rules/contract/index.ts';
import { evaluateCase } from '../../rules/index.ts';
import { isBlankPage } from '../../workers/page/index.ts';
import { assembleDocument } from '../../workers/pipeline/assemble-document.ts';
import { isBlankDocument } from '../../workers/pipeline/blank-document.ts';
import { ocrPage } from './document-page-fixture.ts';
import { page } from './rules-fixtures.ts';

const undecided = { present: null, confidence: 0, boxes: [], text: null, matchesEmployer: null };
/** A scanned page as the page stage reports it with `inkPixels` clearly dark pixels at 150 dpi and nothing found on it. */
const scanned = (n: number, inkPixels: number | undefined, over: Partial<PageReport> = {}): PageReport =>
  page(n, {
    clarity: { ok: null, sharpness: null, contrast: 0, ...(inkPixels === undefined ? {} : { inkPixels }), reasons: [] },
    seal: { ...undecided, present: false },
    annotation: { present: false, complete: null, confidence: 0, text: null, box: null },
    signature: { present: false, box: null },
    ...over,
  });

describe('a blank page', () => {
  it.each([
    ['no ink at all', true, scanned(1, 0)],
    ['a few specks of dust (under three characters of ink)', true, scanned(1, 120)],
    ['a line of text', false, scanned(1, 2_000)],
    ['no ink count (a result stored before it was measured)', false, scanned(1, undefined)],
    ['almost no ink but a text layer', false, scanned(1, 0, { textSource: 'text-layer' })],
    ['almost no ink but a seal found', false, scanned(1, 200, { seal: { ...undecided, present: true } })],
    ['almost no ink but a signature found', false, scanned(1, 200, { signature: { present: true, box: null } })],
  ])('when the page shows %s, then blank is %s', (_, expected, report) => {
    expect(isBlankPage(report)).toBe(expected);
  });
});

describe('a blank document', () => {
  it.each([
    ['one blank page', true, [scanned(1, 0)]],
    ['three blank pages', true, [scanned(1, 0), scanned(2, 40), scanned(3, 0)]],
    ['a page of text and its blank back side', false, [scanned(1, 25_000), scanned(2, 0)]],
    ['no pages', false, []],
  ])('when the file is %s, then blank is %s', (_, expected, pages) => {
    expect(isBlankDocument(pages)).toBe(expected);
  });

  it('when every page is blank, then the document is FILE_INVALID blank_document in its declared slot, pages kept as evidence', () => {
    const report = assembleDocument({
      file: 'contract.pdf',
      sha256: null,
      declaredKind: 'labor_contract',
      pages: [1, 2].map((n) => ({ report: scanned(n, 0), text: ocrPage([], n) })),
    });
    expect(report).toMatchObject({ invalid: { reason: 'blank_document' }, kind: 'labor_contract', pageCount: 2 });
    expect(report.pages.map((p) => p.page)).toEqual([1, 2]);
    const flags = evaluateCase({ caseFields: null, documents: [report] }).flags;
    const invalid = flags.filter((f) => f.code === 'FILE_INVALID');
    expect(invalid).toMatchObject([{ severity: 'reject', file: 'contract.pdf', evidence: { value: 'blank_document' } }]);
    expect(invalid[0]!.message).toContain('空白');
  });

  it('when one page of two has text, then the document is read as usual', () => {
    const report = assembleDocument({
      file: 'contract.pdf',
      sha256: null,
      declaredKind: 'labor_contract',
      pages: [
        { report: scanned(1, 25_000), text: ocrPage(['劳动合同书', '甲方（用人单位）：北京某某科技有限公司'], 1) },
        { report: scanned(2, 0), text: ocrPage([], 2) },
      ],
    });
    expect(report.invalid).toBeNull();
    expect(report.pageCount).toBe(2);
  });
});
