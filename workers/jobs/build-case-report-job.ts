import { BuildCaseReportPayload } from './payloads.ts';
import { caseReport } from './case-report.ts';
import type { JobHandler } from './types.ts';

/**
 * Pure rules over the stored document reports: the same `buildReport` the CLI calls, so the API's
 * report equals the CLI's for the same files. Stores nothing until every document has a report.
 */
export const buildCaseReportJob: JobHandler<BuildCaseReportPayload> = async (p, deps) => {
  const { stored } = await deps.store.cases.storeReportIfComplete(p.caseId, (fields, docs) =>
    caseReport(deps.buildReport, fields, docs),
  );
  if (stored) await deps.events.publish(p.caseId, { type: 'report' });
  if (p.batchId) await deps.store.batches.markCaseDone(p.batchId, p.caseId);
  return { stored };
};
