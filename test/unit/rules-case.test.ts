import { describe, expect, it } from 'vitest';
import type { CaseFields, DocumentReport } from '../../rules/contract/index.ts';
import { evaluateCase } from '../../rules/index.ts';
import { retirementDate } from '../../rules/retirement-age.ts';
import { EMPLOYER, caseFields, cleanNewCase, doc, incomeRows, taxRows } from './rules-fixtures.ts';

type Case = { caseFields: CaseFields; documents: DocumentReport[] };
const codes = (c: Case) => evaluateCase(c).flags.map((f) => `${f.code}:${f.severity}`).sort();
const term = (start: string | null, end: string | null, openEnded = false) => ({ start, end, openEnded, page: 1, text: null });
function replace(c: Case, kind: DocumentReport['kind'], over: Partial<DocumentReport>): Case {
  return { ...c, documents: c.documents.map((d) => (d.kind === kind ? { ...d, ...over } : d)) };
}

describe('validity (四（一）): more than three months left at application (2021-08-20 + 3 months = 2021-11-20)', () => {
  it.each([
    ['2021-11-21', []],
    ['2021-11-20', ['VALIDITY_TOO_SHORT:reject']],
    ['2021-11-19', ['VALIDITY_TOO_SHORT:reject']],
    ['2021-08-20', ['VALIDITY_TOO_SHORT:reject']],
    ['2021-08-19', ['EXPIRED:reject']],
  ])('when the residence permit ends %s, then %j', (end, expected) => {
    expect(codes(replace(cleanNewCase(), 'residence_permit', { term: term('2021-01-01', end) }))).toEqual(expected);
  });

  it.each([
    // Between the field cut-off (0.6) and the term's reject gate (0.8): the end date may be misread.
    [0.7, '2021-11-19', ['VALIDITY_TOO_SHORT:review']],
    [0.7, '2021-08-19', ['EXPIRED:review']],
    [0.85, '2021-11-19', ['VALIDITY_TOO_SHORT:reject']],
  ] as const)('when the residence permit term is read at %s and ends %s, then %j', (confidence, end, expected) => {
    expect(codes(replace(cleanNewCase(), 'residence_permit', { term: { ...term('2021-01-01', end), confidence } }))).toEqual(expected);
  });

  it.each([
    ['an open-ended contract', term('2019-03-01', null, true), []],
    ['an unreadable term', null, ['EXTRACTION_UNCERTAIN:review']],
    ['a term read at low confidence', { ...term('2019-03-01', '2030-01-01'), confidence: 0.3 }, ['EXTRACTION_UNCERTAIN:review']],
  ])('when the labour contract has %s, then %j', (_, t, expected) => {
    expect(codes(replace(cleanNewCase(), 'labor_contract', { term: t }))).toEqual(expected);
  });

  it('when the ID card is 长期, then it passes', () => {
    const c = cleanNewCase();
    c.documents.push(doc('id_card', { term: term('2015-03-01', null, true) }));
    expect(codes(c)).toEqual([]);
  });
});

describe('materials dated within 1 month (四（一）)', () => {
  it.each([
    ['2021-07-20', []],
    ['2021-07-19', ['MATERIAL_STALE:reject']],
    [null, ['EXTRACTION_UNCERTAIN:review']],
    ['2021-08-21', ['EXTRACTION_UNCERTAIN:review']],
  ])('when the tax record was printed on %s, then %j', (issuedOn, expected) => {
    expect(codes(replace(cleanNewCase(), 'tax_record', { issuedOn }))).toEqual(expected);
  });

  it('when the print date read is years before the payments the record lists, then it is a misread to review, not stale', () => {
    // A 2021 record whose print date was read as 2019-12-12 (a row's date taken for it).
    expect(codes(replace(cleanNewCase(), 'tax_record', { issuedOn: '2019-12-12' }))).toEqual(['EXTRACTION_UNCERTAIN:review']);
  });

  it.each([
    ['2021-07-19', 0.55, ['EXTRACTION_UNCERTAIN:review']],
    ['2021-07-20', 0.55, ['EXTRACTION_UNCERTAIN:review']],
    // Below the issued-date reject gate (data/reject-gate.ts) a stale reading is review.
    ['2021-07-19', 0.8, ['MATERIAL_STALE:review']],
    ['2021-07-19', 0.95, ['MATERIAL_STALE:reject']],
  ])('when the print date %s was read with confidence %s, then %j', (issuedOn, issuedOnConfidence, expected) => {
    // Below the review cut-off its readings disagreed: neither a rejection nor a pass rests on it.
    expect(codes(replace(cleanNewCase(), 'tax_record', { issuedOn, issuedOnConfidence }))).toEqual(expected);
  });
});

