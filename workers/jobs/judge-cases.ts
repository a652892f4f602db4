import type { CaseFields, DocumentReport, Report } from '../../rules/contract/index.ts';
import { caseReport } from './case-report.ts';
import { flagDelta, outcomeOf, type Outcome } from './flag-delta.ts';

/** A stored case as PostgreSQL hands it over: JSON texts, parsed only where it is judged (maybe another thread). */
export interface StoredCase {
  id: string;
  fields: string;
  /** The documents' reports in upload order; null when the case has none. */
  docs: string | null;
  /** The current report's flags; null when it has no report. */
  flags: string | null;
  /** A document is still being analysed: not judged now (its own case job will). */
  incomplete: boolean;
}

export interface Judged {
  id: string;
  /** The new report as JSON text; null when the case was not judged. */
  report: string | null;
  before: Outcome;
  after: Outcome | null;
  added: Record<string, number> | null;
  removed: Record<string, number> | null;
}

export type BuildReport = (caseFields: CaseFields | null, documents: DocumentReport[]) => Report;

/** Rules over stored facts: each case's report, and what moved against the one stored. Pure. */
export function judgeCases(rows: StoredCase[], build: BuildReport): Judged[] {
  return rows.map((c) => {
    const flags = c.flags === null ? null : (JSON.parse(c.flags) as Report['flags'] | null);
    const before = outcomeOf(flags);
    if (c.incomplete || c.docs === null) return { id: c.id, report: null, before, after: null, added: null, removed: null };
    const report = caseReport(build, JSON.parse(c.fields) as CaseFields, JSON.parse(c.docs) as DocumentReport[]);
    const d = flagDelta(flags ?? [], report.flags);
    return { id: c.id, report: JSON.stringify(report), before, after: outcomeOf(report.flags), added: d.added, removed: d.removed };
  });
}
