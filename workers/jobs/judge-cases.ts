import type { CaseFields, DocumentReport, Report } from '../../rules/contract/index.ts';
import { caseReport } from './case-report.ts';
import { flagDelta, outcomeOf, type Outcome } from './flag-delta.ts';
import { reportDigest } from './report-digest.ts';

/** A stored case as PostgreSQL hands it over: JSON texts, parsed only where it is judged (maybe another thread). */
export interface StoredCase {
  id: string;
  fields: string;
  /** The documents' reports in upload order; null when the case has none. */
  docs: string | null;
  /** The current report's flags; null when it has no report. */
  flags: string | null;
  /** The digest of the current report's JSON text (reportDigest); null when unknown or none. */
  digest: string | null;
  /** A document is still being analysed: not judged now (its own case job will). */
  incomplete: boolean;
}

/** One row of the flag table, as the report lists it. */
export interface FlagRow {
  code: string;
  severity: string;
  file: string | null;
  page: number | null;
  key: string | null;
}

export interface Judged {
  id: string;
  /**
   * The new report as JSON text; null when the case was not judged, or when it was and the
   * report is the one stored (same digest): nothing to write.
   */
  report: string | null;
  /** The new report's digest and flag rows, where `report` is to be written. */
  digest: string | null;
  flagRows: FlagRow[] | null;
  before: Outcome;
  after: Outcome | null;
  added: Record<string, number> | null;
  removed: Record<string, number> | null;
}

export type BuildReport = (caseFields: CaseFields | null, documents: DocumentReport[]) => Report;

export function flagRowsOf(report: Report): FlagRow[] {
  return report.flags.map((f) => ({ code: f.code, severity: f.severity, file: f.file ?? null, page: f.page ?? null, key: f.key ?? null }));
}

/** Rules over stored facts: each case's report, and what moved against the one stored. Pure. */
export function judgeCases(rows: StoredCase[], build: BuildReport): Judged[] {
  return rows.map((c) => {
    const flags = c.flags === null ? null : (JSON.parse(c.flags) as Report['flags'] | null);
    const before = outcomeOf(flags);
    if (c.incomplete || c.docs === null) return { id: c.id, report: null, digest: null, flagRows: null, before, after: null, added: null, removed: null };
    const report = caseReport(build, JSON.parse(c.fields) as CaseFields, JSON.parse(c.docs) as DocumentReport[]);
    const d = flagDelta(flags ?? [], report.flags);
    const text = JSON.stringify(report);
    const digest = reportDigest(text);
    const same = digest === c.digest;
    return {
      id: c.id,
      report: same ? null : text,
      digest: same ? null : digest,
      flagRows: same ? null : flagRowsOf(report),
      before,
      after: outcomeOf(report.flags),
      added: d.added,
      removed: d.removed,
    };
  });
}