describe('lease (五（二）4③)', () => {
  const full = { address: '北京市昌平区某路1号', lessor: '李四', lessee: '王小明', lessorIdNumber: '1', lesseeIdNumber: '2', lessorPhone: '13800000000', lesseePhone: '13900000000' };
  const withLease = (parties: DocumentReport['parties'], t: DocumentReport['term'] = term('2021-06-01', '2022-05-31'), blankFields?: string[]) => {
    const c = cleanNewCase();
    c.documents = c.documents.filter((d) => d.kind !== 'residence_permit');
    c.documents.push(doc('lease_contract', { parties, term: t, ...(blankFields ? { blankFields } : {}) }));
    return c;
  };
  // The document stage always lists the blanks it saw (blankFields, maybe empty); what it did not find is not listed.
  it.each([
    ['every field', full, [], []],
    ['no lessor phone found (not proven blank)', { ...full, lessorPhone: null }, [], ['EXTRACTION_UNCERTAIN:review']],
    ['no address found (not proven blank)', { ...full, address: ' ' }, [], ['EXTRACTION_UNCERTAIN:review']],
    ['the lessor phone label read with an empty blank', { ...full, lessorPhone: null }, ['lessorPhone'], ['LEASE_FIELDS_MISSING:reject']],
    ['one field proven blank and another not found', { ...full, lessorPhone: null, address: null }, ['lessorPhone'], ['EXTRACTION_UNCERTAIN:review', 'LEASE_FIELDS_MISSING:reject']],
    ['no blank list (nothing proven blank) and an empty lessor phone', { ...full, lessorPhone: null }, undefined, ['EXTRACTION_UNCERTAIN:review']],
  ])('when the lease has %s, then %j', (_, parties, blank, expected) => {
    expect(codes(withLease(parties, undefined, blank))).toEqual(expected);
  });
  it.each([
    ['the term label read with empty dates', { start: null, end: null, openEnded: false, page: 1, text: '租赁期共  个月,自  年月日起至年月日止', confidence: 0.3 }, ['EXTRACTION_UNCERTAIN:review', 'LEASE_FIELDS_MISSING:reject']],
    ['no term found at all', null, ['EXTRACTION_UNCERTAIN:review']],
    ['its dates read with low confidence', { start: '2021-06-01', end: '2022-05-31', openEnded: false, page: 1, text: '自2021年6月1日起至2022年5月31日止', confidence: 0.4 }, ['EXTRACTION_UNCERTAIN:review']],
  ] as const)('when the lease has %s, then %j', (_, t, expected) => {
    const flags = evaluateCase(withLease(full, t, [])).flags.filter((f) => f.file === 'lease_contract.pdf' || /LEASE/.test(f.code));
    expect(flags.map((f) => `${f.code}:${f.severity}`)).toEqual(expected);
  });
  it('when the lease ends exactly 3 months after the application, then its term is too short', () => {
    const { facts, flags } = evaluateCase(withLease(full, term('2021-06-01', '2021-11-20')));
    expect(flags.map((f) => f.code)).toEqual(['VALIDITY_TOO_SHORT']);
    expect(facts.leaseMonthsLeft).toBe(3);
  });
});

describe('employment (二（二）): at least 12 months with the employer', () => {
  it.each([
    ['2020-08-20', []],
    ['2020-08-21', ['EMPLOYMENT_TOO_SHORT:review']], // income shows 12 months: a renewed contract?
  ])('when the contract starts %s (application 2021-08-20), then %j', (start, expected) => {
    expect(codes(replace(cleanNewCase(), 'labor_contract', { term: term(start, '2025-01-01') }))).toEqual(expected);
  });

  it('when both the contract and the income start 8 months ago, then reject', () => {
    const c = cleanNewCase();
    const rows = incomeRows('2021-08-20', 8, 30000);
    const out = replace(replace(replace(c, 'income_query', { income: rows }), 'tax_record', { taxes: taxRows(rows) }), 'labor_contract', { term: term('2020-12-15', '2025-01-01') });
    expect(codes(out)).toContain('EMPLOYMENT_TOO_SHORT:reject');
  });

  it('when the short contract start is read below the term gate, then review', () => {
    const c = cleanNewCase();
    const rows = incomeRows('2021-08-20', 8, 30000);
    const out = replace(replace(replace(c, 'income_query', { income: rows }), 'tax_record', { taxes: taxRows(rows) }), 'labor_contract', { term: { ...term('2020-12-15', '2025-01-01'), confidence: 0.7 } });
    expect(codes(out)).toContain('EMPLOYMENT_TOO_SHORT:review');
  });
});

