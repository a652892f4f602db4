import type { Case, DocumentReport, Report } from '../../rules/contract/index.ts';
import type { CaseExpected, DocumentTruth, PageTruth } from '../generator/truth.ts';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}
export interface Prf extends Counts {
  precision: number;
  recall: number;
  f1: number;
}
export interface AccuracyTable {
  pages: number;
  checks: Record<string, Prf>;
  sealFalsePositiveRate: number | null;
  kindAccuracy: number | null;
  incomeRowsExact: Prf;
  taxRowsExact: Prf;
  termDatesExact: number | null;
  issuedDateExact: number | null;
  flags: Record<string, Prf>;
  /** Every expected flag of every case against every flag raised, all codes pooled (info flags raised unasked are not counted). */
  flagsAll: Prf;
  /**
   * Cases as units: positive = the case is defective (an expected flag other than an info one),
   * predicted = the report raised a reject or review flag.
   */
  casesFlagged: Prf;
  cases: number;
  /** Cases with an expected flag missing from the report (any code, info included). */
  falsePasses: number;
  defectiveCases: number;
  /** Defective cases whose report raised no reject or review flag at all: the case would pass. */
  defectiveCasesUnflagged: number;
  cleanCases: number;
  /** Clean cases whose report raised a reject flag. */
  cleanCasesRejected: number;
  /** Clean cases whose report raised a note or signature flag (ANNOTATION_*, SIGNATURE_MISSING). */
  cleanCasesMarkFlagged: number;
  /** Per code: clean cases it rejected. */
  cleanCasesRejectedBy: Record<string, number>;
  /** Per code: reject flags matching no expected flag (a wrong rejection, on any case). */
  wrongRejects: Record<string, number>;
  secondsPerPage: number | null;
}

const empty = (): Counts => ({ tp: 0, fp: 0, fn: 0, tn: 0 });
/** Precision and recall are 1 when there is nothing to find and nothing was claimed. */
export function prf(c: Counts): Prf {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}
function tally(c: Counts, truth: boolean, pred: boolean): void {
  if (truth && pred) c.tp++;
  else if (!truth && pred) c.fp++;
  else if (truth && !pred) c.fn++;
  else c.tn++;
}

/** Page checks, each as a detection of its positive class (presence, or the defect). */
const PAGE_CHECKS: Record<string, (t: PageTruth, p: DocumentReport['pages'][number] | undefined, employer: string | null) => [boolean, boolean] | null> = {
  seal_present: (t, p) => [t.seal.present, p?.seal.present === true],
  seal_employer_mismatch: (t, p, e) => (t.seal.present ? [e !== null && t.seal.company !== e, p?.seal.matchesEmployer === false] : null),
  annotation_present: (t, p) => [t.annotation.present, p?.annotation.present === true],
  annotation_incomplete: (t, p) => (t.annotation.present ? [!t.annotation.complete, p?.annotation.complete !== true] : null),
  signature_present: (t, p) => [t.signature.present, p?.signature.present === true],
  unclear_page: (t, p) => [!t.clarityOk, p?.clarity.ok !== true],
  bad_edges: (t, p) => [!t.edgesOk, p?.edges.ok !== true],
};

/**
 * CASE_RULE_SKIPPED says a rule did not run, not a finding: never scored. EXTRACTION_UNCERTAIN is
 * scored both ways — expected where a field is blank, and a false alarm where OCR doubt sent a
 * readable field to a reviewer (that is review load the benchmark should show).
 */
const NEUTRAL = new Set(['CASE_RULE_SKIPPED']);
/** Codes the rules raise as info only: a case expecting nothing else is clean. */
export const INFO_CODES: ReadonlySet<string> = new Set(['CASE_RULE_SKIPPED', 'WAGE_FIGURE_PROVISIONAL']);
const MARK_CODES = new Set(['ANNOTATION_MISSING', 'ANNOTATION_INCOMPLETE', 'SIGNATURE_MISSING']);
const money = (a: number, b: number): boolean => Math.abs(a - b) < 0.005;

export interface ScoredPair {
  report: Report;
  expected: CaseExpected;
  /** Page-only pairs are not scored on case flags. */
  scoreFlags: boolean;
  employer: string | null;
  /** The case's applicant: whose materials they must be (reliability's person_identity). */
  applicant?: Case['applicant'];
  seconds?: number;
}

