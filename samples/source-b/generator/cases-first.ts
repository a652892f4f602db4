/**
 * Source B's first world of a split (a 2021 application date): new applications with one defect
 * each, and renewals with three years of records (two- and three-page printouts) including the
 * 20-working-day boundary. Expected case-level flags are decided here, where each defect is planned,
 * through guide-facts.ts; page-level ones follow from page truth when the documents are rendered.
 */
import { addDays, addMonths, monthsBefore } from '../../generator/dates.ts';
import { expiryLeaving, incomeThreshold, newIncomeFlags, renewalIncomeFlags, windowOk, type PlannedFlag } from '../../generator/guide-facts.ts';
import type { WageMonth } from './content.ts';
import type { RandomStream } from './rng.ts';
import type { BDocSpec } from './doc-spec.ts';
import { caseAdder, guideRows, officeScan, sealPlan, notePlan, type BCasePlan, type Category, type World } from './cases-kit.ts';
import { cardEnding, contractDoc, degreeDoc, hukouDoc, idDoc, incomePair, leaseDoc, validCard } from './cases-docs.ts';
import { idCard, makeCitizen, makeCompany, wageSeries } from './world.ts';
import { makeName } from './identity.ts';
import { planIdentityCases } from './cases-identity.ts';

export function planFirstWorld(rng: RandomStream, tag: string, date: string, dpi: number, category: Category): BCasePlan[] {
  const person = makeCitizen(rng.child('person'), { birthYear: rng.integer(1987, 1992) });
  const employer = makeCompany(rng.child('employer'));
  const other = makeCompany(rng.child('other'), { avoid: [employer.name] });
  const w: World = { tag, date, category, dpi, person, employer, handler: makeName(rng.child('handler'), rng.yes(0.6) ? 'female' : 'male'), rng };
  const plans: BCasePlan[] = [];
  const add = caseAdder(w, plans);
  const months = monthsBefore(date, 12);
  const printed = addDays(date, -rng.integer(3, 12));
  const start = `${monthsBefore(date, 30)[0]}-01`;
  const contractEnd = addDays(addMonths(start, 36), -1);
  const threshold = incomeThreshold(date, category).amount;
  const own = () => employer;
  const income = (rows: WageMonth[], iq: BDocSpec, cat: Category = category): PlannedFlag[] => newIncomeFlags(guideRows(rows), date, employer.name, cat, iq.file);
  const withThreshold = { threshold };

  // High enough for the 1.5× line too (the clean-other-category case).
  const base = wageSeries(rng.child('base'), { months, average: Math.round(rng.between(incomeThreshold(date, 'other').amount + 1500, 23000)), payerOf: own });
  const [baseIncome, baseTax] = incomePair(w, 'base', base, printed);
  const contract = contractDoc(w, 'contract', { start, end: contractEnd, termWriting: 'split', pages: 2 });
  const lease = leaseDoc(w, 'lease', { start: addMonths(date, -6), end: addMonths(date, 18), termWriting: 'chinese-numerals' });
  const id = idDoc(w, 'id', validCard(person, date, rng.child('id')));
  const hk = hukouDoc(w);
  const deg = degreeDoc(w, 'degree', addMonths(person.birth, 12 * 23 + rng.integer(5, 7)));
  const supporting = [contract, lease, id, hk, deg];
  const all = [baseIncome, baseTax, ...supporting];
  const swap = (from: BDocSpec, to: BDocSpec, docs = all): BDocSpec[] => docs.map((d) => (d === from ? to : d));

  add('clean', all, income(base, baseIncome), [], withThreshold);
  add('clean-other-category', all, income(base, baseIncome, 'other'), [], {
    over: { employer: { name: employer.name, category: 'other', creditCode: employer.creditCode } },
    threshold: incomeThreshold(date, 'other').amount,
  });
  // The same facts on other paper: a hand-filled contract and lease, the printouts scanned again.
  const [altIncome, altTax] = incomePair(w, 'rescan', base, printed);
  const handContract = contractDoc(w, 'contract-hand', { start, end: contractEnd, termWriting: 'handwritten', pages: 1 });
  const handLease = leaseDoc(w, 'lease-hand', { start: addMonths(date, -4), end: addMonths(date, 20), termWriting: 'handwritten', handFilled: true });
  add('clean-handwritten-terms', [altIncome, altTax, handContract, handLease, id, hk, deg], income(base, altIncome), [], withThreshold);

  const below = wageSeries(rng.child('below'), { months, average: threshold - rng.integer(5, 60), payerOf: own });
  const [bi, bt] = incomePair(w, 'below', below, printed);
  add('income-below', [bi, bt, ...supporting], income(below, bi), ['average income a few yuan under the threshold'], withThreshold);

  // One month missing from both; the income page blurred, the tax page skewed.
  const gap = rng.integer(2, 9);
  const gapRows = base.filter((_, i) => i !== gap);
  const [gi, gt] = incomePair(w, 'gap', gapRows, printed, {
    income: { scan: officeScan(rng.child('gap-blur'), dpi, { defects: ['gaussian_blur'] }) },
    tax: { scan: officeScan(rng.child('gap-skew'), dpi, { rotationDeg: Math.round(rng.between(3.5, 5.5) * 10) / 10 }) },
  });
  add('months-missing', [gi, gt, ...supporting], income(gapRows, gi), ['one month missing', 'income query blurred', 'tax record skewed'], withThreshold);

  const hole = base[11 - gap]!;
  const [, holeTax] = incomePair(w, 'taxhole', base, printed, {}, base.filter((r) => r !== hole));
  add('tax-month-missing', [baseIncome, holeTax, ...supporting], [...income(base, baseIncome), { code: 'INCOME_TAX_INCONSISTENT', file: holeTax.file, why: `${hole.period} declared but not in the tax record` }], ['tax record lacks a month'], withThreshold);

  const payRows = wageSeries(rng.child('payer'), { months, average: Math.round(rng.between(20000, 25000)), payerOf: (m) => (months.indexOf(m) < 3 ? other : employer) });
  const [pi, pt] = incomePair(w, 'payer', payRows, printed);
  add('payer-mismatch', [pi, pt, ...supporting], income(payRows, pi), ['another withholding agent for the first 3 months'], withThreshold);

  const [si, st] = incomePair(w, 'stale', base, addDays(date, -rng.integer(40, 70)));
  add('stale', [si, st, ...supporting], [
    ...income(base, si),
    { code: 'MATERIAL_STALE', file: si.file, why: 'printed more than 1 month before application' },
    { code: 'MATERIAL_STALE', file: st.file, why: 'issued more than 1 month before application' },
  ], ['income printouts older than 1 month'], withThreshold);

  const soon = contractDoc(w, 'contract-soon', { start, end: addDays(date, rng.integer(20, 80)), termWriting: 'digits', pages: 1 });
  add('contract-ending', swap(contract, soon), [...income(base, baseIncome), { code: 'VALIDITY_TOO_SHORT', file: soon.file, why: 'contract ends within 3 months' }], ['contract ends within 3 months'], withThreshold);

  const oldId = idDoc(w, 'id-expired', cardEnding(person, date, -rng.integer(20, 300)));
  add('id-expired', swap(id, oldId), [...income(base, baseIncome), { code: 'EXPIRED', file: oldId.file, why: 'ID card (10 years from issue at 16–25) ended before application' }], ['expired ID card'], withThreshold);

  const badLease = leaseDoc(w, 'lease-missing', { start: addMonths(date, -10), end: addDays(date, rng.integer(20, 70)), blanks: ['lessorId', 'lesseePhone'], handFilled: true });
  add('lease-defects', swap(lease, badLease), [
    ...income(base, baseIncome),
    { code: 'LEASE_FIELDS_MISSING', file: badLease.file, why: 'lessor ID and lessee phone left blank' },
    { code: 'VALIDITY_TOO_SHORT', file: badLease.file, why: 'lease ends within 3 months' },
  ], ['lease fields blank', 'lease ends within 3 months'], withThreshold);

  // Employed 7 months: before that another unit withheld, and those months count 0.
  const shortStart = `${months[5]}-01`;
  const shortRows = wageSeries(rng.child('short'), { months, average: Math.round(rng.between(24000, 30000)), payerOf: (m) => (m < months[5]! ? other : employer) });
  const [hi, ht] = incomePair(w, 'short', shortRows, printed);
  const shortContract = contractDoc(w, 'contract-short', { start: shortStart, end: addDays(addMonths(shortStart, 36), -1), termWriting: 'iso', pages: 1 });
  add('employment-short', [hi, ht, shortContract, lease, id, hk, deg], [...income(shortRows, hi), { code: 'EMPLOYMENT_TOO_SHORT', file: null, why: 'contract started 7 months before application' }], ['employed 7 months', 'previous employer in the income rows'], withThreshold);

  // Marks defects: income query without seal or signature and a partial note; tax record sealed by another unit, no note.
  const [mi, mt] = incomePair(w, 'marks', base, printed, {
    income: { marks: { seal: null, note: notePlan(rng.child('marks-note'), { chars: rng.oneOf([5, 9, 12]) }), signature: null, otherWriting: [], lookalikes: [] } },
    tax: { marks: { seal: sealPlan(other.name, rng.child('marks-seal')), note: null, signature: { style: 'cursive-name', name: w.handler, color: 'blue', placement: 'after-handler-label' }, otherWriting: [], lookalikes: [] } },
  });
  add('marks-defects', [mi, mt, ...supporting], income(base, mi), ['income query: no seal, partial note, no signature', 'tax record: another unit’s seal, no note'], withThreshold);

  const otherContract = contractDoc(w, 'contract-other', { employer: other, start, end: contractEnd, termWriting: 'digits', pages: 1 });
  const otherUnit: PlannedFlag[] = [
    { code: 'CONTRACT_EMPLOYER_MISMATCH', file: otherContract.file, why: `contract signed by ${other.name}` },
    { code: 'SEAL_MISMATCH', file: otherContract.file, why: `contract sealed by ${other.name}` },
  ];
  add('contract-other-unit', swap(contract, otherContract), [...income(base, baseIncome), ...otherUnit], ['contract signed by another unit'], withThreshold);

  // Past 60: the manifest names a senior applicant with his or her own (long-term) ID card.
  const senior = makeCitizen(rng.child('senior'), { birthYear: Number(date.slice(0, 4)) - rng.integer(61, 63) });
  const seniorId = idDoc(w, 'id-senior', idCard(senior, addMonths(date, -rng.integer(24, 60))), { scan: officeScan(rng.child('senior-scan'), dpi, { capture: 'bed-dark' }) });
  add('retirement-age', swap(id, seniorId), [...income(base, baseIncome), { code: 'RETIREMENT_AGE', file: null, why: `applicant born ${senior.birth}, over 60` }], ['applicant past retirement age (the other materials are the world applicant’s)'], {
    threshold,
    over: { applicant: { name: senior.name, idNumber: senior.idNumber, birthDate: senior.birth, sex: senior.sex } },
  });

  const young = degreeDoc(w, 'degree-recent', addMonths(date, -14));
  add('experience-short', swap(deg, young), [...income(base, baseIncome), { code: 'WORK_EXPERIENCE_TOO_SHORT', file: young.file, why: 'degree awarded 14 months before application' }], ['recent degree'], withThreshold);

  add('kind-mismatch', all, [...income(base, baseIncome), { code: 'KIND_MISMATCH', file: baseTax.file, why: 'tax record declared as income_query' }], ['wrong declared kind'], {
    threshold,
    over: { documents: all.map((d) => ({ file: d.file, kind: d === baseTax ? 'income_query' : d.content.kind })) },
  });
  add('material-missing', [baseTax, ...supporting], [{ code: 'MATERIAL_MISSING', file: null, why: 'no 申报收入查询' }], ['申报收入查询 not provided'], withThreshold);
  add('file-invalid', all, [
    ...income(base, baseIncome),
    { code: 'FILE_INVALID', file: `docs/${tag}-scan.png.pdf`, why: 'a PNG renamed .pdf' },
    { code: 'FILE_INVALID', file: `docs/${tag}-empty.pdf`, why: 'zero bytes' },
  ], ['two unreadable uploads'], {
    threshold,
    invalid: [
      { file: `docs/${tag}-scan.png.pdf`, make: 'png-as-pdf' },
      { file: `docs/${tag}-empty.pdf`, make: 'empty' },
    ],
  });

  // Renewals (五（三）): 36 months of records.
  const r36 = wageSeries(rng.child('r36'), { months: monthsBefore(date, 36), average: Math.round(rng.between(13000, 20000)), payerOf: own });
  const [ri, rt] = incomePair(w, 'renewal36', r36, printed);
  const renewal = (id: string, docs: BDocSpec[], rows: WageMonth[], expiry: string, injected: string[], extra: PlannedFlag[] = []): void => {
    const window: PlannedFlag[] = windowOk('renewal', date, expiry) ? [] : [{ code: 'RENEWAL_WINDOW', file: null, why: `expiry ${expiry}` }];
    add(id, docs, [...renewalIncomeFlags(guideRows(rows), date), ...window, ...extra], injected, { over: { applicationType: 'renewal', permitExpiry: expiry } });
  };
  renewal('renewal-ok', [ri, rt, contract], r36, addDays(date, rng.integer(45, 55)), []);
  renewal('renewal-early', [ri, rt, contract], r36, addDays(date, rng.integer(100, 200)), ['renewal filed more than 60 days before expiry']);
  renewal('renewal-20-working-days', [ri, rt, contract], r36, expiryLeaving(date, 20), ['exactly 20 working days left for review (boundary, passes)']);
  renewal('renewal-19-working-days', [ri, rt, contract], r36, expiryLeaving(date, 19), ['19 working days left for review (boundary, too late)']);
  renewal('renewal-12-months', [baseIncome, baseTax, contract], base, addDays(date, rng.integer(45, 55)), ['renewal with only 12 months of records']);
  renewal('renewal-other-unit', [ri, rt, otherContract], r36, addDays(date, rng.integer(45, 55)), ['renewal with a contract signed by another unit'], otherUnit);
  // Whose materials: streams of their own, after every earlier case.
  const identity = { all, tax: baseTax, contract, lease, id, rows: base, printed, contractStart: start, contractEnd, threshold, incomeFlags: income(base, baseIncome) };
  plans.push(...planIdentityCases(rng.child('identity'), w, identity));
  return plans;
}
