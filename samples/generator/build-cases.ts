import type { Rng } from './rng.ts';
import { addDays, addMonths, monthsBefore } from './dates.ts';
import type { DocSpec } from './render-document.ts';
import { degree, hukou, idCardEndingAt, idCardIssuedOn, incomeSeries, laborContract, lease, makeEmployer, makePerson, validIdCard } from './world.ts';
import { caseAdder, clean, contractPages, incomePair, spec, type CasePlan, type World } from './case-kit.ts';
import { expiryLeaving, incomeThreshold, newIncomeFlags, renewalIncomeFlags, windowOk, type PlannedFlag } from './guide-facts.ts';
import { planIdentityCases } from './plan-identity-cases.ts';

export type { CasePlan } from './case-kit.ts';

/**
 * The first world of a split: a new application with one defect per case, and renewals with three
 * years of records. Supporting documents are shared between cases to keep the corpus small; each
 * case adds only the documents its defect needs. Every expected flag is decided here, where the
 * defect is drawn (income flags through guide-facts.ts, the generator's own reading of the guide).
 */
export function planWorld(rng: Rng, tag: string, date: string, dpi: number, category: World['category'] = 'high_tech'): CasePlan[] {
  // Born 1986–1992: a 10-year ID card issued at 16–25 some ten years ago can have run out.
  const person = makePerson(rng, rng.int(1986, 1992));
  const employer = makeEmployer(rng);
  const w: World = { person, employer, category, date, tag, dpi, rng };
  const other = makeEmployer(rng, employer.name);
  const months = monthsBefore(date, 12);
  const printed = addDays(date, -rng.int(3, 12));
  const start = `${monthsBefore(date, 30)[0]}-01`;
  const contractEnd = addDays(addMonths(start, 36), -1);
  const threshold = incomeThreshold(date, category).amount;
  const plans: CasePlan[] = [];
  const add = caseAdder(w, plans);
  const income = (rows: ReturnType<typeof incomeSeries>['rows'], iq: DocSpec): PlannedFlag[] => newIncomeFlags(rows, date, employer.name, category, iq.file);

  const base = incomeSeries(rng, months, rng.range(Math.max(15000, threshold + 2500), 22000), () => employer.name);
  const [baseIncome, baseTax] = incomePair(w, 'base', base.rows, printed);
  const contract = spec(w, 'contract', laborContract(employer, person, start, contractEnd, rng.pick(['cn', 'dot', 'cnNum', 'dash'] as const), rng, 2), contractPages(2, employer.name, rng));
  const leaseDoc = spec(w, 'lease', lease(person, addMonths(date, -6), addMonths(date, 18), rng, [], rng.chance(0.5)), clean(2));
  const id = spec(w, 'id', validIdCard(person, date, rng), clean(1), { colourCopy: true });
  const hk = spec(w, 'hukou', hukou(person, addMonths(person.birth, 200)), clean(1));
  const deg = spec(w, 'degree', degree(person, rng), clean(1));
  const supporting = [contract, leaseDoc, id, hk, deg];
  const swap = (from: DocSpec, to: DocSpec): DocSpec[] => [baseIncome, baseTax, ...supporting].map((d) => (d === from ? to : d));

  add('clean', [baseIncome, baseTax, ...supporting], income(base.rows, baseIncome), [], {}, threshold);
  if (category !== 'other') {
    const t = incomeThreshold(date, 'other').amount;
    add('clean-other-category', [baseIncome, baseTax, ...supporting], newIncomeFlags(base.rows, date, employer.name, 'other', baseIncome.file), [], { employer: { name: employer.name, category: 'other', creditCode: employer.creditCode } }, t);
  }

  // Threshold: a few yuan under the line (the average is exact to the cent).
  const below = incomeSeries(rng, months, threshold - rng.int(5, 60), () => employer.name);
  const [bi, bt] = incomePair(w, 'below', below.rows, printed);
  add('income-below', [bi, bt, ...supporting], income(below.rows, bi), ['average income just below the threshold'], {}, threshold);

  // A month missing from both documents; the income page blurred, the tax page skewed.
  const gapMonth = rng.int(2, 9);
  const gapRows = base.rows.filter((_, i) => i !== gapMonth);
  const [gi, gt] = incomePair(w, 'gap', gapRows, printed, (doc, i) => (i === 0 ? { degradations: [doc === 'income' ? 'gaussian_blur' : 'skew'] } : undefined));
  add('months-missing', [gi, gt, ...supporting], income(gapRows, gi), ['one month missing', 'blurred income query', 'skewed tax record'], {}, threshold);

  // The 纳税记录 lacks a month the 申报收入查询 declares.
  const [, holeTax] = incomePair(w, 'taxhole', base.rows.filter((_, i) => i !== 11 - gapMonth), printed);
  add('tax-month-missing', [baseIncome, holeTax, ...supporting], [...income(base.rows, baseIncome), { code: 'INCOME_TAX_INCONSISTENT', file: holeTax.file, why: `${base.rows[11 - gapMonth].period} declared but not in the tax record` }], ['tax record lacks a month'], {}, threshold);

  // Another withholding agent for the first three months.
  const pay = incomeSeries(rng, months, rng.range(19000, 24000), (m) => (months.indexOf(m) < 3 ? other.name : employer.name));
  const [pi, pt] = incomePair(w, 'payer', pay.rows, printed);
  add('payer-mismatch', [pi, pt, ...supporting], income(pay.rows, pi), ['another payer for 3 months'], {}, threshold);

  // Stale printouts: printed 40+ days before application.
  const [si, st] = incomePair(w, 'stale', base.rows, addDays(date, -rng.int(40, 70)));
  add('stale', [si, st, ...supporting], [
    ...income(base.rows, si),
    { code: 'MATERIAL_STALE', file: si.file, why: 'printed more than 1 month before application' },
    { code: 'MATERIAL_STALE', file: st.file, why: 'printed more than 1 month before application' },
  ], ['income printouts older than 1 month'], {}, threshold);

  // Validity (四（一）): a contract ending within 3 months, an expired ID card, a lease with blanks ending soon.
  const soon = spec(w, 'contract-soon', laborContract(employer, person, start, addDays(date, rng.int(20, 80)), 'cn', rng, 1), contractPages(1, employer.name, rng));
  add('contract-ending', swap(contract, soon), [...income(base.rows, baseIncome), { code: 'VALIDITY_TOO_SHORT', file: soon.file, why: 'contract ends within 3 months' }], ['contract ends within 3 months'], {}, threshold);
  const oldId = spec(w, 'id-expired', idCardEndingAt(person, date, -rng.int(20, 300)), clean(1), { colourCopy: false });
  add('id-expired', swap(id, oldId), [...income(base.rows, baseIncome), { code: 'EXPIRED', file: oldId.file, why: 'ID card (10 years from issue at 16–25) ended before application' }], ['expired ID card'], {}, threshold);
  const badLease = spec(w, 'lease-missing', lease(person, addMonths(date, -10), addDays(date, rng.int(20, 70)), rng, ['lessorId', 'lesseePhone'], true), clean(2));
  add('lease-defects', swap(leaseDoc, badLease), [
    ...income(base.rows, baseIncome),
    { code: 'LEASE_FIELDS_MISSING', file: badLease.file, why: 'lessor ID and lessee phone left blank' },
    { code: 'VALIDITY_TOO_SHORT', file: badLease.file, why: 'lease ends within 3 months' },
  ], ['lease fields blank', 'lease ends within 3 months'], {}, threshold);

  // Short employment: contract started 7 months ago; before that the previous employer paid, and
  // those months count 0 toward this employer's average.
  const shortStart = `${months[5]}-01`;
  const shortRows = incomeSeries(rng, months, rng.range(24000, 30000), (m) => (m < shortStart.slice(0, 7) ? other.name : employer.name));
  const [hi, ht] = incomePair(w, 'short', shortRows.rows, printed);
  const shortContract = spec(w, 'contract-short', laborContract(employer, person, shortStart, addMonths(shortStart, 36), 'dot', rng, 1), contractPages(1, employer.name, rng));
  add('employment-short', [hi, ht, shortContract, leaseDoc, id, hk, deg], [
    ...income(shortRows.rows, hi),
    { code: 'EMPLOYMENT_TOO_SHORT', file: null, why: 'contract started 7 months before application' },
  ], ['employed 7 months', 'previous employer in income'], {}, threshold);

  // Page defects on the income materials (each expected flag comes from page truth).
  const [mi, mt] = incomePair(w, 'marks', base.rows, printed);
  mi.pages[0] = { marks: { seal: null, note: { form: 'handwritten', complete: false }, signature: false }, degradations: ['clean'] };
  mt.pages[0] = { marks: { seal: { company: other.name }, note: null, signature: true }, degradations: ['clean'] };
  add('marks-defects', [mi, mt, ...supporting], income(base.rows, mi), ['income query: no seal, partial note, no signature', 'tax record: another company seal, no note'], {}, threshold);

  // The contract signed (and sealed) by another unit than the applying employer.
  const otherContract = spec(w, 'contract-other', laborContract(other, person, start, contractEnd, 'cn', rng, 1), contractPages(1, other.name, rng));
  add('contract-other-unit', swap(contract, otherContract), [
    ...income(base.rows, baseIncome),
    { code: 'CONTRACT_EMPLOYER_MISMATCH', file: otherContract.file, why: `contract signed by ${other.name}` },
    { code: 'SEAL_MISMATCH', file: otherContract.file, why: `contract sealed by ${other.name}` },
  ], ['contract signed by another unit'], {}, threshold);

  // Past the statutory retirement age: born 61–63 years before (men of cohorts before 1965 retire
  // at 60; the 2024 decision's delay is at most 3 months for the 1965 cohort).
  // Either sex: past 60 is past the 55 (and 50) base for women too.
  const senior = makePerson(rng, Number(date.slice(0, 4)) - rng.int(61, 63));
  const seniorId = spec(w, 'id-senior', idCardIssuedOn(senior, addMonths(date, -rng.int(24, 60))), clean(1), { colourCopy: true });
  add('retirement-age', swap(id, seniorId), [...income(base.rows, baseIncome), { code: 'RETIREMENT_AGE', file: null, why: `applicant born ${senior.birth}, over 60` }], ['applicant past retirement age (the other materials are the world applicant’s)'], {
    applicant: { name: senior.name, idNumber: senior.idNumber },
  }, threshold);

  // A degree awarded 14 months ago: at most that much work experience after it (review).
  const young = spec(w, 'degree-recent', { ...degree(person, rng), issuedOn: addMonths(date, -14) }, clean(1));
  const recent: PlannedFlag = { code: 'WORK_EXPERIENCE_TOO_SHORT', file: young.file, why: 'degree awarded 14 months before application' };
  add('experience-short', swap(deg, young), [...income(base.rows, baseIncome), recent], ['recent degree'], {}, threshold);
  add('experience-short-renewal-contract', [baseIncome, baseTax, shortContract, leaseDoc, id, hk, young], [...income(base.rows, baseIncome), recent, { code: 'EMPLOYMENT_TOO_SHORT', file: shortContract.file, why: 'contract 7 months old though income runs 12 months (review)' }], ['recent degree', 'recently renewed contract'], {}, threshold);

  // Declared kind differs; a material is missing; unreadable files.
  add('kind-mismatch', [baseIncome, baseTax, ...supporting], [...income(base.rows, baseIncome), { code: 'KIND_MISMATCH', file: baseTax.file, why: 'tax record declared as income_query' }], ['wrong declared kind'], {
    documents: [baseIncome, baseTax, ...supporting].map((d) => ({ file: d.file, kind: d === baseTax ? 'income_query' : d.content.kind })),
  }, threshold);
  add('material-missing', [baseTax, ...supporting], [{ code: 'MATERIAL_MISSING', file: null, why: 'no 申报收入查询' }], ['申报收入查询 not provided'], {}, threshold);
  add('file-invalid', [baseIncome, baseTax, ...supporting], [
    ...income(base.rows, baseIncome),
    { code: 'FILE_INVALID', file: 'docs/not-a-pdf.pdf', why: 'a JPEG renamed .pdf' },
    { code: 'FILE_INVALID', file: 'docs/empty.pdf', why: 'zero bytes' },
  ], ['two unreadable uploads'], {
    documents: [...[baseIncome, baseTax, ...supporting].map((d) => ({ file: d.file, kind: d.content.kind })), { file: 'docs/not-a-pdf.pdf', kind: 'degree_certificate' }, { file: 'docs/empty.pdf' }],
  }, threshold, ['not-a-pdf.pdf', 'empty.pdf']);

  // Renewals (五（三）): three years of records, two- and three-page printouts.
  const r36 = incomeSeries(rng, monthsBefore(date, 36), rng.range(12000, 20000), () => employer.name);
  const [ri, rt] = incomePair(w, 'renewal36', r36.rows, printed);
  const renewal = (id: string, docs: DocSpec[], expiry: string, injected: string[], extra: PlannedFlag[] = []): void => {
    const window: PlannedFlag[] = windowOk('renewal', date, expiry) ? [] : [{ code: 'RENEWAL_WINDOW', file: null, why: `expiry ${expiry}` }];
    const rows = docs.filter((d) => d.content.kind === 'income_query').flatMap((d) => (d.content.kind === 'income_query' ? d.content.rows : []));
    add(id, docs, [...renewalIncomeFlags(rows, date), ...window, ...extra], injected, { applicationType: 'renewal', permitExpiry: expiry });
  };
  renewal('renewal-ok', [ri, rt, contract], addDays(date, rng.int(45, 55)), []);
  renewal('renewal-early', [ri, rt, contract], addDays(date, rng.int(100, 200)), ['renewal filed more than 60 days before expiry']);
  renewal('renewal-20-working-days', [ri, rt, contract], expiryLeaving(date, 20), ['exactly 20 working days left for review (boundary, passes)']);
  renewal('renewal-19-working-days', [ri, rt, contract], expiryLeaving(date, 19), ['19 working days left for review (boundary, too late)']);
  renewal('renewal-12-months', [baseIncome, baseTax, contract], addDays(date, rng.int(45, 55)), ['renewal with only 12 months of records']);
  renewal('renewal-other-unit', [ri, rt, otherContract], addDays(date, rng.int(45, 55)), ['renewal with a contract signed by another unit'], [
    { code: 'CONTRACT_EMPLOYER_MISMATCH', file: otherContract.file, why: `contract signed by ${other.name}` },
    { code: 'SEAL_MISMATCH', file: otherContract.file, why: `contract sealed by ${other.name}` },
  ]);
  // Whose materials (its own stream, after every earlier draw: no earlier case changes).
  const identity = { all: [baseIncome, baseTax, ...supporting], tax: baseTax, contract, lease: leaseDoc, id, rows: base.rows, printed, contractStart: start, contractEnd, threshold, incomeFlags: income(base.rows, baseIncome) };
  plans.push(...planIdentityCases(rng.fork('identity'), w, identity));
  return plans;
}
