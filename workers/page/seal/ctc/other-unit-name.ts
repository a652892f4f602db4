import { normaliseCompanyName } from '../normalise-company-name.ts';
import { namesIssuingBody } from '../seal-owner.ts';
import { greedyDecode } from './align-name.ts';
import type { CharProbs, NameRecogniser } from './name-recogniser.ts';
import { OTHER_UNIT } from './name-thresholds.ts';

/** A unit's name read on a seal strip, character by character with the recogniser's probabilities. */
export interface ReadUnitName {
  name: string;
  probs: number[];
}

const HAN = /\p{Script=Han}/u;
/** The end of a unit's name: its legal form (or a branch's 分公司 after it). */
const NAME_END = /(公司|事务所|合伙企业)$/u;
/** A branch's suffix read as a segment of its own after the company's name (通州分公司). */
const BRANCH = /^\p{Script=Han}{0,5}分公司$/u;

/**
 * Unit names on a strip: runs of Han characters cut after each 公司 (a branch's …分公司 joined back
 * to its company), kept when they end in a legal form. The strip holds the ring twice over, so a name
 * cut by the seam is also read whole once.
 */
export function unitNamesOnStrip(p: CharProbs, rec: NameRecogniser): ReadUnitName[] {
  const out: ReadUnitName[] = [];
  let cur: ReadUnitName = { name: '', probs: [] };
  const flush = (): void => {
    // a faint mark before the name (the star's edge, the end of the code) is read as a stray character
    while (cur.probs.length && cur.probs[0]! < OTHER_UNIT.strayProb) { cur.name = [...cur.name].slice(1).join(''); cur.probs.shift(); }
    if (cur.name) {
      const prev = out.at(-1);
      if (prev && BRANCH.test(cur.name) && NAME_END.test(prev.name)) { prev.name += cur.name; prev.probs.push(...cur.probs); } else out.push(cur);
    }
    cur = { name: '', probs: [] };
  };
  for (const g of greedyDecode(p)) {
    const ch = rec.charOf(g.cls);
    if (!HAN.test(ch)) { flush(); continue; }
    cur.name += ch; cur.probs.push(Math.exp(g.logp));
    if (cur.name.endsWith('公司')) flush();
  }
  flush();
  return out.filter((n) => NAME_END.test(n.name) && [...n.name].length >= OTHER_UNIT.minChars);
}

/** Characters of the read, seen clearly, that the employer's name lacks altogether. */
export function foreignCharacters(read: ReadUnitName, employer: string): string {
  const own = new Set(normaliseCompanyName(employer) + employer.normalize('NFKC'));
  return [...read.name].filter((ch, i) => (read.probs[i] ?? 0) >= OTHER_UNIT.sureProb && !own.has(ch)).join('');
}

/**
 * The read that makes the seal another unit's, or null: a confidently read unit name (no issuing
 * body's words in it: that is two seals overlapping) with at least two clearly seen characters the
 * employer's name does not have.
 */
export function otherUnitName(reads: ReadUnitName[], employer: string): ReadUnitName | null {
  for (const r of reads) {
    const mean = r.probs.reduce((a, b) => a + b, 0) / Math.max(1, r.probs.length);
    if (mean < OTHER_UNIT.minMeanProb || Math.min(...r.probs) < OTHER_UNIT.minProb) continue;
    if (namesIssuingBody(r.name)) continue;
    if ([...foreignCharacters(r, employer)].length >= OTHER_UNIT.minForeign) return r;
  }
  return null;
}
