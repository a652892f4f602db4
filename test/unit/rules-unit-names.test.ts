import { describe, expect, it } from 'vitest';
import type { CaseFields, DocumentReport } from '../../rules/contract/index.ts';
import { evaluateCase, matchUnit } from '../../rules/index.ts';
import { garbledReadingOf, payerMatch, payerReading } from '../../rules/names.ts';
import { cleanNewCase, incomeRows, taxRows } from './rules-fixtures.ts';

const HUAXIN = '北京中关村华信数据服务有限公司';

describe('unit names read by OCR (PAYER_MISMATCH, contract signer)', () => {
  it.each([
    // [read, expected, why]
    ['北京中关村华信和数据服务有限公司', 'same', 'one character inserted (the demo slip)'],
    ['北京中关村华数据服务有限公司', 'same', 'one character dropped'],
    ['北京中关村华信数据服务有限公 司', 'same', 'a space'],
    ['北京中关村华倍数据服务有限公司', 'unsure', 'one character replaced: a slip or another 字号'],
    ['北京中关村华信数椐服务有限公司', 'unsure', 'one character replaced inside a word'],
    ['北京中关村华信数据服务有限公司分公司', 'different', 'a branch (分公司) is another unit'],
    ['北京中关村华信数据服务分公司', 'different', 'one word replaced by 分'],
    ['南京中关村华信数据服务有限公司', 'different', 'another place (北京 → 南京)'],
    ['北京中关村华信信息服务有限公司', 'different', '数据 → 信息: another trade word'],
    ['北京中关村华信数据服务集团有限公司', 'different', '集团 added'],
    ['北京中关村华信发展数据服务有限公司', 'different', '发展 added'],
    ['北京中关村博远数据服务有限公司', 'different', 'another 字号 (华信 → 博远)'],
    ['北京星河科技有限公司', 'different', 'another company'],
    ['北京中关村华信数据服务有限责任公司', 'different', '有限责任 is another company form'],
  ] as const)('when OCR reads the employer as "%s", then %s (%s)', (read, expected, _why) => {
    expect(matchUnit(read, HUAXIN)).toBe(expected);
    expect(matchUnit(HUAXIN, read)).toBe(expected);
  });

  it('when two characters apart are replaced in a long name, then it is unsure; two adjacent ones are another 字号', () => {
    expect(matchUnit('北京中关村毕信数据服务有限公可', HUAXIN)).toBe('unsure');
    expect(matchUnit('北京中关村明德数据服务有限公司', HUAXIN)).toBe('different');
  });

  it('when one replaced character happens to spell a word across its neighbour, then it is a slip to review, not another unit', () => {
    // 华信电子 read as 华信息子: "信息" appears and "电子" goes, but no word was swapped in place.
    expect(matchUnit('北京华信息子股份有限公司', '北京华信电子股份有限公司')).toBe('unsure');
    expect(matchUnit('南京华信电子股份有限公司', '北京华信电子股份有限公司')).toBe('different');
  });

  it('when a short name differs in one character, then it is different (too little to tell a slip)', () => {
    expect(matchUnit('某甲公司', '某乙公司')).toBe('different');
  });
});

type Case = { caseFields: CaseFields; documents: DocumentReport[] };
function withPayers(payer: (period: string) => string, confidence = 1): Case {
  const c = cleanNewCase('2021-08-20');
  const employer = HUAXIN;
  c.caseFields = { ...c.caseFields, employer: { name: employer, category: 'high_tech' } };
  const rows = incomeRows('2021-08-20', 12, 15000, employer).map((r) => ({ ...r, payer: payer(r.period), confidence: r.period === '2021-02' ? confidence : r.confidence }));
  c.documents = c.documents.map((d) =>
    d.kind === 'income_query'
      ? { ...d, income: rows }
      : d.kind === 'tax_record'
        ? { ...d, taxes: taxRows(rows) }
        : d.kind === 'labor_contract'
          ? { ...d, parties: { ...d.parties, employer } }
          : d,
  );
  return c;
}
const codes = (c: Case) => evaluateCase(c).flags.map((f) => `${f.code}:${f.severity}`).sort();

