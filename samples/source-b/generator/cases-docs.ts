/**
 * The documents a world's cases share: the income pair, contracts, lease, ID card, 户口, degree,
 * each with its page plans drawn from its own stream.
 */
import { addDays, addMonths } from '../../generator/dates.ts';
import type { BorrowingStatementDoc, Citizen, Company, IdCardDoc, TermWriting, WageMonth } from './content.ts';
import type { BDocSpec, BPageSpec } from './doc-spec.ts';
import { contractMarks, docSpec, fullMarks, NOTHING, officeScan, type World } from './cases-kit.ts';
import { borrowingStatement, degree, hukou, idCard, idCardValidTo, incomeQuery, laborContract, lease, taxRecord } from './world.ts';
import type { LeaseFacts } from './world.ts';

export interface PairOverride {
  income?: Partial<BPageSpec>;
  tax?: Partial<BPageSpec>;
}

/**
 * 申报收入查询 and 纳税记录 of the same rows, each page sealed, annotated and signed by the handler
 * (one plan for all pages: the same person stamps them in one go). `first` overrides page 1.
 */
export function incomePair(w: World, name: string, rows: WageMonth[], printedOn: string, first: PairOverride = {}, taxRows: WageMonth[] = rows): [BDocSpec, BDocSpec] {
  const r = w.rng.child(`pair/${name}`);
  const make = (which: 'income' | 'tax'): BDocSpec => {
    const rr = r.child(which);
    const base: BPageSpec = { marks: fullMarks(w.employer.name, w.handler, rr.child('marks')), scan: officeScan(rr.child('scan'), w.dpi) };
    const over = first[which];
    const content = which === 'income' ? incomeQuery(w.person, rows, printedOn, rr.child('content')) : taxRecord(w.person, taxRows, printedOn, rr.child('content'));
    return docSpec(w, `${name}-${which}`, content, [over ? { ...base, ...over } : base], { rest: base });
  };
  return [make('income'), make('tax')];
}

/** A labour contract: the employer's (or the signing unit's) seal on the last page. */
export function contractDoc(
  w: World,
  name: string,
  f: { employer?: Company; start: string; end: string | null; termWriting: TermWriting; pages?: number; placedAt?: string },
  lastPage: Partial<BPageSpec> = {},
): BDocSpec {
  const r = w.rng.child(`contract/${name}`);
  const signer = f.employer ?? w.employer;
  const content = laborContract({ employer: signer, employee: w.person, start: f.start, end: f.end, termWriting: f.termWriting, pages: f.pages, placedAt: f.placedAt }, r.child('content'));
  const plain: BPageSpec = { marks: NOTHING, scan: officeScan(r.child('scan'), w.dpi) };
  const pages: BPageSpec[] = Array.from({ length: content.pages }, () => plain);
  pages[content.pages - 1] = { marks: contractMarks(signer.name, r.child('marks')), scan: plain.scan, ...lastPage };
  return docSpec(w, name, content, pages);
}

export function leaseDoc(w: World, name: string, f: Omit<LeaseFacts, 'lessee'>, page: Partial<BPageSpec> = {}): BDocSpec {
  const r = w.rng.child(`lease/${name}`);
  const content = lease({ ...f, lessee: w.person }, r.child('content'));
  return docSpec(w, name, content, [{ marks: NOTHING, scan: officeScan(r.child('scan'), w.dpi), ...page }]);
}

/** A 房屋借住声明 naming the world's person as 借住人, scanned at the office like the lease. */
export function statementDoc(w: World, name: string, f: Pick<BorrowingStatementDoc, 'lender' | 'address' | 'holds'>): BDocSpec {
  const r = w.rng.child(`statement/${name}`);
  const content = borrowingStatement({ ...f, borrower: w.person }, w.date, r.child('content'));
  return docSpec(w, name, content, [{ marks: NOTHING, scan: officeScan(r.child('scan'), w.dpi) }]);
}

/** ID cards are mostly photocopied (the copy the applicant carries), sometimes scanned in colour. */
export function idDoc(w: World, name: string, card: IdCardDoc, page: Partial<BPageSpec> = {}): BDocSpec {
  const r = w.rng.child(`id/${name}`);
  const scan = officeScan(r, w.dpi, r.yes(0.5) ? { defects: ['photocopy'] } : {});
  return docSpec(w, name, card, [{ marks: NOTHING, scan, ...page }]);
}

/** A card in force for years yet: issued 6–84 months before `date`. */
export function validCard(person: Citizen, date: string, rng: World['rng']): IdCardDoc {
  return idCard(person, addMonths(date, -rng.integer(6, 84)));
}

/** A card that ends `days` after `date` (negative: already ended); the holder must have been 16–25 at issue. */
export function cardEnding(person: Citizen, date: string, days: number): IdCardDoc {
  const end = addDays(date, days);
  const from = addMonths(end, -120);
  const card = idCard(person, from);
  if (card.validTo !== end || idCardValidTo(person, from) !== end) throw new Error(`card of ${person.birth} issued ${from} does not run 10 years`);
  return card;
}

export function hukouDoc(w: World): BDocSpec {
  const r = w.rng.child('hukou');
  return docSpec(w, 'hukou', hukou(w.person, addMonths(w.person.birth, 12 * r.integer(18, 22))), [{ marks: NOTHING, scan: officeScan(r, w.dpi) }]);
}

export function degreeDoc(w: World, name: string, awardedOn: string): BDocSpec {
  const r = w.rng.child(`degree/${name}`);
  return docSpec(w, name, degree(w.person, awardedOn, r.child('content')), [{ marks: NOTHING, scan: officeScan(r.child('scan'), w.dpi) }]);
}