describe('same unit (二（三）, 四（二）)', () => {
  it.each([
    [{ employer: EMPLOYER }, []],
    [{ employer: '北京另一家公司' }, ['CONTRACT_EMPLOYER_MISMATCH:reject']],
    [{ employer: '北京某某劳务派遣有限公司' }, ['DISPATCH_INELIGIBLE:reject']],
    [{ employer: EMPLOYER, dispatch: true }, ['DISPATCH_INELIGIBLE:reject']],
    [{ employer: null }, ['EXTRACTION_UNCERTAIN:review']],
  ])('when the contract parties are %j, then %j', (parties, expected) => {
    expect(codes(replace(cleanNewCase(), 'labor_contract', { parties }))).toEqual(expected);
  });
});

describe('materials checklist (五（二）–（四）)', () => {
  it.each([
    ['new', 'degree', ['hukou'], ['MATERIAL_MISSING:reject']],
    ['new', 'degree', ['degree_certificate'], ['MATERIAL_MISSING:reject']],
    ['new', 'title', [], ['MATERIAL_MISSING:reject']], // the title certificate
    ['new', 'degree', ['residence_permit'], ['MATERIAL_MISSING:reject']],
  ] as const)('when a %s %s application lacks %j, then %j', (applicationType, condition, drop, expected) => {
    const c = cleanNewCase();
    c.caseFields = { ...c.caseFields, applicationType, condition };
    c.documents = c.documents.filter((d) => !(drop as readonly string[]).includes(d.kind));
    if (condition === 'title') c.documents = c.documents.filter((d) => d.kind !== 'degree_certificate');
    expect(codes(c).filter((x) => x.startsWith('MATERIAL_MISSING'))).toEqual(expected);
  });

  it.each([
    // Read as the tax record below the kind cut-off: which material it is goes to review once.
    [0.73, ['KIND_MISMATCH:review']],
    // Read as the tax record surely: it is the tax record, so the declared income query is missing.
    [0.95, ['KIND_MISMATCH:reject', 'MATERIAL_MISSING:reject']],
  ] as const)('when the tax record is declared as the income query and read as a tax record at %s, then %j', (kindConfidence, expected) => {
    const c = cleanNewCase();
    c.documents = c.documents.filter((d) => d.kind !== 'income_query').map((d) => (d.kind === 'tax_record' ? { ...d, declaredKind: 'income_query', kindConfidence } : d));
    expect(codes(c).filter((x) => x.startsWith('MATERIAL_MISSING') || x.startsWith('KIND_MISMATCH'))).toEqual(expected);
  });

  it('when the message is read, then it names the material', () => {
    const c = cleanNewCase();
    c.documents = c.documents.filter((d) => d.kind !== 'hukou');
    expect(evaluateCase(c).flags[0].message).toContain('户口本');
  });

  it('when an employer change has only the contract, then the resignation certificate is missing', () => {
    const c: Case = {
      caseFields: caseFields({ applicationType: 'employer_change', permitExpiry: '2022-06-30', condition: undefined }),
      documents: [doc('labor_contract', { term: term('2021-08-01', '2024-07-31'), parties: { employer: EMPLOYER } })],
    };
    expect(evaluateCase(c).flags.map((f) => f.message)).toEqual([expect.stringContaining('离职证明')]);
  });
});