describe('payer checks on OCR slips and low confidence', () => {
  it.each([
    ['北京中关村华信和数据服务有限公司', []],
    // No payer-name reading has reached the reject gate on both sources (data/reject-gate.ts payer_name):
    // a one-character slip is the employer's; another unit goes to a reviewer.
    ['北京中关村华倍数据服务有限公司', []],
    ['北京星河科技有限公司', ['PAYER_MISMATCH:review']],
    ['南京中关村华信数据服务有限公司', ['PAYER_MISMATCH:review']],
  ] as const)('when one month\'s payer reads "%s", then %j', (read, expected) => {
    expect(codes(withPayers((m) => (m === '2021-02' ? read : HUAXIN)))).toEqual(expected);
  });

  it('when every month reads with the demo slip, then no flag and the months count for the employer', () => {
    const c = withPayers(() => '北京中关村华信和数据服务有限公司');
    const { flags, facts } = evaluateCase(c);
    expect(flags).toEqual([]);
    expect(facts.incomeMonthlyAverage).toBe(15000);
  });

  it('when the row naming another unit was read below the confidence cut-off, then PAYER_MISMATCH at review, not a reject', () => {
    expect(codes(withPayers((m) => (m === '2021-02' ? '北京星河科技有限公司' : HUAXIN), 0.3))).toEqual(['PAYER_MISMATCH:review']);
  });

  it('when the average falls under the threshold while a row is uncertain, then the shortfall goes to review', () => {
    const c = withPayers(() => HUAXIN, 0.3);
    c.documents = c.documents.map((d) => (d.kind === 'income_query' ? { ...d, income: d.income.map((r) => ({ ...r, amount: 11000 })) } : d));
    expect(codes(c)).toContain('INCOME_BELOW_THRESHOLD:review');
    expect(codes(c)).not.toContain('INCOME_BELOW_THRESHOLD:reject');
  });

  it('when the contract signer reads with a one-character slip, then no CONTRACT_EMPLOYER_MISMATCH; a replaced character is review', () => {
    const c = withPayers(() => HUAXIN);
    const signer = (name: string): Case => ({ ...c, documents: c.documents.map((d) => (d.kind === 'labor_contract' ? { ...d, parties: { ...d.parties, employer: name } } : d)) });
    expect(codes(signer('北京中关村华信和数据服务有限公司'))).toEqual([]);
    expect(codes(signer('北京中关村华倍数据服务有限公司'))).toEqual(['CONTRACT_EMPLOYER_MISMATCH:review']);
    expect(codes(signer('北京星河科技有限公司'))).toEqual(['CONTRACT_EMPLOYER_MISMATCH:reject']);
  });
});

describe('payer and seal readings against the employer (one matcher)', () => {
  const MINGDE = '北京明德晨曦物流有限责任公司';
  const HUACHUANG = '北京华创飞鸿数据服务发展有限责任公司';
  it.each([
    // The item column run into the payer cell, before or inside the name.
    ['工资新金北京明德晨曦物流有限责任公司', MINGDE, 'same'],
    ['北京华创飞鸿数据服务发展有限工资薪金责任公司', HUACHUANG, 'same'],
    // A cell cut short: a run of the employer's own name.
    ['北京华创飞鸿数据服务发展有限', HUACHUANG, 'same'],
    ['务发展有限', HUACHUANG, 'same'],
    // Cut short and no run of the name: names no unit.
    ['下发展有限', HUACHUANG, null],
    // One character replaced: a slip or another 字号, decided by row confidence in the rules.
    ['北京明德晨喊物流有限责任公司', MINGDE, 'unsure'],
    ['北京青松数据服务发展有限公司', MINGDE, 'different'],
  ] as const)('when the payer cell reads %s against %s, then %s', (raw, employer, expected) => {
    expect(payerMatch(payerReading(raw), employer)).toBe(expected);
  });

  it.each([
    // The ring text with its legal form garbled, keeping the employer's 字号.
    ['北尔明德员物流有限产任公司', MINGDE, true],
    ['北京华创飞建限务发展有限费任公司', HUACHUANG, true],
    ['北京明德总限物连有限任公司', MINGDE, true],
    // Too little of the 字号 kept, or a whole legal form (then matchUnit decides).
    ['北京明展公流有限任公司', MINGDE, false],
    ['北京寶私究服务发展育限公司', MINGDE, false],
    ['北京青松数据服务发展有限公司', HUACHUANG, false],
    ['南京华信电子股份有限公司', '北京华信电子股份有限公司', false],
  ] as const)('when a seal reads %s against %s, then it is the employer’s garbled: %s', (read, employer, expected) => {
    expect(garbledReadingOf(read, employer)).toBe(expected);
  });
});
