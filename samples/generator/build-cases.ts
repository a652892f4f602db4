import type { Case } from '../../rules/contract/index.ts';
import type { Rng } from './rng.ts';
import { addDays, addMonths, monthsBefore } from './dates.ts';
import type { Employer, IncomeRow, Person } from './docs/content.ts';
import type { DocSpec, PageSpec } from './render-document.ts';
import type { Degradation } from './truth.ts';
import { degree, hukou, idCard, incomeQuery, incomeSeries, laborContract, lease, makeEmployer, makePerson, taxRecord } from './world.ts';
import { pageCountOf } from './draw-page.ts';

/** A case before rendering: its manifest, its documents' specs, and the flags it must raise. */
export interface CasePlan {
  manifest: Case;
  docs: DocSpec[];
  /** Declared file → flags expected from what the case injects at case/document level. */
  caseFlags: { code: string; file: string | null; why: string }[];
  injected: string[];
  threshold: number | null;
  /** Paths of bad (non-PDF, empty, encrypted) files the case references. */
  badFiles: string[];
}

const OK_MARKS = (employer: string): PageSpec['marks'] => ({ seal: { company: employer }, note: { form: 'handwritten', complete: true }, signature: true });

function incomePages(n: number, employer: string, rng: Rng, override?: (i: number) => Partial<PageSpec>): PageSpec[] {
  return Array.from({ length: n }, (_, i) => ({ marks: { ...OK_MARKS(employer), note: { form: rng.chance(0.7) ? 'handwritten' : 'stamp', complete: true } }, degradations: ['clean'] as Degradation[], ...(override?.(i) ?? {}) }));
}

interface World {
  person: Person;
  employer: Employer;
  date: string;
  tag: string;
  dpi: number;
}

function spec(w: World, name: string, content: DocSpec['content'], pages: PageSpec[], rng: Rng, extra: Partial<DocSpec> = {}): DocSpec {
  return { file: `docs/${w.tag}-${name}.pdf`, content, employer: w.employer.name, dpi: w.dpi, quality: 72, pages, seed: `${w.tag}-${name}-${rng.int(0, 1e9)}`, ...extra };
}

function clean(n: number): PageSpec[] {
  return Array.from({ length: n }, () => ({ marks: { seal: null, note: null, signature: false }, degradations: ['clean'] as Degradation[] }));
}

/**
 * The cases of one "world" (one applicant at one employer, 2021 rules: 1.2× = 11288, 1.5× = 14111).
 * Supporting documents are shared between cases to keep the committed corpus small; each case adds
 * only the documents its defect needs. Every expected flag is decided here, where the defect is drawn.
 */