describe('renewal window (五（三）) and employer change (五（四）), 60 days and 20 working days', () => {
  // Expiry 2021-10-12: 60 days before is 2021-08-13; the 20th working day before, across 中秋 and 国庆 with
  // the make-up days 09-18, 09-26 and 10-09, is 2021-09-08.
  const renewal = (applicationDate: string, applicationType: CaseFields['applicationType'] = 'renewal', permitExpiry: string | null = '2021-10-12'): Case => {
    const rows = incomeRows(applicationDate, 36, 8000);
    return {
      caseFields: caseFields({ applicationType, applicationDate, permitExpiry, condition: undefined }),
      documents:
        applicationType === 'renewal'
          ? [
              doc('tax_record', { issuedOn: applicationDate, taxes: taxRows(rows) }),
              doc('income_query', { issuedOn: applicationDate, income: rows }),
              doc('labor_contract', { term: term('2018-01-01', null, true), parties: { employer: EMPLOYER } }),
            ]
          : [doc('labor_contract', { term: term('2021-08-01', null, true), parties: { employer: EMPLOYER } }), doc('resignation_certificate', { issuedOn: applicationDate })],
    };
  };
  it.each([
    ['2021-08-12', 'renewal', ['RENEWAL_WINDOW:reject']],
    ['2021-08-13', 'renewal', []],
    ['2021-09-08', 'renewal', []],
    ['2021-09-09', 'renewal', ['RENEWAL_WINDOW:reject']],
    ['2021-10-13', 'renewal', ['RENEWAL_WINDOW:reject']],
    ['2021-03-01', 'employer_change', []],
    ['2021-09-08', 'employer_change', []],
    ['2021-09-09', 'employer_change', ['RENEWAL_WINDOW:reject']],
  ] as const)('when filed on %s (%s), then %j', (date, type, expected) => {
    expect(codes(renewal(date, type))).toEqual(expected);
  });

  it('when the expiry lies past the calendar data, then the deadline is sent to review', () => {
    expect(codes(renewal('2026-12-20', 'employer_change', '2027-02-20'))).toEqual(['CALENDAR_NOT_COVERED:review']);
  });

  it.each([
    [5000, []],
    [4999, ['RENEWAL_INCOME_BELOW_FLOOR:reject']],
  ])('when a renewal month is %i yuan, then %j', (amount, expected) => {
    const c = renewal('2021-09-01');
    const inc = c.documents.find((d) => d.kind === 'income_query')!;
    inc.income = inc.income.map((r) => (r.period === '2020-04' ? { ...r, amount } : r));
    c.documents.find((d) => d.kind === 'tax_record')!.taxes = taxRows(inc.income);
    expect(codes(c)).toEqual(expected);
  });

  it('when 2018-09 (floor 3500) is 4000, then it passes', () => {
    const c = renewal('2021-09-01');
    const inc = c.documents.find((d) => d.kind === 'income_query')!;
    inc.income = inc.income.map((r) => (r.period === '2018-09' ? { ...r, amount: 4000 } : r));
    c.documents.find((d) => d.kind === 'tax_record')!.taxes = taxRows(inc.income);
    expect(codes(c)).toEqual([]);
  });
});

describe('retirement age (二（二）, reform from 2025-01-01)', () => {
  it.each([
    ['1960-05-10', 60, '2020-05-10'],
    ['1965-01-15', 60, '2025-02-15'],
    ['1965-05-15', 60, '2025-07-15'],
    ['1976-09-01', 60, '2039-09-01'],
    ['1975-01-10', 50, '2025-02-10'],
    ['1984-11-10', 50, '2039-11-10'],
    ['1970-01-10', 55, '2025-02-10'],
  ] as const)('when born %s with base %i, then retirement falls on %s', (birth, base, expected) => {
    expect(retirementDate(birth, base)).toBe(expected);
  });

  it.each([
    ['2025-07-15', 'male', []],
    ['2025-07-16', 'male', ['RETIREMENT_AGE:reject']],
  ] as const)('when a man born 1965-05-15 applies on %s, then %j', (applicationDate, sex, expected) => {
    const c = cleanNewCase(applicationDate);
    c.caseFields = { ...c.caseFields, applicant: { name: '王小明', birthDate: '1965-05-15', sex } };
    expect(codes(c).filter((x) => x.startsWith('RETIREMENT'))).toEqual(expected);
  });

  it('when a woman is between the 50 and 55 bases (from the ID number), then review', () => {
    const c = cleanNewCase('2021-08-20');
    c.caseFields = { ...c.caseFields, applicant: { name: '王小明', idNumber: '110105196901011240' } };
    expect(codes(c)).toEqual(['RETIREMENT_AGE:review']);
  });
});
