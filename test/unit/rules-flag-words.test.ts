import { describe, expect, it } from 'vitest';
import type { CaseFields, DocumentReport, Flag } from '../../rules/contract/index.ts';
import { evaluateCase } from '../../rules/index.ts';
import { makeFlag } from '../../rules/flag.ts';
import { oneDoubtPerDocument } from '../../rules/one-doubt-per-document.ts';
import { flagLine } from '../../services/cli/format-summary.ts';
import { cleanNewCase, doc, page } from './rules-fixtures.ts';

type Case = { caseFields: CaseFields | null; documents: DocumentReport[] };
const CODE = /[A-Z]{2,}_[A-Z_]{2,}/;

function without(kinds: string[]): Case {
  const c = cleanNewCase();
  return { ...c, documents: c.documents.filter((d) => !kinds.includes(d.kind)) };
}

/** Cases that between them raise most codes: missing materials, doubts, skipped rules, page marks. */
const CASES: [string, () => Case][] = [
  ['a clean case', () => cleanNewCase()],
  ['no hukou and no degree certificate', () => without(['hukou', 'degree_certificate'])],
  ['no case fields', () => ({ caseFields: null, documents: [doc('income_query')] })],
  ['no application date', () => ({ ...cleanNewCase(), caseFields: { ...cleanNewCase().caseFields, applicationDate: undefined } })],
  ['no employer name', () => ({ ...cleanNewCase(), caseFields: { ...cleanNewCase().caseFields, employer: undefined } })],
  ['unreadable dates and term', () => {
    const c = cleanNewCase();
    return { ...c, documents: c.documents.map((d) => (d.kind === 'tax_record' ? { ...d, issuedOn: null } : d.kind === 'labor_contract' ? { ...d, term: null } : d)) };
  }],
  ['an income page with no seal, note or signature', () => {
    const c = cleanNewCase();
    const bare = page(1, {
      seal: { present: false, confidence: 0.99, boxes: [], text: null, matchesEmployer: null },
      annotation: { present: false, complete: null, confidence: 0.99, text: null, box: null },
      signature: { present: false, box: null, confidence: 0.99 },
    });
    return { ...c, documents: c.documents.map((d) => (d.kind === 'income_query' ? { ...d, pages: [bare] } : d)) };
  }],
];

const flagsOf = (make: () => Case): Flag[] => {
  const c = make();
  return evaluateCase({ caseFields: c.caseFields, documents: c.documents }).flags;
};

describe('words users read: flag messages and the summary line', () => {
  it.each(CASES)('when the case has %s, then no message holds a flag code, a clause or a placeholder clause', (_, make) => {
    for (const f of flagsOf(make)) {
      expect(f.message, f.code).not.toMatch(CODE);
      expect(f.message, f.code).not.toContain('指南');
      expect(f.rule, f.code).toMatch(/^[一二三四五]/);
      const line = flagLine(f);
      expect(line).not.toMatch(CODE);
      expect(line.match(/（指南/g), line).toHaveLength(1);
      expect(line).not.toContain('（指南—）');
    }
  });

  it.each([
    ['hukou', '  [不通过] 缺少户口本首页及本人页，请补充上传（指南五（二）1）'],
    ['degree_certificate', '  [不通过] 缺少学位证书，请补充上传（指南五（二）5（1））'],
    ['labor_contract', '  [不通过] 缺少劳动合同，请补充上传（指南五（一）1（2））'],
  ])('when %s is missing, then its MATERIAL_MISSING line cites the material\'s own clause once', (kind, expected) => {
    const lines = flagsOf(() => without([kind])).filter((f) => f.code === 'MATERIAL_MISSING').map(flagLine);
    expect(lines).toEqual([expected]);
  });

  it.each([
    ['no case fields', 2, '  [提示] income_query.pdf：未提供申请信息（申请类型、用人单位、申请日期），仅做逐页检查，未核对申请条件（指南二）'],
    ['no application date', 3, '  [提示] 申请信息缺少申请日期，未核对与日期相关的申请条件（指南四（一））'],
    ['no employer name', 4, '  [提示] income_query.pdf：申请未填写用人单位名称，未核对月均应税收入（指南二（二））'],
  ] as const)('when the case has %s, then CASE_RULE_SKIPPED names the clause of the rule it skipped', (_, i, expected) => {
    const skipped = flagsOf(CASES[i]![1]).filter((f) => f.code === 'CASE_RULE_SKIPPED');
    expect(skipped.map((f) => flagLine({ ...f, file: f.file ?? (i === 2 ? 'income_query.pdf' : null) }))).toEqual([expected]);
  });

  it('when a document\'s doubts are merged into one flag, then it cites each clause once', () => {
    const doubt = (clause: string, message: string) => makeFlag('EXTRACTION_UNCERTAIN', 'review', message, { clause, file: 'contract.pdf' });
    const [merged] = oneDoubtPerDocument([doubt('四（一）', '未能识别有效期限'), doubt('二（二）', '未能识别起始日期'), doubt('四（一）', '日期读取不确定')]);
    expect(merged!.rule).toBe('四（一）、二（二）');
    expect(flagLine(merged!).match(/（指南/g)).toHaveLength(1);
  });
});

describe('flag keys', () => {
  it.each(CASES)('when the rules run twice on %s, then every flag has the same unique key both times', (_, make) => {
    const a = flagsOf(make);
    const b = flagsOf(make);
    expect(a.map((f) => f.key)).toEqual(b.map((f) => f.key));
    expect(new Set(a.map((f) => f.key)).size).toBe(a.length);
    for (const f of a) expect(f.key).toMatch(/^[0-9a-f]{20}$/);
  });

  it('when a flag only changes wording or severity, then its key stays; when it is about another page, the key changes', () => {
    const [f] = flagsOf(CASES[6]![1]).filter((x) => x.code === 'SEAL_MISSING');
    const again = flagsOf(CASES[6]![1]).find((x) => x.code === 'SEAL_MISSING')!;
    expect(again.key).toBe(f!.key);
    const c = CASES[6]![1]();
    const moved = c.documents.map((d) => (d.kind === 'income_query' ? { ...d, pages: [page(1), { ...d.pages[0]!, page: 2 }], pageCount: 2 } : d));
    const other = evaluateCase({ caseFields: c.caseFields, documents: moved }).flags.find((x) => x.code === 'SEAL_MISSING')!;
    expect(other.page).toBe(2);
    expect(other.key).not.toBe(f!.key);
  });
});
