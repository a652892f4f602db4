/**
 * Source B's identity cases of a first world: one material belongs to someone else (a colleague's
 * tax record, another employee's contract, the spouse's ID card, a relative's lease), the
 * applicant's contract carries the ID number with a digit wrong, and the applicant's own card is only
 * scanned blurred. Every stream is a child of `identity`, so no earlier case or document changes.
 * PERSON_MISMATCH is decided here, where the other person is put in.
 */
import { addMonths } from '../../generator/dates.ts';
import type { PlannedFlag } from '../../generator/guide-facts.ts';
import type { Citizen } from './content.ts';
import type { RandomStream } from './rng.ts';
import type { BDocSpec } from './doc-spec.ts';
import { caseAdder, officeScan, type BCasePlan, type World } from './cases-kit.ts';
import { contractDoc, idDoc, incomePair, leaseDoc, statementDoc, validCard } from './cases-docs.ts';
import type { WageMonth } from './content.ts';
import { makeCitizen } from './identity.ts';

export interface IdentityBase {
  all: BDocSpec[];
  tax: BDocSpec;
  contract: BDocSpec;
  lease: BDocSpec;
  id: BDocSpec;
  rows: WageMonth[];
  printed: string;
  contractStart: string;
  contractEnd: string;
  threshold: number;
  incomeFlags: PlannedFlag[];
}

/** Another person sharing no character of the applicant's name. */
function someoneElse(rng: RandomStream, person: Citizen, sex?: Citizen['sex']): Citizen {
  for (let i = 0; ; i++) {
    const p = makeCitizen(rng.child(`try-${i}`), { birthYear: rng.integer(1980, 1995), ...(sex ? { sex } : {}) });
    if (![...p.name].some((c) => person.name.includes(c))) return p;
  }
}

/** The applicant's number with one digit of the sequence changed: the check character no longer holds. */
function typoOf(id: string, rng: RandomStream): string {
  const i = rng.integer(14, 16);
  return id.slice(0, i) + ((Number(id[i]) + rng.integer(1, 9)) % 10) + id.slice(i + 1);
}

export function planIdentityCases(rng: RandomStream, w: World, b: IdentityBase): BCasePlan[] {
  const plans: BCasePlan[] = [];
  const own: World = { ...w, rng };
  const add = caseAdder(own, plans);
  const swap = (from: BDocSpec, to: BDocSpec): BDocSpec[] => b.all.map((d) => (d === from ? to : d));
  const mismatch = (d: BDocSpec, why: string): PlannedFlag => ({ code: 'PERSON_MISMATCH', file: d.file, why });
  const as = (person: Citizen, label: string): World => ({ ...own, person, rng: rng.child(label) });

  const colleague = someoneElse(rng.child('colleague'), w.person);
  const [, tax] = incomePair(as(colleague, 'colleague'), 'colleague', b.rows, b.printed);
  add('person-colleague-tax', swap(b.tax, tax), [...b.incomeFlags, mismatch(tax, 'the tax record is a colleague’s')], ['a colleague’s tax record'], { threshold: b.threshold });

  const other = someoneElse(rng.child('other-employee'), w.person);
  const contract = contractDoc(as(other, 'other-employee'), 'contract-colleague', { start: b.contractStart, end: b.contractEnd, termWriting: 'digits', pages: 1 });
  add('person-other-contract', swap(b.contract, contract), [...b.incomeFlags, mismatch(contract, 'the contract is another employee’s')], ['another employee’s contract'], { threshold: b.threshold });

  const spouse = someoneElse(rng.child('spouse'), w.person, w.person.sex === 'male' ? 'female' : 'male');
  const card = idDoc(as(spouse, 'spouse'), 'id-spouse', validCard(spouse, w.date, rng.child('spouse-card')));
  add('person-spouse-id', swap(b.id, card), [...b.incomeFlags, mismatch(card, 'the ID card is the spouse’s')], ['the spouse’s ID card'], { threshold: b.threshold });

  const relative = someoneElse(rng.child('relative'), w.person);
  const home = leaseDoc(as(relative, 'relative'), 'lease-relative', { start: addMonths(w.date, -4), end: addMonths(w.date, 20), termWriting: 'chinese-numerals' });
  add('person-relative-lease', swap(b.lease, home), [...b.incomeFlags, mismatch(home, 'the lessee is a relative (review: 借住声明 or 婚姻凭证)')], ['a relative’s lease'], { threshold: b.threshold });

  const typo = { ...w.person, idNumber: typoOf(w.person.idNumber, rng.child('typo')) };
  const typoContract = contractDoc(as(typo, 'typo'), 'contract-id-typo', { start: b.contractStart, end: b.contractEnd, termWriting: 'digits', pages: 1 });
  add('person-id-typo', swap(b.contract, typoContract), [...b.incomeFlags, mismatch(typoContract, 'the contract’s ID number has one digit wrong (check digit fails)')], ['the applicant’s contract with a digit of the ID number wrong'], { threshold: b.threshold });

  const blurredScan = officeScan(rng.child('blur-scan'), w.dpi, { defects: ['gaussian_blur'] });
  const blurred = idDoc(as(w.person, 'blur'), 'id-blurred', validCard(w.person, w.date, rng.child('blur-card')), { scan: blurredScan });
  add('person-own-id-blurred', swap(b.id, blurred), [...b.incomeFlags], ['the applicant’s own ID card scanned blurred (names read with slips)'], { threshold: b.threshold });

  // The relative's lease with a 借住声明 (五（二）4②): streams of their own, no earlier document changes.
  const address = home.content.kind === 'lease_contract' ? home.content.address : '';
  const lent = statementDoc(as(w.person, 'statement'), 'statement-relative', { lender: relative, address, holds: '承租人' });
  add('person-relative-lease-statement', [...swap(b.lease, home), lent], [...b.incomeFlags], ['a relative’s lease with the relative’s 借住声明 naming the applicant'], { threshold: b.threshold });
  const stranger = someoneElse(rng.child('stranger'), w.person);
  const wrong = statementDoc(as(w.person, 'statement-stranger'), 'statement-other-lender', { lender: stranger, address, holds: '产权人' });
  add('person-relative-lease-other-lender', [...swap(b.lease, home), wrong], [...b.incomeFlags, mismatch(home, 'the 借住声明’s lender is neither party of the lease (review stays)')], ['a relative’s lease with a 借住声明 signed by someone else as lender'], { threshold: b.threshold });
  return plans;
}
