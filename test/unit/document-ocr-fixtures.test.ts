import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../workers/document/index.ts';
import type { PageText } from '../../workers/document/types.ts';

/** Real tesseract output (chi_sim+eng, psm 4) of generated scans, saved as PageText. */
function fixture(name: string): PageText {
  return JSON.parse(readFileSync(new URL(`../fixtures/ocr/${name}.json`, import.meta.url), 'utf8')) as PageText;
}

describe('extraction on real OCR output', () => {
  it('when a scanned 申报收入查询 has misread row numbers and a cut-off tax cell, then all 7 rows are exact and reconcile', () => {
    const f = extractDocument([fixture('p003-no-seal')], { declaredKind: null });
    expect(f.kind).toBe('income_query');
    expect(f.issuedOn).toBe('2021-08-20');
    expect(f.income.map((r) => [r.period, r.amount])).toEqual([
      ['2021-01', 17698.61], ['2021-02', 18774.1], ['2021-03', 17802.72], ['2021-04', 18248.37],
      ['2021-05', 16987.27], ['2021-06', 16817.64], ['2021-07', 17165.85],
    ]);
    expect(new Set(f.income.map((r) => `${r.item}|${r.payer}`))).toEqual(new Set(['正常工资薪金|北京博远生物技术股份有限公司']));
    expect(f.totals.income).toEqual({ records: null, amount: 123494.56, reconciled: true });
    expect(f.unreadRows).toEqual({ income: 0, taxes: 0 });
  });

  it('when a scanned 纳税记录 has a handwritten note over the table, then all 11 rows are exact and the garbled capital total is skipped for the figure', () => {
    const f = extractDocument([fixture('p001-full-hand')], { declaredKind: null });
    expect(f.kind).toBe('tax_record');
    expect(f.taxes).toHaveLength(11);
    expect(f.taxes[0]).toMatchObject({ period: '2020-09', amount: 372.48, paidOn: '2020-10-14', item: '工资薪金所得' });
    expect(f.taxes[10]).toMatchObject({ period: '2021-07', amount: 1284.61, paidOn: '2021-08-14' });
    expect(f.totals.taxes).toEqual({ records: null, amount: 9598.57, reconciled: true });
    expect(f.issuedOn).toBe('2021-08-20');
    expect(f.parties.employeeIdNumber).toBe('230103198404139580');
  });

  it('when a scanned labour contract is read, then term, employer, credit code, ID and signing date are exact', () => {
    const f = extractDocument([fixture('p024-contract-fingerprint')], { declaredKind: 'labor_contract' });
    expect(f.term).toMatchObject({ start: '2019-12-20', end: '2022-12-20', openEnded: false, page: 1 });
    expect(f.parties).toMatchObject({
      employer: '北京东方启明咨询有限公司',
      employerCreditCode: '91110115PY927YJWCJ',
      employeeIdNumber: '37020219891120392X',
      dispatch: false,
    });
    expect(f.issuedOn).toBe('2019-12-13');
  });

  it('when a scanned ID card is read, then validity, holder and issue date are exact', () => {
    const f = extractDocument([fixture('p023-id-emblem')], { declaredKind: null });
    expect(f.kind).toBe('id_card');
    expect(f.term).toMatchObject({ start: '2016-08-20', end: '2026-08-20', openEnded: false });
    expect(f.parties).toMatchObject({ employee: '冯勇', employeeIdNumber: '110114199407021787' });
    expect(f.issuedOn).toBe('2016-08-20');
  });
});
