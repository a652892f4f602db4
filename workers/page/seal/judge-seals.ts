import type { Box, PageReport } from '../../../rules/contract/index.ts';
import type { RasterPage } from '../types.ts';
import type { SealDetection } from './detect-seals.ts';
import { combineReads, readEachSeal, type SealEngines } from './read-seal.ts';

export type SealBlock = PageReport['seal'];

/**
 * The page's seal block: the employer-side stamp. Every detected ring is read; rings that name an
 * issuing body (seal-owner.ts) are moved to `issuerSeals` and take no part in the decision.
 *
 *   present          an employer-side seal is there (true / false / null → review)
 *   matchesEmployer  that seal names the case's employer (true / false / null → review)
 *
 * `confidence`: the detector's confidence in `present`; when the name is decided, the lower of that and
 * the name's (score-seal-name.ts: an accepted name 0.9–1 by its margin, another unit's its read's mean
 * character probability).
 * `employerCreditCode`: a seal carrying it is the employer's (read-seal.ts byCreditCode).
 *
 * Never a silent pass: a seal that cannot be read stays `present: true` with `matchesEmployer: null`;
 * without any OCR engine the detector's answer is kept as it is.
 */
export async function judgeSeals(page: RasterPage, det: SealDetection, employerName: string | null, engines: SealEngines, employerCreditCode: string | null = null): Promise<SealBlock> {
  const base: SealBlock = { present: det.present, confidence: det.confidence, boxes: det.boxes, text: null, matchesEmployer: null, code: null, grey: det.grey };
  if (!det.boxes.length || det.present === false) return base;
  const reads = await readEachSeal(page, det.boxes, employerName, engines, employerCreditCode);
  if (!reads.length) return base;
  const issuers = reads.filter((r) => r.owner === 'issuer');
  const issuerBoxes = new Set<Box>(issuers.map((r) => r.box));
  const ownBoxes = det.boxes.filter((b) => !issuerBoxes.has(b));
  const own = reads.filter((r) => r.owner !== 'issuer');
  const issuerSeals = issuers.map((r) => ({ box: r.box, text: r.text }));
  const withIssuers = issuerSeals.length ? { issuerSeals } : {};
  if (!ownBoxes.length) {
    // every ring reads as an issuer's: the employer has not stamped the page
    return { ...base, present: false, boxes: [], ...withIssuers };
  }
  const { nameConfidence, ...read } = combineReads(own);
  let present = det.present;
  // a weak ring (faint, grey, blurred) whose arc reads as a company name is a seal: the text could not
  // have come from a fingerprint, a logo or table rules
  if (present === null && own.some((r) => r.owner === 'company')) present = true;
  // one figure for the block: a decided name is only as sure as the less sure of the ring and the name
  const confidence = read.matchesEmployer !== null && nameConfidence !== undefined ? Math.min(det.confidence, nameConfidence) : det.confidence;
  return { ...base, present, confidence, boxes: ownBoxes, ...read, ...withIssuers };
}
