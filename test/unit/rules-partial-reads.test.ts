import { describe, expect, it } from 'vitest';
import type { CaseFields, DocumentReport } from '../../rules/contract/index.ts';
import { evaluateCase } from '../../rules/index.ts';
import { payerReading } from '../../rules/names.ts';
import { itemReading } from '../../rules/income-rows.ts';
import { DOUBT_ACTION } from '../../rules/one-doubt-per-document.ts';
import { EMPLOYER, cleanNewCase, incomeRows, taxRows } from './rules-fixtures.ts';

type Case = { caseFields: CaseFields; documents: DocumentReport[] };
type Row = DocumentReport['income'][number];
type Totals = NonNullable<DocumentReport['totals']>['income'];

/** A clean new case whose income query is replaced (tax record kept whole unless given). */
function withIncome(rows: Row[], totals: Totals = null, taxes?: DocumentReport['taxes'], taxTotals: Totals = null): Case {
  const c = cleanNewCase();
  c.documents = c.documents.map((d) =>
    d.kind === 'income_query'
      ? { ...d, income: rows, totals: { income: totals, taxes: null } }
      : d.kind === 'tax_record'
        ? { ...d, taxes: taxes ?? d.taxes, totals: { income: null, taxes: taxTotals } }
        : d,
  );
  return c;
}
const codes = (c: Case) => evaluateCase(c).flags.map((f) => `${f.code}:${f.severity}`).sort();
const full = incomeRows('2021-08-20', 12, 15000);
const sum = (rows: { amount: number }[]) => Math.round(rows.reduce((s, r) => s + r.amount, 0) * 100) / 100;
const without = (m: string) => full.filter((r) => r.period !== m);
const edit = (m: string, over: Partial<Row>) => full.map((r) => (r.period === m ? { ...r, ...over } : r));

describe('a gap in the income query: missing only when the record was read whole', () => {
  it.each([
    ['the rows read add up to the printed total', { records: null, amount: sum(without('2021-03')), reconciled: true }, ['INCOME_MONTHS_MISSING:reject', 'INCOME_TAX_INCONSISTENT:review']],
    ['no total was printed or read', null, ['INCOME_MONTHS_MISSING:reject', 'INCOME_TAX_INCONSISTENT:review']],
    ['the rows read do not add up to the printed total', { records: null, amount: sum(full), reconciled: false }, ['EXTRACTION_UNCERTAIN:review']],
    ['the printed count is more than the rows read', { records: 12, amount: null, reconciled: false }, ['EXTRACTION_UNCERTAIN:review']],
  ] as const)('when 2021-03 is absent and %s, then %j', (_, totals, expected) => {
    expect(codes(withIncome(without('2021-03'), totals))).toEqual(expected);
  });

  it('when rows were dropped as unreadable (unreadRows), then the absent month is "not read", named in one review', () => {
    const c = withIncome(without('2021-03'));
    c.documents = c.documents.map((d) => (d.kind === 'income_query' ? { ...d, unreadRows: { income: 1, taxes: 0 } } : d));
    const flags = evaluateCase(c).flags;
    expect(flags.map((f) => `${f.code}:${f.severity}`)).toEqual(['EXTRACTION_UNCERTAIN:review']);
    expect(flags[0].message).toContain('未能读取2021-03');
  });
});

