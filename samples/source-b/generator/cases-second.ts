/**
 * Source B's second world of a split (a 2026 application date, whose 2025 wage figure is not
 * published: WAGE_FIGURE_PROVISIONAL on every new application): income/tax disagreements, born-digital
 * printouts, 劳务派遣, blank and open-ended terms, an expired contract, an ID card running out,
 * employer changes (some with an expiry in a year the holiday data does not reach) and renewals under
 * the 5000 floor.
 */
import { addDays, addMonths, monthsBefore } from '../../generator/dates.ts';
import { calendarCovers, expiryLeaving, incomeThreshold, newIncomeFlags, renewalIncomeFlags, windowOk, type PlannedFlag } from '../../generator/guide-facts.ts';
import type { WageMonth } from './content.ts';
import type { RandomStream } from './rng.ts';
import type { BDocSpec } from './doc-spec.ts';
import { caseAdder, guideRows, notePlan, officeScan, sealPlan, signaturePlan, type BCasePlan, type Category, type World } from './cases-kit.ts';
import { cardEnding, contractDoc, degreeDoc, hukouDoc, idDoc, incomePair, leaseDoc, validCard } from './cases-docs.ts';
import { docSpec } from './cases-kit.ts';
import { idCard, makeAgency, makeCitizen, makeCompany, resignation, taxRecord, wageSeries, withIncome } from './world.ts';
import { makeName } from './identity.ts';