export function planWorld(rng: Rng, tag: string, date: string, dpi: number): CasePlan[] {
  const person = makePerson(rng);
  const employer = makeEmployer(rng);
  const w: World = { person, employer, date, tag, dpi };
  const other = makeEmployer(rng, employer.name);
  const months = monthsBefore(date, 12);
  const printed = addDays(date, -rng.int(3, 12));
  const start = addMonths(monthsBefore(date, 30)[0] + '-01', 0);
  const contractEnd = addDays(addMonths(start, 36), -1);

  const mkIncome = (name: string, rows: IncomeRow[], on = printed, pageOverride?: (i: number) => Partial<PageSpec>): [DocSpec, DocSpec] => {
    const iq = incomeQuery(person, rows, on, rng);
    const tr = taxRecord(person, rows, on, rng);
    return [
      spec(w, `${name}-income`, iq, incomePages(pageCountOf(iq), employer.name, rng, pageOverride), rng),
      spec(w, `${name}-tax`, tr, incomePages(pageCountOf(tr), employer.name, rng, pageOverride), rng),
    ];
  };
  const base = incomeSeries(rng, months, rng.range(15000, 22000), () => employer.name);
  const [baseIncome, baseTax] = mkIncome('base', base.rows);
  const contract = spec(w, 'contract', laborContract(employer, person, start, contractEnd, rng.pick(['cn', 'dot', 'cnNum', 'dash'] as const), rng, 2), clean(2), rng);
  contract.pages[1] = { marks: { seal: { company: employer.name }, note: null, signature: false, lookalikes: rng.chance(0.5) ? ['fingerprint'] : [] }, degradations: ['clean'] };
  const leaseDoc = spec(w, 'lease', lease(person, addMonths(date, -6), addMonths(date, 18), rng, [], rng.chance(0.5)), clean(2), rng);
  const idStart = addMonths(person.birth, 12 * 24 + 3);
  const id = spec(w, 'id', idCard(person, idStart, addMonths(idStart, 120)), clean(1), rng, { colourCopy: true });
  const hk = spec(w, 'hukou', hukou(person, addMonths(person.birth, 200)), clean(1), rng);
  const deg = spec(w, 'degree', degree(person, rng), clean(1), rng);
  const supporting = [contract, leaseDoc, id, hk, deg];

  const manifest = (id: string, docs: DocSpec[], over: Partial<Case> = {}): Case => ({
    id: `${tag}-${id}`,
    applicationType: 'new',
    applicationDate: date,
    applicant: { name: person.name, idNumber: person.idNumber },
    employer: { name: employer.name, category: 'high_tech', creditCode: employer.creditCode },
    condition: 'degree',
    permitExpiry: null,
    documents: docs.map((d) => ({ file: d.file, kind: d.content.kind })),
    ...over,
  });
  const plans: CasePlan[] = [];
  const add = (id: string, docs: DocSpec[], flags: CasePlan['caseFlags'], injected: string[], over: Partial<Case> = {}, threshold: number | null = 11288, badFiles: string[] = []): void => {
    plans.push({ manifest: manifest(id, docs, over), docs, caseFlags: flags, injected, threshold, badFiles });
  };

  add('clean', [baseIncome, baseTax, ...supporting], [], []);
  add('clean-other-category', [baseIncome, baseTax, ...supporting], [], [], { employer: { name: employer.name, category: 'other', creditCode: employer.creditCode } }, 14111);

  // Threshold: a few yuan either side of 11288 (1.2×, data year 2020).
  const below = incomeSeries(rng, months, 11288 - rng.int(5, 60), () => employer.name);
  const [bi, bt] = mkIncome('below', below.rows);
  add('income-below', [bi, bt, ...supporting], [{ code: 'INCOME_BELOW_THRESHOLD', file: null, why: `average ${below.average} < 11288` }], ['average income just below 1.2×']);
  const above = incomeSeries(rng, months, 11288 + rng.int(5, 60), () => employer.name);
  const [ai, at] = mkIncome('above', above.rows);
  add('income-above', [ai, at, ...supporting], [], []);

  // A month missing from both documents (gap in the 12 months).
  const gapMonth = rng.int(2, 9);
  const gapRows = base.rows.filter((_, i) => i !== gapMonth);
  const [gi, gt] = mkIncome('gap', gapRows);
  add('months-missing', [gi, gt, ...supporting], [{ code: 'INCOME_MONTHS_MISSING', file: null, why: `no record for ${base.rows[gapMonth].period}` }], ['one month missing']);

  // Another withholding agent for the first three months.
  const pay = incomeSeries(rng, months, rng.range(19000, 24000), (m) => (months.indexOf(m) < 3 ? other.name : employer.name));
  const [pi, pt] = mkIncome('payer', pay.rows);
  add('payer-mismatch', [pi, pt, ...supporting], [{ code: 'PAYER_MISMATCH', file: pi.file, why: `${other.name} withheld 3 months` }], ['another payer for 3 months']);

  // Stale printouts: printed 40+ days before application.
  const [si, st] = mkIncome('stale', base.rows, addDays(date, -rng.int(40, 70)));
  add('stale', [si, st, ...supporting], [
    { code: 'MATERIAL_STALE', file: si.file, why: 'printed more than 1 month before application' },
    { code: 'MATERIAL_STALE', file: st.file, why: 'printed more than 1 month before application' },
  ], ['income printouts older than 1 month']);

  // Contract ending within 3 months; ID card already expired; lease with fields missing and ending soon.
  const soon = spec(w, 'contract-soon', laborContract(employer, person, start, addDays(date, rng.int(20, 80)), 'cn', rng, 2), clean(2), rng);
  soon.pages[1] = contract.pages[1];
  add('contract-ending', [baseIncome, baseTax, soon, leaseDoc, id, hk, deg], [{ code: 'VALIDITY_TOO_SHORT', file: soon.file, why: 'contract ends within 3 months' }], ['contract ends within 3 months']);
  const oldId = spec(w, 'id-expired', idCard(person, addMonths(date, -120 - 3), addMonths(date, -3)), clean(1), rng, { colourCopy: false });
  add('id-expired', [baseIncome, baseTax, contract, leaseDoc, oldId, hk, deg], [{ code: 'EXPIRED', file: oldId.file, why: 'ID card validity ended before application' }], ['expired ID card']);
  const badLease = spec(w, 'lease-missing', lease(person, addMonths(date, -10), addDays(date, rng.int(20, 70)), rng, ['lessorId', 'lesseePhone'], true), clean(2), rng);
  add('lease-defects', [baseIncome, baseTax, contract, badLease, id, hk, deg], [
    { code: 'LEASE_FIELDS_MISSING', file: badLease.file, why: 'lessor ID and lessee phone left blank' },
    { code: 'VALIDITY_TOO_SHORT', file: badLease.file, why: 'lease ends within 3 months' },
  ], ['lease fields blank', 'lease ends within 3 months']);

  // Short employment: contract started 7 months ago; before that another employer paid.
  const shortStart = addMonths(`${months[5]}-01`, 0);
  const shortRows = incomeSeries(rng, months, rng.range(18000, 24000), (m) => (m < shortStart.slice(0, 7) ? other.name : employer.name));
  const [hi, ht] = mkIncome('short', shortRows.rows);
  const shortContract = spec(w, 'contract-short', laborContract(employer, person, shortStart, addMonths(shortStart, 36), 'dot', rng, 2), clean(2), rng);
  shortContract.pages[1] = contract.pages[1];
  add('employment-short', [hi, ht, shortContract, leaseDoc, id, hk, deg], [
    { code: 'EMPLOYMENT_TOO_SHORT', file: null, why: 'contract started 7 months before application' },
    { code: 'PAYER_MISMATCH', file: hi.file, why: 'months before the contract were paid by the previous employer' },
  ], ['employed 7 months', 'previous employer in income']);

  // Page defects on the income materials (each expected flag comes from page truth).
  const [mi, mt] = mkIncome('marks', base.rows, printed, () => ({}));
  mi.pages[0] = { marks: { seal: null, note: { form: 'handwritten', complete: false }, signature: false }, degradations: ['clean'] };
  mt.pages[0] = { marks: { seal: { company: other.name }, note: null, signature: true }, degradations: ['clean'] };
  add('marks-defects', [mi, mt, ...supporting], [], ['income query: no seal, partial note, no signature', 'tax record: another company seal, no note']);
  const [qi, qt] = mkIncome('quality', base.rows, printed, () => ({}));
  qi.pages[0] = { ...qi.pages[0], degradations: ['gaussian_blur'] };
  qt.pages[0] = { ...qt.pages[0], degradations: ['skew'] };
  add('scan-defects', [qi, qt, ...supporting], [], ['blurred income query', 'skewed tax record']);

  // Declared kind differs; a material is missing; unreadable files.
  add('kind-mismatch', [baseIncome, baseTax, ...supporting], [{ code: 'KIND_MISMATCH', file: baseTax.file, why: 'tax record declared as income_query' }], ['wrong declared kind'], {
    documents: [baseIncome, baseTax, ...supporting].map((d) => ({ file: d.file, kind: d === baseTax ? 'income_query' : d.content.kind })),
  });
  add('material-missing', [baseTax, ...supporting], [{ code: 'MATERIAL_MISSING', file: null, why: 'no 申报收入查询' }], ['申报收入查询 not provided']);
  add('file-invalid', [baseIncome, baseTax, ...supporting], [
    { code: 'FILE_INVALID', file: 'docs/not-a-pdf.pdf', why: 'a JPEG renamed .pdf' },
    { code: 'FILE_INVALID', file: 'docs/empty.pdf', why: 'zero bytes' },
  ], ['two unreadable uploads'], {
    documents: [...[baseIncome, baseTax, ...supporting].map((d) => ({ file: d.file, kind: d.content.kind })), { file: 'docs/not-a-pdf.pdf', kind: 'degree_certificate' }, { file: 'docs/empty.pdf' }],
  }, 11288, ['not-a-pdf.pdf', 'empty.pdf']);

  // Renewal and employer change: windows (60 days / 20 working days before expiry).
  add('renewal-ok', [baseIncome, baseTax, contract], [], [], { applicationType: 'renewal', permitExpiry: addDays(date, rng.int(25, 50)) }, null);
  add('renewal-window', [baseIncome, baseTax, contract], [{ code: 'RENEWAL_WINDOW', file: null, why: 'expiry more than 60 days after application' }], ['renewal filed too early'], { applicationType: 'renewal', permitExpiry: addDays(date, rng.int(100, 200)) }, null);
  const floor = incomeSeries(rng, months, 9000, () => employer.name);
  floor.rows[rng.int(0, 11)].income = 4800;
  const [fi, ft] = mkIncome('floor', floor.rows);
  add('renewal-floor', [fi, ft, contract], [{ code: 'RENEWAL_INCOME_BELOW_FLOOR', file: null, why: 'one month at 4800 < 5000' }], ['a month under 5000'], { applicationType: 'renewal', permitExpiry: addDays(date, rng.int(25, 50)) }, null);
  return plans;
}
