import { MIN_FIELD_CONFIDENCE } from '../data/cut-offs.ts';
import { matchPerson, normalisePersonName } from '../names.ts';
import { compareIdNumbers, readIdNumber, type IdReason } from './id-number.ts';

/** What one document says about whose it is, as read. Confidences 0..1; absent: sure. */
export interface PersonReading {
  name?: string | null;
  nameConfidence?: number;
  idNumber?: string | null;
  idConfidence?: number;
}

/** The applicant as the case manifest gives them. */
export interface Applicant {
  name?: string;
  idNumber?: string;
  birthDate?: string;
  sex?: 'male' | 'female';
}

export type PersonReason = IdReason | 'name_slip' | 'name_differs' | 'id_slip' | 'id_differs' | 'id_birth_date_differs' | 'id_sex_differs' | 'name_and_id_disagree';

/**
 * - `same`: what was read names the applicant (and nothing read names someone else);
 * - `unsure`: a slip (one character of the name, one digit of the number), a number failing its
 *   check, a weak reading that does not match, or name and number pointing at different persons;
 * - `other`: a number that holds its check (or a masked one, on its visible digits) clearly not the
 *   applicant's, read with good confidence, and nothing read naming the applicant (another name beside
 *   it says the same; a name alone is a doubt);
 * - `unread`: nothing to compare.
 */
export interface PersonVerdict {
  verdict: 'same' | 'unsure' | 'other' | 'unread';
  reasons: PersonReason[];
  /** The confidence of the reading an `other` rests on (the reject gate reads it). */
  confidence: number;
}

const plausibleName = (s: string | null | undefined): string | null => {
  const n = normalisePersonName(s ?? '');
  return /^[\u3400-\u9fff]{2,6}$|^[A-Z]{2,40}$/.test(n) ? n : null;
};

export function judgePerson(read: PersonReading, applicant: Applicant): PersonVerdict {
  /** Readings naming the applicant: the name, the number. */
  const same: string[] = [];
  const doubts: PersonReason[] = [];
  const other: { reason: PersonReason; confidence: number }[] = [];
  const nameConf = read.nameConfidence ?? 1;
  const idConf = read.idConfidence ?? 1;

  // A name alone never makes another person: on source B's tune pages two readings of three-character
  // names came out two characters wrong (邱博骁 read 印博双) at good confidence. Another name is a doubt
  // unless a number says the same (below).
  const name = plausibleName(read.name);
  let nameDiffers = false;
  if (name && applicant.name) {
    const m = matchPerson(name, applicant.name);
    if (m === 'same') same.push('name');
    else if (m === 'slip') doubts.push('name_slip');
    else nameDiffers = true;
  }

  const id = readIdNumber(read.idNumber);
  doubts.push(...id.reasons.filter((r) => r !== 'id_format_invalid'));
  const weakId = idConf < MIN_FIELD_CONFIDENCE;
  if (id.id && applicant.idNumber) {
    const m = compareIdNumbers(id, applicant.idNumber);
    // A number holding its check (or masked) that differs is another person's; one failing its check
    // differs because it was misread (weak reading) or is not what it claims (strong reading).
    // An impossible birth date says the number is no number at all: a reviewer looks.
    // Only a number holding its check (or a masked one, on what it shows) read surely is another person's.
    const impossible = id.reasons.includes('id_birth_date_impossible');
    if (m === 'same') same.push('id');
    else if (m === 'slip') doubts.push('id_slip');
    else if (m === 'different' && !weakId && !impossible && id.checksumOk !== false) other.push({ reason: 'id_differs', confidence: idConf });
    else if (m === 'different') doubts.push('id_differs');
  } else if (id.id && id.checksumOk && !weakId) {
    // No number in the case: the birth date and sex the number encodes against the case's.
    if (applicant.birthDate && id.birthDate && id.birthDate !== applicant.birthDate) other.push({ reason: 'id_birth_date_differs', confidence: idConf });
    if (applicant.sex && id.sex && id.sex !== applicant.sex) other.push({ reason: 'id_sex_differs', confidence: idConf });
  }

  // Another name beside another number: both say so, at the surer of the two readings' confidences.
  if (nameDiffers) {
    const withNumber = other.find((o) => o.reason === 'id_differs' || o.reason === 'id_birth_date_differs' || o.reason === 'id_sex_differs');
    if (withNumber && nameConf >= MIN_FIELD_CONFIDENCE) other.push({ reason: 'name_differs', confidence: Math.min(nameConf, withNumber.confidence) });
    else doubts.push('name_differs');
  }
  // The applicant's own full number, holding its check and read surely, says whose material it is: a
  // misread of the name beside it (a one-character slip, or worse) is the OCR's, not another person.
  // The chance that a misread turns another person's number into exactly the applicant's, check
  // character included, is nil; a masked printout's few digits are no such proof.
  if (same.includes('id') && !id.masked && id.checksumOk === true && !weakId && !other.length) return { verdict: 'same', reasons: [], confidence: 1 };
  const reasons = (xs: PersonReason[]): PersonReason[] => [...new Set(xs)];
  if (other.length && same.length) return { verdict: 'unsure', reasons: reasons(['name_and_id_disagree', ...other.map((o) => o.reason), ...doubts]), confidence: 0 };
  if (other.length) return { verdict: 'other', reasons: reasons([...other.map((o) => o.reason), ...doubts]), confidence: Math.max(...other.map((o) => o.confidence)) };
  if (doubts.length) return { verdict: 'unsure', reasons: reasons(doubts), confidence: 0 };
  return { verdict: same.length ? 'same' : 'unread', reasons: [], confidence: 1 };
}