export function planSecondWorld(rng: RandomStream, tag: string, date: string, dpi: number, category: Category): BCasePlan[] {
  // Born 1991–1995: a 10-year card issued in 2016 at 21–25 can run out within the quarter.
  const person = makeCitizen(rng.child('person'), { birthYear: rng.integer(1991, 1995) });
  const employer = makeCompany(rng.child('employer'), { long: true });
  const other = makeCompany(rng.child('other'), { avoid: [employer.name] });
  const agency = makeAgency(rng.child('agency'), [employer.name, other.name]);
  const w: World = { tag, date, category, dpi, person, employer, handler: makeName(rng.child('handler'), rng.yes(0.5) ? 'female' : 'male'), rng };
  const plans: BCasePlan[] = [];
  const add = caseAdder(w, plans);
  const months = monthsBefore(date, 12);
  const printed = addDays(date, -rng.integer(2, 10));
  const start = `${monthsBefore(date, 30)[0]}-01`;
  const threshold = incomeThreshold(date, category).amount;
  const own = () => employer;
  const income = (rows: WageMonth[], iq: BDocSpec): PlannedFlag[] => newIncomeFlags(guideRows(rows), date, employer.name, category, iq.file);
  const withThreshold = { threshold };

  const base = wageSeries(rng.child('base'), { months, average: Math.round(rng.between(threshold + 3000, threshold + 9000)), payerOf: own });
  const [baseIncome, baseTax] = incomePair(w, 'base', base, printed);
  const contract = contractDoc(w, 'contract', { start, end: null, termWriting: 'open-ended', pages: 3 });
  const lease = leaseDoc(w, 'lease', { start: addMonths(date, -3), end: addMonths(date, 21), termWriting: 'digits' });
  const id = idDoc(w, 'id', validCard(person, date, rng.child('id')));
  const hk = hukouDoc(w);
  const deg = degreeDoc(w, 'degree', addMonths(person.birth, 12 * 24 + rng.integer(5, 7)));
  const supporting = [contract, lease, id, hk, deg];
  const all = [baseIncome, baseTax, ...supporting];
  const swap = (from: BDocSpec, to: BDocSpec): BDocSpec[] => all.map((d) => (d === from ? to : d));

  add('baseline', all, income(base, baseIncome), ['2025 wage figure unpublished'], withThreshold);

  // Under the line; the income page unsigned, the tax note a partial stamp.
  const below = wageSeries(rng.child('below'), { months, average: threshold - rng.integer(5, 80), payerOf: own });
  const [bi, bt] = incomePair(w, 'below', below, printed, {
    income: { marks: { seal: sealPlan(employer.name, rng.child('below-seal')), note: notePlan(rng.child('below-note'), { form: 'handwritten' }), signature: null, otherWriting: [], lookalikes: [] } },
    tax: { marks: { seal: sealPlan(employer.name, rng.child('below-seal2')), note: notePlan(rng.child('below-note2'), { form: 'stamp', chars: rng.oneOf([10, 14, 16]) }), signature: signaturePlan(w.handler, rng.child('below-sig')), otherWriting: [], lookalikes: [] } },
  });
  add('income-below', [bi, bt, ...supporting], income(below, bi), ['average under the threshold', 'income query unsigned', 'tax record: partial stamped note'], withThreshold);

  // The 纳税记录 shows three times the tax the declared income can carry.
  const inflated = taxRecord(person, base.map((r) => withIncome(r, r.income, Math.round(r.tax * 300) / 100 + 200)), printed, rng.child('inflated'));
  const bigTax = docSpec(w, 'tax-inflated', inflated, baseTax.pages, { rest: baseTax.rest });
  add('tax-implausible', swap(baseTax, bigTax), [...income(base, baseIncome), { code: 'INCOME_TAX_INCONSISTENT', file: bigTax.file, why: 'tax paid three times what the income allows' }], ['tax implausible for the income'], withThreshold);

  // The 申报收入查询 lacks a month the 纳税记录 has; its first page motion-blurred.
  const holeRows = base.filter((_, i) => i !== 4);
  const [holeIncome] = incomePair(w, 'income-hole', holeRows, printed, { income: { scan: officeScan(rng.child('hole-blur'), dpi, { defects: ['motion_blur'] }) } });
  add('income-month-missing', swap(baseIncome, holeIncome), [...income(holeRows, holeIncome), { code: 'INCOME_TAX_INCONSISTENT', file: baseTax.file, why: `${base[4]!.period} in the tax record only` }], ['income query lacks a month', 'motion blur'], withThreshold);

  // Born-digital printouts: a text layer, and no seal, note or signature.
  const digitalIncome: BDocSpec = { ...docSpec(w, 'digital-income', baseIncome.content, []), bornDigital: true };
  const digitalTax: BDocSpec = { ...docSpec(w, 'digital-tax', baseTax.content, []), bornDigital: true };
  add('born-digital', [digitalIncome, digitalTax, ...supporting], income(base, digitalIncome), ['income printouts uploaded unstamped, born digital'], withThreshold);

  const dispatch = contractDoc(w, 'contract-dispatch', { employer: agency, start, end: addDays(addMonths(start, 48), -1), termWriting: 'chinese-numerals', pages: 2, placedAt: employer.name });
  const dispatchFlags: PlannedFlag[] = [
    { code: 'DISPATCH_INELIGIBLE', file: dispatch.file, why: `劳务派遣 by ${agency.name}` },
    { code: 'SEAL_MISMATCH', file: dispatch.file, why: `contract sealed by ${agency.name}` },
  ];
  add('dispatch', swap(contract, dispatch), [...income(base, baseIncome), ...dispatchFlags], ['劳务派遣 contract'], withThreshold);

  const blank = contractDoc(w, 'contract-blank', { start, end: addMonths(start, 48), termWriting: 'blank', pages: 1 });
  add('contract-term-blank', swap(contract, blank), [...income(base, baseIncome), { code: 'EXTRACTION_UNCERTAIN', file: blank.file, why: 'contract term left blank' }], ['contract term blank'], withThreshold);

  const ended = contractDoc(w, 'contract-ended', { start: addMonths(date, -38), end: addDays(date, -rng.integer(10, 60)), termWriting: 'digits', pages: 1 }, {
    scan: officeScan(rng.child('ended-cut'), dpi, { cutMm: { top: 0, right: rng.integer(15, 28), bottom: 0, left: 0 } }),
  });
  add('contract-expired', swap(contract, ended), [...income(base, baseIncome), { code: 'EXPIRED', file: ended.file, why: 'contract ended before application' }], ['expired contract', 'signature page cut at the right edge'], withThreshold);

  const renewedStart = `${months[4]}-01`;
  const renewed = contractDoc(w, 'contract-renewed', { start: renewedStart, end: addDays(addMonths(renewedStart, 36), -1), termWriting: 'chinese-numerals', pages: 1 });
  add('contract-renewed-recently', swap(contract, renewed), [...income(base, baseIncome), { code: 'EMPLOYMENT_TOO_SHORT', file: renewed.file, why: 'contract 8 months old though income runs 12 months (review)' }], ['recently renewed contract'], withThreshold);

  const termless = leaseDoc(w, 'lease-termless', { start: addMonths(date, -2), end: addMonths(date, 10), blanks: ['term'], handFilled: false });
  add('lease-term-blank', swap(lease, termless), [
    ...income(base, baseIncome),
    { code: 'LEASE_FIELDS_MISSING', file: termless.file, why: 'lease term blank' },
    { code: 'EXTRACTION_UNCERTAIN', file: termless.file, why: 'no lease term to check validity against' },
  ], ['lease term blank'], withThreshold);

  const ending = idDoc(w, 'id-ending', cardEnding(person, date, rng.integer(20, 70)));
  add('id-ending-soon', swap(id, ending), [...income(base, baseIncome), { code: 'VALIDITY_TOO_SHORT', file: ending.file, why: 'ID card ends within 3 months' }], ['ID card runs out within 3 months'], withThreshold);

  const senior = makeCitizen(rng.child('senior'), { birthYear: Number(date.slice(0, 4)) - rng.integer(61, 64) });
  const seniorId = idDoc(w, 'id-senior', idCard(senior, addMonths(date, -rng.integer(12, 48))), { scan: officeScan(rng.child('senior-scan'), dpi, { capture: 'phone', rotationDeg: 0 }) });
  add('retirement-age', swap(id, seniorId), [...income(base, baseIncome), { code: 'RETIREMENT_AGE', file: null, why: `applicant born ${senior.birth}, over 60` }], ['applicant past retirement age', 'ID card photographed'], {
    threshold,
    over: { applicant: { name: senior.name, idNumber: senior.idNumber, birthDate: senior.birth, sex: senior.sex } },
  });

  const young = degreeDoc(w, 'degree-recent', addMonths(date, -13));
  add('experience-short', swap(deg, young), [...income(base, baseIncome), { code: 'WORK_EXPERIENCE_TOO_SHORT', file: young.file, why: 'degree awarded 13 months before application' }], ['recent degree'], withThreshold);

  add('kind-mismatch', all, [...income(base, baseIncome), { code: 'KIND_MISMATCH', file: contract.file, why: 'labour contract declared as lease' }], ['wrong declared kind'], {
    threshold,
    over: { documents: all.map((d) => ({ file: d.file, kind: d === contract ? 'lease_contract' : d.content.kind })) },
  });
  const truncated = `docs/${tag}-income-truncated.pdf`;
  add('file-truncated', [baseTax, ...supporting], [{ code: 'FILE_INVALID', file: truncated, why: 'PDF cut off mid-upload (no xref, no %%EOF)' }], ['income query upload truncated'], {
    threshold,
    invalid: [{ file: truncated, make: 'truncated-pdf', from: baseIncome.file }],
    over: { documents: [{ file: truncated, kind: 'income_query' }, ...[baseTax, ...supporting].map((d) => ({ file: d.file, kind: d.content.kind }))] },
  });

  // Employer change (五（四）): 离职证明 of the previous unit and the new contract.
  const left = addDays(date, -rng.integer(15, 25));
  const resign = (name: string, issued: string): BDocSpec => {
    const r = rng.child(`resign/${name}`);
    return docSpec(w, name, resignation(person, other, addMonths(left, -40), left, issued), [{ marks: { seal: sealPlan(other.name, r, { placement: 'seal-zone' }), note: null, signature: null, otherWriting: [], lookalikes: [] }, scan: officeScan(r, dpi) }], { employer: other.name });
  };
  const leaver = resign('resignation', left);
  const staleLeaver = resign('resignation-old', addDays(date, -rng.integer(40, 60)));
  const newContract = contractDoc(w, 'contract-new', { start: addDays(left, 1), end: addDays(addMonths(left, 36), 0), termWriting: 'digits', pages: 1 });
  const change = (id: string, docs: BDocSpec[], expiry: string, injected: string[], extra: PlannedFlag[] = []): void => {
    const window: PlannedFlag[] = windowOk('employer_change', date, expiry) ? [] : [{ code: 'RENEWAL_WINDOW', file: null, why: `expiry ${expiry}: under 20 working days left` }];
    if (!calendarCovers(expiry)) window.push({ code: 'CALENDAR_NOT_COVERED', file: null, why: `no holiday schedule for ${expiry.slice(0, 4)} yet` });
    add(id, docs, [...window, ...extra], injected, { over: { applicationType: 'employer_change', permitExpiry: expiry } });
  };
  const within = (): string => addDays(date, rng.integer(90, 150));
  const nextYear = `${Number(date.slice(0, 4)) + 1}-${date.slice(5)}`;
  change('change-ok', [leaver, newContract], within(), []);
  change('change-late', [leaver, newContract], expiryLeaving(date, rng.integer(8, 15)), ['under 20 working days before expiry']);
  change('change-no-resignation', [newContract], within(), ['离职证明 not provided'], [{ code: 'MATERIAL_MISSING', file: null, why: 'no 离职证明' }]);
  change('change-stale-resignation', [staleLeaver, newContract], within(), ['离职证明 issued more than a month before'], [{ code: 'MATERIAL_STALE', file: staleLeaver.file, why: 'issued more than 1 month before application' }]);
  change('change-dispatch', [leaver, dispatch], addDays(nextYear, rng.integer(0, 60)), ['new contract is 劳务派遣'], dispatchFlags);
  change('change-term-blank', [leaver, blank], addDays(nextYear, rng.integer(0, 60)), ['new contract term blank'], [{ code: 'EXTRACTION_UNCERTAIN', file: blank.file, why: 'contract term left blank' }]);

  // Renewals with 36 months: one clean, and one with two months under the 5000 floor.
  const r36 = wageSeries(rng.child('r36'), { months: monthsBefore(date, 36), average: Math.round(rng.between(11000, 16000)), payerOf: own });
  const [ri, rt] = incomePair(w, 'renewal36', r36, printed);
  const floorMonths = monthsBefore(date, 36);
  const floor = wageSeries(rng.child('floor'), { months: floorMonths, average: Math.round(rng.between(9000, 12000)), payerOf: own, fixed: { [floorMonths[rng.integer(0, 5)]!]: 4800, [floorMonths[rng.integer(8, 14)]!]: 4999.99 } });
  const [fi, ft] = incomePair(w, 'floor', floor, printed);
  const renewal = (id: string, docs: BDocSpec[], rows: WageMonth[], expiry: string, injected: string[]): void => {
    const window: PlannedFlag[] = windowOk('renewal', date, expiry) ? [] : [{ code: 'RENEWAL_WINDOW', file: null, why: `expiry ${expiry}` }];
    add(id, docs, [...renewalIncomeFlags(guideRows(rows), date), ...window], injected, { over: { applicationType: 'renewal', permitExpiry: expiry } });
  };
  renewal('renewal-ok', [ri, rt, contract], r36, addDays(date, rng.integer(40, 55)), []);
  renewal('renewal-floor', [fi, ft, contract], floor, addDays(date, rng.integer(40, 55)), ['two months under 5000']);
  renewal('renewal-floor-early', [fi, ft, contract], floor, addDays(date, rng.integer(90, 150)), ['two months under 5000', 'filed more than 60 days before expiry']);
  return plans;
}
