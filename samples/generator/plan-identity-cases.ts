import type { Rng } from './rng.ts';
import { addMonths } from './dates.ts';
import type { DocSpec } from './render-document.ts';
import type { Degradation } from './truth.ts';
import type { IncomeRow, Person } from './docs/content.ts';
import { borrowingStatement, laborContract, lease, makePerson, taxRecord, validIdCard } from './world.ts';
import { caseAdder, clean, contractPages, spec, type CasePlan, type World } from './case-kit.ts';
import type { PlannedFlag } from './guide-facts.ts';

/** The first world's documents an identity case swaps one of. */
export interface IdentityBase {
  all: DocSpec[];
  tax: DocSpec;
  contract: DocSpec;
  lease: DocSpec;
  id: DocSpec;
  rows: IncomeRow[];
  printed: string;
  contractStart: string;
  contractEnd: string;
  threshold: number;
  /** The income flags every new application of the world raises. */
  incomeFlags: PlannedFlag[];
}

/** Another person sharing no character of the applicant's name: a colleague, a spouse, a relative. */
function someoneElse(rng: Rng, person: Person, sex?: Person['sex']): Person {
  for (;;) {
    const p = makePerson(rng, rng.int(1980, 1995));
    if ([...p.name].some((c) => person.name.includes(c))) continue;
    if (sex && p.sex !== sex) continue;
    return p;
  }
}

/** The applicant's number with one digit of the body changed: its check character no longer holds. */
function typoOf(id: string, rng: Rng): string {
  const i = rng.int(14, 16);
  const d = (Number(id[i]) + rng.int(1, 9)) % 10;
  return id.slice(0, i) + d + id.slice(i + 1);
}

/**
 * Cases where one material belongs to someone else (a colleague's tax record, another employee's
 * contract, the spouse's ID card, a relative's lease) or carries the applicant's number with a digit
 * wrong, and one where the applicant's own card is only scanned blurred (read with slips, not
 * another person). Drawn from their own stream and appended after the world's cases, so no earlier
 * document or case changes. PERSON_MISMATCH is decided here, where the other person is put in.
 */
export function planIdentityCases(rng: Rng, w: World, b: IdentityBase): CasePlan[] {
  const plans: CasePlan[] = [];
  const own: World = { ...w, rng };
  const add = caseAdder(own, plans);
  const swap = (from: DocSpec, to: DocSpec): DocSpec[] => b.all.map((d) => (d === from ? to : d));
  const mismatch = (d: DocSpec, why: string): PlannedFlag => ({ code: 'PERSON_MISMATCH', file: d.file, why });

  const colleague = someoneElse(rng, w.person);
  const tax = spec(own, 'tax-colleague', taxRecord(colleague, b.rows, b.printed, rng), b.tax.pages);
  add('person-colleague-tax', swap(b.tax, tax), [...b.incomeFlags, mismatch(tax, 'the tax record is a colleague’s')], ['a colleague’s tax record'], {}, b.threshold);

  const other = someoneElse(rng, w.person);
  const contract = spec(own, 'contract-colleague', laborContract(w.employer, other, b.contractStart, b.contractEnd, 'cn', rng, 1), contractPages(1, w.employer.name, rng));
  add('person-other-contract', swap(b.contract, contract), [...b.incomeFlags, mismatch(contract, 'the contract is another employee’s')], ['another employee’s contract'], {}, b.threshold);

  const spouse = someoneElse(rng, w.person, w.person.sex === 'male' ? 'female' : 'male');
  const card = spec(own, 'id-spouse', validIdCard(spouse, w.date, rng), clean(1), { colourCopy: true });
  add('person-spouse-id', swap(b.id, card), [...b.incomeFlags, mismatch(card, 'the ID card is the spouse’s')], ['the spouse’s ID card'], {}, b.threshold);

  const relative = someoneElse(rng, w.person);
  const home = spec(own, 'lease-relative', lease(relative, addMonths(w.date, -4), addMonths(w.date, 20), rng, [], false), clean(2));
  add('person-relative-lease', swap(b.lease, home), [...b.incomeFlags, mismatch(home, 'the lessee is a relative (review: 借住声明 or 婚姻凭证)')], ['a relative’s lease'], {}, b.threshold);

  const typo = spec(own, 'contract-id-typo', laborContract(w.employer, { ...w.person, idNumber: typoOf(w.person.idNumber, rng) }, b.contractStart, b.contractEnd, 'cn', rng, 1), contractPages(1, w.employer.name, rng));
  add('person-id-typo', swap(b.contract, typo), [...b.incomeFlags, mismatch(typo, 'the contract’s ID number has one digit wrong (check digit fails)')], ['the applicant’s contract with a digit of the ID number wrong'], {}, b.threshold);

  const blurred: Degradation[] = ['gaussian_blur'];
  const card2 = spec(own, 'id-blurred', validIdCard(w.person, w.date, rng), [{ marks: { seal: null, note: null, signature: false }, degradations: blurred }], { colourCopy: true });
  add('person-own-id-blurred', swap(b.id, card2), [...b.incomeFlags], ['the applicant’s own ID card scanned blurred (names read with slips)'], {}, b.threshold);

  // The relative's lease with a 借住声明 (五（二）4②), from a stream of its own: no earlier document changes.
  const srng = rng.fork('statement');
  const lent: World = { ...w, rng: srng };
  const address = home.content.kind === 'lease_contract' ? home.content.address : '';
  const statement = spec(lent, 'statement-relative', borrowingStatement(relative, w.person, address, '承租人', w.date, srng), clean(1));
  add('person-relative-lease-statement', [...swap(b.lease, home), statement], [...b.incomeFlags], ['a relative’s lease with the relative’s 借住声明 naming the applicant'], {}, b.threshold);
  const stranger = someoneElse(srng, w.person);
  const wrong = spec(lent, 'statement-other-lender', borrowingStatement(stranger, w.person, address, '所有权人', w.date, srng), clean(1));
  add('person-relative-lease-other-lender', [...swap(b.lease, home), wrong], [...b.incomeFlags, mismatch(home, 'the 借住声明’s lender is neither party of the lease (review stays)')], ['a relative’s lease with a 借住声明 signed by someone else as lender'], {}, b.threshold);
  return plans;
}
