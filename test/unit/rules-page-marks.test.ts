import { describe, expect, it } from 'vitest';
import type { DocumentReport, PageReport } from '../../rules/contract/index.ts';
import { evaluateCase } from '../../rules/index.ts';
import { doc, page } from './rules-fixtures.ts';

const bare = (d: DocumentReport) => evaluateCase({ caseFields: null, documents: [d] }).flags.filter((f) => f.code !== 'CASE_RULE_SKIPPED');
const seal = (present: boolean | null, matchesEmployer: boolean | null) => ({ present, confidence: 0.9, boxes: [], text: 'X公司', matchesEmployer });
const show = (flags: ReturnType<typeof bare>) => flags.map((f) => `${f.code}:${f.severity}:${f.page}`);

describe('per-page checks (五) on an income material', () => {
  it.each<[string, Partial<PageReport>, string[]]>([
    ['all marks present', {}, []],
    ['the page is blurred', { clarity: { ok: false, sharpness: 10, contrast: 0.5, reasons: ['blurred'] } }, ['SCAN_UNCLEAR:reject:2']],
    ['clarity undecided', { clarity: { ok: null, sharpness: null, contrast: null } }, ['SCAN_UNCLEAR:review:2']],
    ['the page is cut off', { edges: { ok: false, skewDeg: 0, cropped: true, reasons: ['cut_off'] } }, ['SCAN_EDGES:reject:2']],
    ['edges undecided', { edges: { ok: null, skewDeg: null, cropped: null } }, ['SCAN_EDGES:review:2']],
    ['no seal', { seal: seal(false, null) }, ['SEAL_MISSING:review:2']],
    ['seal undecided', { seal: seal(null, null) }, ['SEAL_MISSING:review:2']],
    ['another unit’s seal', { seal: seal(true, false) }, ['SEAL_MISMATCH:review:2']],
    ['seal text unreadable (page 1 carries the employer’s seal)', { seal: seal(true, null) }, []],
    ['no annotation', { annotation: { present: false, complete: null, confidence: 0.9, text: null, box: null } }, ['ANNOTATION_MISSING:review:2']],
    ['annotation undecided', { annotation: { present: null, complete: null, confidence: 0.3, text: null, box: null } }, ['ANNOTATION_MISSING:review:2']],
    ['partial annotation', { annotation: { present: true, complete: false, confidence: 0.9, text: '与原件一致', box: null } }, ['ANNOTATION_INCOMPLETE:review:2']],
    ['completeness undecided', { annotation: { present: true, complete: null, confidence: 0.5, text: null, box: null } }, ['ANNOTATION_INCOMPLETE:review:2']],
    ['no signature', { signature: { present: false, box: null } }, ['SIGNATURE_MISSING:review:2']],
    ['signature undecided', { signature: { present: null, box: null } }, ['SIGNATURE_MISSING:review:2']],
  ])('when %s on page 2, then %j', (_, over, expected) => {
    expect(show(bare(doc('tax_record', { pages: [page(1), page(2, over)], pageCount: 2 })))).toEqual(expected);
  });

  it('when the seal text is unread on every page, then review asks whether it is the employer’s', () => {
    const flags = bare(doc('tax_record', { pages: [page(1, { seal: seal(true, null) }), page(2, { seal: seal(true, null) })], pageCount: 2 }));
    expect(show(flags)).toEqual(['SEAL_MISMATCH:review:1', 'SEAL_MISMATCH:review:2']);
  });

  it.each(['北京中关村华信数据服务有限公', '北京中关村华倍数据服务有限公司'])('when the seal reads %s, a one-character slip of the employer’s name, then it is the employer’s seal', (text) => {
    const slip = { ...seal(true, false), text };
    const c = { caseFields: { id: 'seal-slip', employer: { name: '北京中关村华信数据服务有限公司' } }, documents: [doc('tax_record', { pages: [page(1, { seal: slip })] })] };
    expect(evaluateCase(c).flags.filter((f) => f.code.startsWith('SEAL'))).toEqual([]);
  });

  it('when the page is blurred, then the message names the page and what to do', () => {
    const [f] = bare(doc('income_query', { pages: [page(1), page(2, { clarity: { ok: false, sharpness: 1, contrast: 1, reasons: ['blurred'] } })] }));
    expect(f.message).toBe('请重新扫描第2页：图像模糊');
    expect(f.rule).toBe('五');
  });

  it('when a non-income page has no seal, then only scan quality is checked', () => {
    expect(bare(doc('hukou', { pages: [page(1, { seal: seal(false, null), signature: { present: false, box: null } })] }))).toEqual([]);
  });
});

describe('the labour contract carries the employer seal somewhere', () => {
  const contract = (...seals: ReturnType<typeof seal>[]) =>
    doc('labor_contract', { pages: seals.map((s, i) => page(i + 1, { seal: s })), pageCount: seals.length });
  it.each([
    ['on the last page', [seal(false, null), seal(true, true)], []],
    ['on the first page only', [seal(true, true), seal(false, null)], []],
    ['nowhere', [seal(false, null), seal(false, null)], ['SEAL_MISSING:review:2']],
    ['undecided on the last page', [seal(false, null), seal(null, null)], ['SEAL_MISSING:review:2']],
    ['another unit’s', [seal(false, null), seal(true, false)], ['SEAL_MISMATCH:review:2']],
    ['unreadable', [seal(false, null), seal(true, null)], ['SEAL_MISMATCH:review:2']],
  ] as const)('when the seal is %s, then %j', (_, seals, expected) => {
    expect(show(bare(contract(...seals)))).toEqual(expected);
  });
});

describe('documents', () => {
  it.each([
    ['not_a_pdf', '不是PDF文件'],
    ['pdf_encrypted', 'PDF已加密'],
  ])('when the file is invalid (%s), then FILE_INVALID says why and nothing else is checked', (reason, words) => {
    const flags = bare(doc('tax_record', { invalid: { reason }, pages: [page(1, { seal: seal(false, null) })] }));
    expect(show(flags)).toEqual(['FILE_INVALID:reject:null']);
    expect(flags[0].message).toContain(words);
  });

  it.each([
    [0.95, 'KIND_MISMATCH:reject:null'],
    [0.5, 'KIND_MISMATCH:review:null'],
  ])('when declared tax_record reads as a lease with confidence %d, then %s', (kindConfidence, expected) => {
    expect(show(bare(doc('lease_contract', { declaredKind: 'tax_record', kindConfidence, pages: [] })))).toEqual([expected]);
  });

  it('when there is no case, then case rules are skipped and say so', () => {
    const flags = evaluateCase({ caseFields: null, documents: [] }).flags;
    expect(flags.map((f) => `${f.code}:${f.severity}`)).toEqual(['CASE_RULE_SKIPPED:info']);
  });
});
