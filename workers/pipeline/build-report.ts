import {
  validateReport,
  type CaseFields,
  type DocumentReport,
  type Report,
} from '../../rules/contract/index.ts';
import { evaluateCase } from '../../rules/index.ts';
import { PIPELINE_VERSION } from './pipeline-version.ts';

/** Documents + case → the report: rules, then the schema check every written report passes. */
export function buildReport(
  caseFields: CaseFields | null,
  documents: DocumentReport[],
  opts: { today?: string; totalMs?: number } = {},
): Report {
  const { facts, flags } = evaluateCase({ caseFields, documents }, { today: opts.today });
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
