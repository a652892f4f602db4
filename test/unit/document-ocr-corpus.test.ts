import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractDocument, MIN_FIELD_CONFIDENCE } from '../../workers/document/index.ts';
import type { PageText } from '../../workers/document/types.ts';

/**
 * Real tesseract output of sample-corpus scans that the document stage used to get wrong: a seal
 * over the table, a garbled header, glued date ranges, dates with stray strokes, labels with slips.
 */
function fixture(name: string): PageText {
  return JSON.parse(readFileSync(new URL(`../fixtures/ocr/${name}.json`, import.meta.url), 'utf8')) as PageText;
}

describe('income rows under a seal (real OCR)', () => {
  it('when the seal garbles the 收入 header and hides periods, then the column still holds and lost periods are placed by print order, below full confidence', () => {
    const f = extractDocument([fixture('t1-base-income-seal-over-rows')], { declaredKind: null });
    const byPeriod = Object.fromEntries(f.income.map((r) => [r.period, r]));
    // The header reads "… 扣缴义务人  去  已申报税额": 收入 is still the first money column, never the tax.
    expect(f.income.every((r) => r.amount > 10000)).toBe(true);
    expect(byPeriod['2020-10']).toMatchObject({ amount: 16291.25 });
    expect(byPeriod['2020-12']).toMatchObject({ amount: 17214.99 });
    expect(byPeriod['2020-10'].confidence).toBeLessThan(0.9);
    // Rows whose 收入 cell is only seal debris are not guessed.
    expect(byPeriod['2020-08']).toBeUndefined();
    expect(byPeriod['2021-01']).toBeUndefined();
    expect(f.unreadRows?.income).toBe(2);
    expect(f.totals.income?.reconciled).toBe(false);
  });

  it('when a row lost its period and another reads "2020-]11", then the months fall in order and every read amount is exact', () => {
    const f = extractDocument([fixture('t1-marks-income-lost-periods')], { declaredKind: null });
    expect(f.income.slice(0, 4).map((r) => [r.period, r.amount])).toEqual([
      ['2020-08', 15594.79], ['2020-09', 15715.05], ['2020-10', 16291.25], ['2020-11', 16389.39],
    ]);
    expect(f.income).toHaveLength(10);
  });

  it('when one row reads the payer with an extra character, then it takes the name the other rows agree on', () => {
    const f = extractDocument([fixture('demo-income-query')], { declaredKind: null });
    expect(new Set(f.income.map((r) => r.payer))).toEqual(new Set(['北京中关村华信数据服务有限公司']));
    expect(f.totals.income?.reconciled).toBe(true);
  });
});

describe('tax rows with garbled dates (real OCR)', () => {
  it('when OCR glues a period range into one run ("2020090120200930"), then the period is still read and the rows reconcile', () => {
    const f = extractDocument([fixture('t1-gap-tax-glued-ranges')], { declaredKind: null });
    expect(f.taxes).toHaveLength(11);
    expect(f.taxes.find((r) => r.period === '2020-09')).toMatchObject({ amount: 271.95, paidOn: '2020-10-12' });
    expect(f.taxes.find((r) => r.period === '2021-02')).toMatchObject({ amount: 299.44, paidOn: '2021-03-10' });
    expect(f.totals.taxes?.reconciled).toBe(true);
  });

  it('when the 入库日期 cell is garbled, then paidOn is null rather than the 申报日期 beside it', () => {
    const f = extractDocument([fixture('p007-grey-scan')], { declaredKind: null });
    const nov = f.taxes.find((r) => r.period === '2020-11');
    expect(nov).toMatchObject({ amount: 289.82, paidOn: null });
    expect(f.taxes.every((r) => r.paidOn === null || r.paidOn >= `${r.period}-01`)).toBe(true);
    // "335513" lost its point and the total disagrees: that row goes to a reviewer.
    expect(f.taxes.find((r) => r.period === '2020-10')!.confidence).toBeLessThan(MIN_FIELD_CONFIDENCE);
  });

  it('when one amount under the seal reads "321", then the printed total gives it, flagged for review', () => {
    const f = extractDocument([fixture('t1-below-tax-clipped-amount')], { declaredKind: null });
    const aug = f.taxes.find((r) => r.period === '2020-08')!;
    expect(aug.amount).toBe(159.21);
    expect(aug.confidence).toBeLessThan(MIN_FIELD_CONFIDENCE);
    expect(f.taxes.filter((r) => r !== aug).every((r) => r.confidence >= 0.9)).toBe(true);
  });
});