describe('rows read without confidence', () => {
  it.each([
    ['an amount computed from a total that reconciles', edit('2021-02', { confidence: 0.55 }), { records: null, amount: sum(full), reconciled: true }, []],
    // 15000 a month passes with the doubtful month counted as 0: no decision rides on its amount.
    ['the same amount with no total to vouch for it', edit('2021-02', { confidence: 0.55 }), null, []],
    ['a payer cell read as one stray character', edit('2021-02', { payer: '人' }), null, ['EXTRACTION_UNCERTAIN:review']],
    ['a payer cell read as Latin debris', edit('2021-02', { payer: 'TREE天' }), null, ['EXTRACTION_UNCERTAIN:review']],
    ['the employer with the annotation run into the cell', edit('2021-02', { payer: `${EMPLOYER}与原件一致,本单位已核实确认真实有效` }), null, []],
    // Payer names are not yet trusted to reject (data/reject-gate.ts payer_name): a reviewer confirms.
    ['another unit read with confidence', edit('2021-02', { payer: '北京另一家科技有限公司' }), null, ['PAYER_MISMATCH:review']],
  ] as const)('when a row has %s, then %j', (_, rows, totals, expected) => {
    expect(codes(withIncome([...rows], totals))).toEqual(expected);
  });

  it('when several rows of one document are in doubt, then one EXTRACTION_UNCERTAIN names them all', () => {
    // 11500 a month: counted as 0, the doubtful amount would take the average under 11288, so it matters.
    const near = incomeRows('2021-08-20', 12, 11500);
    const rows = near.map((r) => (r.period === '2021-02' ? { ...r, payer: '人' } : r.period === '2021-04' ? { ...r, confidence: 0.5 } : r));
    const flags = evaluateCase(withIncome(rows, null, taxRows(rows))).flags;
    expect(flags.map((f) => f.code)).toEqual(['EXTRACTION_UNCERTAIN']);
    expect(flags[0].evidence.value).toEqual({ unreadMonths: [], payerUnread: ['2021-02'], amountUnsure: ['2021-04'] });
    // The reviewer's doubt also tells the employer what to do, once.
    expect(flags[0].message.endsWith(DOUBT_ACTION)).toBe(true);
    expect(flags[0].message.split(DOUBT_ACTION)).toHaveLength(2);
  });

  it('when the average passes only with the unread-payer months, then the doubt says so and no second flag is raised', () => {
    const rows = incomeRows('2021-08-20', 12, 11500).map((r) => (r.period === '2021-02' ? { ...r, payer: '有' } : r));
    const flags = evaluateCase(withIncome(rows, null, taxRows(rows))).flags;
    expect(flags.map((f) => f.code)).toEqual(['EXTRACTION_UNCERTAIN']);
    expect(flags[0].message).toContain('月均应税收入将低于');
  });

  it.each([
    // One cause, one flag: the doubt on the amount says the test rides on it (no second flag).
    ['passes only on an amount read without confidence', 11000, 20000, ['EXTRACTION_UNCERTAIN:review']],
    ['fails even with it', 10000, 10000, ['EXTRACTION_UNCERTAIN:review', 'INCOME_BELOW_THRESHOLD:review']],
    ['passes on sure amounts alone', 13000, 13000, []],
  ] as const)('when the average %s, then %j', (_, monthly, doubtful, expected) => {
    const rows = incomeRows('2021-08-20', 12, monthly).map((r) => (r.period === '2021-07' ? { ...r, amount: doubtful, confidence: 0.5 } : r));
    expect(codes(withIncome(rows, null, taxRows(rows)))).toEqual(expected);
  });
});

describe('income and tax months: a month one record could not read is no inconsistency', () => {
  const taxes = taxRows(full).filter((r) => r.period !== '2021-05');
  it.each([
    ['the tax record reconciles', { records: null, amount: sum(taxes), reconciled: true }, ['INCOME_TAX_INCONSISTENT:review']],
    ['the tax record does not reconcile', { records: null, amount: sum(taxes) + 100, reconciled: false }, ['EXTRACTION_UNCERTAIN:review']],
  ] as const)('when 2021-05 is absent from the tax record and %s, then %j', (_, taxTotals, expected) => {
    expect(codes(withIncome(full, null, taxes, taxTotals))).toEqual(expected);
  });
});

describe('one doubt per document', () => {
  it('when the income query yields no rows and no printed date, then one EXTRACTION_UNCERTAIN covers both', () => {
    const c = withIncome([]);
    c.documents = c.documents.map((d) => (d.kind === 'income_query' ? { ...d, issuedOn: null } : d));
    const flags = evaluateCase(c).flags.filter((f) => f.code === 'EXTRACTION_UNCERTAIN');
    expect(flags).toHaveLength(1);
    expect(flags[0].message).toMatch(/未能读取到收入记录.*开具（打印）日期/);
  });
});

describe('payerReading: what a payer cell says about the unit', () => {
  it.each([
    ['北京某某科技有限公司', '北京某某科技有限公司'],
    ['北京某某科技有限公司与原件一致,本单位已核实确认真实有效', '北京某某科技有限公司'],
    ['北京某某科技有限公司 已核实', '北京某某科技有限公司'],
    ['人', null],
    ['轩和', null],
    ['TREE天', null],
    ['技术有限责任公', null],
    [null, null],
  ] as const)('when the cell reads %j, then %j', (raw, expected) => {
    expect(payerReading(raw)).toBe(expected);
  });
});

describe('an item cell read as no income item names none', () => {
  it.each([
    ['司', null],
    ['', null],
    ['工资薪金', '工资薪金'],
    ['全年一次性奖金收入', '全年一次性奖金收入'],
    ['劳务报酬所得', '劳务报酬所得'],
  ] as const)('when the item cell reads %j, then the item is %j', (raw, expected) => {
    expect(itemReading(raw)).toBe(expected);
  });
});