export function scorePairs(pairs: ScoredPair[]): AccuracyTable {
  const checks: Record<string, Counts> = Object.fromEntries(Object.keys(PAGE_CHECKS).map((k) => [k, empty()]));
  const inc = empty();
  const tax = empty();
  const flagCounts: Record<string, Counts> = {};
  let pages = 0;
  let kinds = 0;
  let kindsOk = 0;
  let terms = 0;
  let termsOk = 0;
  let issued = 0;
  let issuedOk = 0;
  let cases = 0;
  let falsePasses = 0;
  const caseCounts = empty();
  let cleanRejected = 0;
  const cleanRejectedBy: Record<string, number> = {};
  const wrongRejects: Record<string, number> = {};
  let cleanMarkFlagged = 0;
  let seconds = 0;
  let timed = 0;
  for (const { report, expected, scoreFlags, employer, seconds: s } of pairs) {
    if (s !== undefined) {
      seconds += s;
      timed += expected.documents.reduce((n, d) => n + d.pageCount, 0);
    }
    for (const dt of expected.documents) {
      const dr = report.documents.find((d) => d.file === dt.file);
      scoreDocument(dt, dr);
      for (const pt of dt.pages) {
        pages++;
        const pr = dr?.pages.find((p) => p.page === pt.page);
        for (const [k, fn] of Object.entries(PAGE_CHECKS)) {
          const r = fn(pt, pr, employer ?? dt.employer);
          if (r) tally(checks[k], r[0], r[1]);
        }
      }
    }
    if (!scoreFlags) continue;
    cases++;
    const got = report.flags.filter((f) => !NEUTRAL.has(f.code));
    const used = new Set<number>();
    let missed = 0;
    for (const e of expected.flags) {
      const c = (flagCounts[e.code] ??= empty());
      const i = got.findIndex((g, j) => !used.has(j) && g.code === e.code && (e.file === null || g.file === e.file) && (e.page === null || g.page === null || g.page === e.page));
      if (i >= 0) {
        used.add(i);
        c.tp++;
      } else {
        c.fn++;
        missed++;
      }
    }
    got.forEach((g, j) => {
      if (used.has(j) || g.severity === 'info') return;
      (flagCounts[g.code] ??= empty()).fp++;
      if (g.severity === 'reject') wrongRejects[g.code] = (wrongRejects[g.code] ?? 0) + 1;
    });
    if (missed > 0) falsePasses++;
    const defective = expected.flags.some((e) => !INFO_CODES.has(e.code));
    const raised = got.filter((g) => g.severity !== 'info');
    tally(caseCounts, defective, raised.length > 0);
    if (!defective && raised.some((g) => g.severity === 'reject')) cleanRejected++;
    if (!defective) for (const code of new Set(raised.filter((g) => g.severity === 'reject').map((g) => g.code))) cleanRejectedBy[code] = (cleanRejectedBy[code] ?? 0) + 1;
    if (!defective && raised.some((g) => MARK_CODES.has(g.code))) cleanMarkFlagged++;
  }

  function scoreDocument(dt: DocumentTruth, dr: DocumentReport | undefined): void {
    kinds++;
    if (dr?.kind === dt.kind) kindsOk++;
    if (dt.issuedOn) {
      issued++;
      if (dr?.issuedOn === dt.issuedOn) issuedOk++;
    }
    if (dt.term) {
      terms++;
      if (dr?.term && dr.term.start === dt.term.start && dr.term.end === dt.term.end) termsOk++;
    }
    const rowsMatch = (truth: { period: string; amount: number }[], got: { period: string; amount: number }[], c: Counts): void => {
      const used = new Set<number>();
      for (const t of truth) {
        const i = got.findIndex((g, j) => !used.has(j) && g.period === t.period && money(g.amount, t.amount));
        if (i >= 0) {
          used.add(i);
          c.tp++;
        } else c.fn++;
      }
      c.fp += got.length - used.size;
    };
    rowsMatch(dt.income, dr?.income ?? [], inc);
    rowsMatch(dt.taxes, dr?.taxes ?? [], tax);
  }

  const sealFree = checks.seal_present.fp + checks.seal_present.tn;
  return {
    pages,
    checks: Object.fromEntries(Object.entries(checks).map(([k, c]) => [k, prf(c)])),
    sealFalsePositiveRate: sealFree ? checks.seal_present.fp / sealFree : null,
    kindAccuracy: kinds ? kindsOk / kinds : null,
    incomeRowsExact: prf(inc),
    taxRowsExact: prf(tax),
    termDatesExact: terms ? termsOk / terms : null,
    issuedDateExact: issued ? issuedOk / issued : null,
    flags: Object.fromEntries(Object.entries(flagCounts).sort().map(([k, c]) => [k, prf(c)])),
    flagsAll: prf(Object.values(flagCounts).reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn, tn: 0 }), empty())),
    casesFlagged: prf(caseCounts),
    cases,
    falsePasses,
    defectiveCases: caseCounts.tp + caseCounts.fn,
    defectiveCasesUnflagged: caseCounts.fn,
    cleanCases: caseCounts.fp + caseCounts.tn,
    cleanCasesRejected: cleanRejected,
    cleanCasesMarkFlagged: cleanMarkFlagged,
    cleanCasesRejectedBy: cleanRejectedBy,
    wrongRejects,
    secondsPerPage: timed ? seconds / timed : null,
  };
}
