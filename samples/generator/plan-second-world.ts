import type { Rng } from './rng.ts';
import { addDays, addMonths, monthsBefore } from './dates.ts';
import type { DocSpec } from './render-document.ts';
import { degree, hukou, idCardIssuedOn, incomeQuery, incomeSeries, laborContract, lease, makeEmployer, makePerson, resignation, taxRecord, validIdCard } from './world.ts';
import { caseAdder, clean, contractPages, incomePair, spec, type CasePlan, type World } from './case-kit.ts';
import { calendarCovers, expiryLeaving, incomeThreshold, newIncomeFlags, renewalIncomeFlags, windowOk, type PlannedFlag } from './guide-facts.ts';

/**
 * The second world of a split: an `other` employer (1.5×) in a year whose wage figure is not yet
 * published (WAGE_FIGURE_PROVISIONAL on every new application), and the defects the first world
 * lacks: income/tax disagreements, 劳务派遣, a blank contract term, born-digital printouts, employer
 * changes and a renewal under the 5000 floor.
 */
export function planSecondWorld(rng: Rng, tag: string, date: string, dpi: number): CasePlan[] {
  const person = makePerson(rng, rng.int(1985, 1996));
  const employer = makeEmployer(rng);
  const w: World = { person, employer, category: 'other', date, tag, dpi, rng };
  const other = makeEmployer(rng, employer.name);
  const agency: typeof employer = { ...makeEmployer(rng, employer.name), name: `北京${rng.pick(['众才', '易聘', '才汇', '英杰'])}人力资源服务有限公司` };
  const months = monthsBefore(date, 12);
  const printed = addDays(date, -rng.int(2, 10));
  const start = `${monthsBefore(date, 30)[0]}-01`;
  const threshold = incomeThreshold(date, 'other').amount;
  const plans: CasePlan[] = [];
  const add = caseAdder(w, plans);
  const income = (rows: ReturnType<typeof incomeSeries>['rows'], iq: DocSpec): PlannedFlag[] => newIncomeFlags(rows, date, employer.name, 'other', iq.file);

  const base = incomeSeries(rng, months, rng.range(threshold + 3000, threshold + 8000), () => employer.name);
  const [baseIncome, baseTax] = incomePair(w, 'base', base.rows, printed);
  const contract = spec(w, 'contract', laborContract(employer, person, start, null, 'open', rng, 1), contractPages(1, employer.name, rng));
  const leaseDoc = spec(w, 'lease', lease(person, addMonths(date, -3), addMonths(date, 21), rng, [], rng.chance(0.5)), clean(2));
  const id = spec(w, 'id', validIdCard(person, date, rng), clean(1), { colourCopy: true });
  const hk = spec(w, 'hukou', hukou(person, addMonths(person.birth, 220)), clean(1));
  const deg = spec(w, 'degree', degree(person, rng), clean(1));
  const supporting = [contract, leaseDoc, id, hk, deg];
  const all = [baseIncome, baseTax, ...supporting];
  const swap = (from: DocSpec, to: DocSpec): DocSpec[] => all.map((d) => (d === from ? to : d));

  add('clean', all, income(base.rows, baseIncome), [], {}, threshold);

  // Under 1.5× of the last published figure; the income page unsigned, the tax note a partial stamp.
  const below = incomeSeries(rng, months, threshold - rng.int(5, 80), () => employer.name);
  const [bi, bt] = incomePair(w, 'below', below.rows, printed, (doc, i) =>
    i === 0 ? (doc === 'income' ? { marks: { seal: { company: employer.name }, note: { form: 'handwritten', complete: true }, signature: false } } : { marks: { seal: { company: employer.name }, note: { form: 'stamp', complete: false }, signature: true } }) : undefined,
  );
  add('income-below', [bi, bt, ...supporting], income(below.rows, bi), ['average income just below 1.5×', 'income query unsigned', 'tax record: partial stamped note'], {}, threshold);

  // 纳税记录 with three times the tax the declared income can carry (cumulative withholding).
  const inflated = taxRecord(person, base.rows.map((r) => ({ ...r, tax: Math.round(r.tax * 300) / 100 })), printed, rng);
  const bigTax = spec(w, 'tax-inflated', inflated, baseTax.pages);
  add('tax-implausible', swap(baseTax, bigTax), [...income(base.rows, baseIncome), { code: 'INCOME_TAX_INCONSISTENT', file: bigTax.file, why: 'tax paid three times what the income allows' }], ['tax implausible for the income'], {}, threshold);

  // The 申报收入查询 lacks a month the 纳税记录 has; the page is motion-blurred.
  const hole = base.rows.filter((_, i) => i !== 4);
  const holeIncome = spec(w, 'income-hole', incomeQuery(person, hole, printed, rng), [{ ...baseIncome.pages[0], degradations: ['motion_blur'] }]);
  add('income-month-missing', swap(baseIncome, holeIncome), [...income(hole, holeIncome), { code: 'INCOME_TAX_INCONSISTENT', file: baseTax.file, why: `${base.rows[4].period} in the tax record only` }], ['income query lacks a month', 'motion blur'], {}, threshold);

  // Born-digital printouts (browser print to PDF): a real text layer, and no seal, note or signature.
  const digital = (d: DocSpec, name: string): DocSpec => ({ ...spec(w, name, d.content, []), bornDigital: true });
  add('born-digital', [digital(baseIncome, 'digital-income'), digital(baseTax, 'digital-tax'), ...supporting], income(base.rows, baseIncome).map((f) => (f.file === baseIncome.file ? { ...f, file: `docs/${tag}-digital-income.pdf` } : f)), ['income printouts uploaded unstamped, born digital'], {}, threshold);

  // 劳务派遣: the agency signs and seals the contract (二（三）).
  const dispatch = spec(w, 'contract-dispatch', { ...laborContract(agency, person, start, addMonths(start, 48), 'cn', rng, 1), placedAt: employer.name }, contractPages(1, agency.name, rng));
  const dispatchFlags: PlannedFlag[] = [
    { code: 'DISPATCH_INELIGIBLE', file: dispatch.file, why: `劳务派遣 by ${agency.name}` },
    { code: 'SEAL_MISMATCH', file: dispatch.file, why: `contract sealed by ${agency.name}` },
  ];
  add('dispatch', swap(contract, dispatch), [...income(base.rows, baseIncome), ...dispatchFlags], ['劳务派遣 contract'], {}, threshold);

  // The term line of the contract left blank: its validity cannot be read (the income shows the employment).
  const blank = spec(w, 'contract-blank', laborContract(employer, person, start, addMonths(start, 48), 'blank', rng, 1), contractPages(1, employer.name, rng));
  add('contract-term-blank', swap(contract, blank), [...income(base.rows, baseIncome), { code: 'EXTRACTION_UNCERTAIN', file: blank.file, why: 'contract term left blank' }], ['contract term blank'], {}, threshold);

  // A contract that already ended, and a renewed contract of 8 months while the income shows longer (review).
  const ended = spec(w, 'contract-ended', laborContract(employer, person, addMonths(date, -38), addDays(date, -rng.int(10, 60)), 'dash', rng, 1), contractPages(1, employer.name, rng, ['edge_cut']));
  add('contract-expired', swap(contract, ended), [...income(base.rows, baseIncome), { code: 'EXPIRED', file: ended.file, why: 'contract ended before application' }], ['expired contract', 'signature page cut at the edge'], {}, threshold);
  const renewed = spec(w, 'contract-renewed', laborContract(employer, person, `${months[4]}-01`, addMonths(`${months[4]}-01`, 36), 'cnNum', rng, 1), contractPages(1, employer.name, rng));
  add('contract-renewed-recently', swap(contract, renewed), [...income(base.rows, baseIncome), { code: 'EMPLOYMENT_TOO_SHORT', file: renewed.file, why: 'contract 8 months old though income runs 12 months (review)' }], ['recently renewed contract'], {}, threshold);

  // A lease whose term is left blank (五（二）4③), and an ID card running out within 3 months.
  const termless = spec(w, 'lease-termless', lease(person, addMonths(date, -2), addMonths(date, 10), rng, ['term'], false), clean(2));
  add('lease-term-blank', swap(leaseDoc, termless), [
    ...income(base.rows, baseIncome),
    { code: 'LEASE_FIELDS_MISSING', file: termless.file, why: 'lease term blank' },
    { code: 'EXTRACTION_UNCERTAIN', file: termless.file, why: 'no lease term to check validity against' },
  ], ['lease term blank'], {}, threshold);

  const senior = makePerson(rng, Number(date.slice(0, 4)) - rng.int(61, 64));
  const seniorId = spec(w, 'id-senior', idCardIssuedOn(senior, addMonths(date, -rng.int(12, 48))), clean(1), { colourCopy: true });
  add('retirement-age', swap(id, seniorId), [...income(base.rows, baseIncome), { code: 'RETIREMENT_AGE', file: null, why: `applicant born ${senior.birth}, over 60` }], ['applicant past retirement age'], { applicant: { name: senior.name, idNumber: senior.idNumber } }, threshold);

  add('kind-mismatch', all, [...income(base.rows, baseIncome), { code: 'KIND_MISMATCH', file: contract.file, why: 'labour contract declared as lease' }], ['wrong declared kind'], {
    documents: all.map((d) => ({ file: d.file, kind: d === contract ? 'lease_contract' : d.content.kind })),
  }, threshold);
  add('file-encrypted', [baseTax, ...supporting], [{ code: 'FILE_INVALID', file: 'docs/encrypted.pdf', why: 'encrypted PDF' }], ['income query uploaded encrypted'], {
    documents: [{ file: 'docs/encrypted.pdf', kind: 'income_query' }, ...[baseTax, ...supporting].map((d) => ({ file: d.file, kind: d.content.kind }))],
  }, threshold, ['encrypted.pdf']);

  // Employer change (五（四）): 离职证明 + the new contract, 20 working days before expiry.
  const left = addDays(date, -rng.int(15, 25));
  const leaver = spec(w, 'resignation', resignation(person, other, addMonths(left, -40), left, left), [{ marks: { seal: { company: other.name }, note: null, signature: false }, degradations: ['clean'] }], { employer: other.name });
  const newContract = spec(w, 'contract-new', laborContract(employer, person, addDays(left, 1), addMonths(left, 36), 'cn', rng, 1), contractPages(1, employer.name, rng));
  const change = (id: string, docs: DocSpec[], expiry: string, injected: string[], extra: PlannedFlag[] = []): void => {
    const window: PlannedFlag[] = windowOk('employer_change', date, expiry) ? [] : [{ code: 'RENEWAL_WINDOW', file: null, why: `expiry ${expiry}: under 20 working days left` }];
    // An expiry past the published holiday schedules: working days are only estimated (review).
    if (!calendarCovers(expiry)) window.push({ code: 'CALENDAR_NOT_COVERED', file: null, why: `no holiday schedule for ${expiry.slice(0, 4)} yet` });
    add(id, docs, [...window, ...extra], injected, { applicationType: 'employer_change', permitExpiry: expiry });
  };
  const within = (): string => addDays(date, rng.int(100, 190));
  const nextYear = `${Number(date.slice(0, 4)) + 1}-${date.slice(5)}`;
  change('change-ok', [leaver, newContract], within(), []);
  change('change-late', [leaver, newContract], expiryLeaving(date, rng.int(8, 15)), ['under 20 working days before expiry']);
  change('change-no-resignation', [newContract], within(), ['离职证明 not provided'], [{ code: 'MATERIAL_MISSING', file: null, why: 'no 离职证明' }]);
  change('change-dispatch', [leaver, dispatch], addDays(nextYear, rng.int(0, 60)), ['new contract is 劳务派遣'], dispatchFlags);
  change('change-term-blank', [leaver, blank], addDays(nextYear, rng.int(0, 60)), ['new contract term blank'], [{ code: 'EXTRACTION_UNCERTAIN', file: blank.file, why: 'contract term left blank' }]);

  // Renewal with a year of records (36 needed) and two months under the 5000 floor.
  const floor = incomeSeries(rng, months, 9000, () => employer.name);
  // Early months of the window (no January of theirs on record), so the cumulative tax stays consistent.
  for (const [i, amount] of [[rng.int(0, 2), 4800], [rng.int(3, 5), 4999.99]]) floor.rows[i] = { ...floor.rows[i], income: amount, tax: 0 };
  const [fi, ft] = incomePair(w, 'floor', floor.rows, printed);
  for (const [id, expiry] of [['renewal-floor', addDays(date, rng.int(45, 55))], ['renewal-floor-early', addDays(date, rng.int(90, 150))]] as const) {
    const window: PlannedFlag[] = windowOk('renewal', date, expiry) ? [] : [{ code: 'RENEWAL_WINDOW', file: null, why: `expiry ${expiry}` }];
    add(id, [fi, ft, contract], [...renewalIncomeFlags(floor.rows, date), ...window], ['renewal: 12 months of records, two under 5000'], { applicationType: 'renewal', permitExpiry: expiry });
  }
  return plans;
}