describe('dates, terms and parties (real OCR)', () => {
  it('when the term start is unreadable ("2019年?月1日"), then the end is still read, as sure as its own reading, and the start left unread', () => {
    const f = extractDocument([fixture('t1-contract-soon-p1')], { declaredKind: null });
    expect(f.term).toMatchObject({ start: null, end: '2021-09-15', openEnded: false });
    expect(f.term!.confidence).toBeGreaterThanOrEqual(MIN_FIELD_CONFIDENCE);
  });

  it('when a stray "?" sits inside the end date ("2024年2?月29日"), then the demo contract term is complete', () => {
    const f = extractDocument([fixture('demo-contract-p1')], { declaredKind: null });
    expect(f.term).toMatchObject({ start: '2019-03-01', end: '2024-02-29', openEnded: false });
  });

  it('when the signing date reads "2019年0]月29日" and the credit code ends in V for W, then both are repaired', () => {
    const f = extractDocument([fixture('t1-contract-p1'), fixture('t1-contract-p2')], { declaredKind: null });
    expect(f.issuedOn).toBe('2019-01-29');
    expect(f.parties.employerCreditCode).toBe('91110115B21CPE24HW');
    expect(f.identifierChecks?.employerCreditCode).toBe(true);
  });

  it('when a lease reads "房屋坐落，" and "承租方 (Z方) :", then address and lessee are found and only the blank fields are missing', () => {
    const f = extractDocument([fixture('t1-lease-missing-p1')], { declaredKind: null });
    expect(f.parties).toMatchObject({ lessor: '徐强', lessee: '马伟', address: '北京市东城区龙水路8号院16号楼1单元1702室' });
    expect(f.blankFields).toEqual(['lessorIdNumber', 'lesseePhone']);
    expect(f.unreadLeaseFields).toEqual([]);
  });

  it('when a degree certificate gives the holder\'s birth date and an unreadable award date, then the issued date is null, not the birth date', () => {
    const f = extractDocument([fixture('t1-degree')], { declaredKind: null });
    expect(f.kind).toBe('degree_certificate');
    expect(f.parties.employee).toBe('马伟');
    expect(f.issuedOn).toBeNull();
  });

  it('when a register card prints the name in the next cell, then the holder is read', () => {
    const f = extractDocument([fixture('t1-hukou')], { declaredKind: null });
    expect(f.parties).toMatchObject({ employee: '马伟', employeeIdNumber: '510107199310229806' });
    expect(f.issuedOn).toBe('2010-06-22');
  });

  it('when the print header reads "2021/07103 15:55", then the issued date is 2021-07-03 with reduced confidence', () => {
    const f = extractDocument([fixture('t1-stale-income')], { declaredKind: null });
    expect(f.issuedOn).toBe('2021-07-03');
    expect(f.issuedOnConfidence).toBeLessThan(0.9);
  });
});

describe('headers, certificates and dates with slips (real OCR, regenerated corpus)', () => {
  it('when the tax header reads 税款所层期, then the table is still found and all 12 rows reconcile', () => {
    const f = extractDocument([fixture('t2-base-tax-header-slip')], { declaredKind: null });
    expect(f.taxes).toHaveLength(12);
    expect(f.taxes[0]).toMatchObject({ period: '2025-03', amount: 541.04, paidOn: '2025-04-12' });
    expect(f.totals.taxes?.reconciled).toBe(true);
  });

  it('when OCR returns the income table column by column and the header reads 税款所尾期, then rows are rebuilt and reconcile', () => {
    const f = extractDocument([fixture('t1-marks-income-column-lines')], { declaredKind: null });
    expect(f.income).toHaveLength(12);
    expect(f.income[0]).toMatchObject({ period: '2020-08', amount: 15594.79 });
    expect(f.totals.income?.reconciled).toBe(true);
  });

  it('when a 离职证明 is read, then the holder comes from 兹证明 and the unit from its signature line', () => {
    const f = extractDocument([fixture('t2-resignation')], { declaredKind: null });
    expect(f.kind).toBe('resignation_certificate');
    expect(f.parties).toMatchObject({ employee: '李涛', employeeIdNumber: '320106198702289123' });
    // The unit's name is read as OCR gives it (鼻厂 for 鼎盛); matching it is the rules' name tolerance.
    expect(f.parties.employer).toMatch(/^北京.+网络科技有限责任公司$/);
    expect(f.issuedOn).toBe('2026-02-27');
  });

  it('when a Chinese-numeral start year reads 三〇二五, then it is 2025 with reduced confidence', () => {
    const f = extractDocument([fixture('t2-contract-renewed')], { declaredKind: null });
    expect(f.term).toMatchObject({ start: '2025-07-01', end: '2028-07-01' });
    expect(f.term!.confidence).toBeLessThan(1);
  });

  it('when the end month reads "2022年]月31日", then the term ends 2022-01-31', () => {
    const f = extractDocument([fixture('t1-contract-other')], { declaredKind: null });
    expect(f.term).toMatchObject({ start: '2019-02-01', end: '2022-01-31' });
  });
});
