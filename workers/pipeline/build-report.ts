import {
  validateReport,
  type CaseFields,
  type DocumentReport,
  type Report,
} from '../../rules/contract/index.ts';
import { evaluateCase, type WageTable } from '../../rules/index.ts';
import { PIPELINE_VERSION } from './pipeline-version.ts';

/**
 * The case fields the rules see: null for a bare set of files (no employer, date or type), so the
 * case rules are skipped and say so. The CLI and the queue both go through here, which keeps the
 * API's report equal to the CLI's for the same files.
 */
export function caseFactsOrNull(fields: CaseFields): CaseFields | null {
  return fields.employer || fields.applicationDate || fields.applicationType ? fields : null;
}

/** Documents + case → the report: rules, then the schema check every written report passes. */
export function buildReport(
  caseFields: CaseFields | null,
  documents: DocumentReport[],
  opts: { today?: string; totalMs?: number; wages?: WageTable } = {},
): Report {
  const { facts, flags } = evaluateCase({ caseFields, documents }, { today: opts.today, wages: opts.wages });
  const pages = documents.reduce((n, d) => n + d.pages.length, 0);
  return validateReport({
    schemaVersion: 1,
    pipelineVersion: PIPELINE_VERSION,
    caseId: caseFields?.id ?? null,
    documents,
    facts,
    flags,
    ...(opts.totalMs !== undefined ? { timings: { totalMs: Math.round(opts.totalMs), pages } } : {}),
  });
}
