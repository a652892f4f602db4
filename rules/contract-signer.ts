import { MIN_FIELD_CONFIDENCE } from './data/cut-offs.ts';
import { ANNOTATION_BLEED, editDistance, matchUnit, normaliseName } from './names.ts';
import { compareCreditCodes } from './identity/credit-code.ts';

/** How a unit's registered name ends; a contract signer reading without such an ending is no unit's name. */
const REGISTERED_ENDING = /(公司|集团|中心|研究院|研究所|事务所|医院|学校|大学|学院|银行|协会|基金会|委员会|合作社)(\([^()]*\))?$/;
/** A registered name is this long: shorter is a fragment or a short form, longer a reading that ran on. */
const NAME_LENGTH = { min: 6, max: 40 };

/**
 * The signer as read, when the reading can carry a rejection: Chinese characters (brackets allowed),
 * a registered name's length and ending, annotation text that ran into it cut off. OCR garbage
 * ("区力也委光量史明蓝"), a cut-off name or a label run on is no unit's name: null.
 */
export function plausibleUnitName(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const name = normaliseName(raw).replace(ANNOTATION_BLEED, '');
  const length = [...name].length;
  if (length < NAME_LENGTH.min || length > NAME_LENGTH.max) return null;
  if (!/^[\u3400-\u9fff()]+$/.test(name)) return null;
  return REGISTERED_ENDING.test(name) ? name : null;
}

/** A branch's head office: "北京某某科技有限公司朝阳分公司" → "北京某某科技有限公司". */
function headOffice(name: string): string | null {
  return /^(.+?(?:公司|集团|中心|研究院|医院|银行))[\u3400-\u9fff]{0,10}(?:分公司|分院|分中心|分所|分行|支行)$/.exec(name)?.[1] ?? null;
}

/** The 字号 and trade words: the name without its leading place and its company form. */
function core(name: string): string {
  return name.replace(/^北京市?/, '').replace(/(?:股份有限公司|有限责任公司|有限公司|集团有限公司|公司|集团)(?:\([^()]*\))?$/, '');
}

/**
 * Whether the signer as read may still be the employer: the same name; one inside the other (a
 * short form, the place or the company form dropped); a branch of it or its head office; or at most
 * two characters apart (an OCR slip or two). Only a name clear of all of these is another unit.
 */
export function mayBeEmployer(read: string, employer: string): boolean {
  const a = normaliseName(read);
  const b = normaliseName(employer);
  if (matchUnit(a, b) !== 'different') return true;
  if (a.includes(b) || b.includes(a)) return true;
  const heads = [a, headOffice(a) ?? a];
  const others = [b, headOffice(b) ?? b];
  if (heads.some((x) => others.includes(x))) return true;
  const ca = core(a);
  const cb = core(b);
  if (ca.length >= 2 && cb.length >= 2 && (ca.includes(cb) || cb.includes(ca))) return true;
  return editDistance(a, b) <= 2;
}

export type SignerVerdict = 'same' | 'unsure' | 'other' | 'unread';

/**
 * What the labour contract's signer, as read, says against the applying employer. The contract's
 * credit code equal to the employer's settles it. Otherwise `other` (a rejection) needs a plausible
 * unit's name, read with good confidence, that is clearly not the employer; a weak or implausible
 * reading that does not match is `unread` (review), a near match `unsure` (review).
 */
export function judgeSigner(
  read: string | null | undefined,
  employer: { name: string; creditCode?: string },
  contract: { confidence?: number; creditCode?: string | null },
): SignerVerdict {
  // The contract's 统一社会信用代码 read as exactly the employer's: a misread never lands on it. One
  // holding its GB 32100 check and differing is another unit's (a misread breaks the check): against
  // a name surely read as another unit it confirms it; on its own (a repaired reading may land on a
  // valid code) or against the employer's name it is a doubt.
  const code = compareCreditCodes(contract.creditCode, employer.creditCode);
  if (code === 'same') return 'same';
  const byName = judgeName(read, employer.name, contract.confidence);
  if (code === 'other') return byName === 'other' ? 'other' : 'unsure';
  return byName;
}

function judgeName(read: string | null | undefined, employer: string, confidence: number | undefined): SignerVerdict {
  if (!read) return 'unread';
  const m = matchUnit(read, employer);
  const name = plausibleUnitName(read);
  if (m === 'same' || (name && matchUnit(name, employer) === 'same')) return 'same';
  const weak = (confidence ?? 1) < MIN_FIELD_CONFIDENCE;
  // A one-character slip of the employer's name on a weakly read row is the employer (as for payer
  // and seal names): OCR slips are what such rows are made of.
  if (m === 'unsure' && weak) return 'same';
  if (!name || weak) return m === 'unsure' ? 'unsure' : 'unread';
  return mayBeEmployer(name, employer) ? 'unsure' : 'other';
}
