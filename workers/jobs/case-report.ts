import type { CaseFields, DocumentReport, Report } from '../../rules/contract/index.ts';
import { caseFactsOrNull } from '../pipeline/build-report.ts';

/**
 * The case-level report exactly as `Pipeline.verify` makes it for the CLI: case fields count only
 * when they carry case facts, and the report keeps the case's own id. Any difference here would
 * make the API's report differ from the CLI's for the same files.
 */
export function caseReport(
  build: (caseFields: CaseFields | null, documents: DocumentReport[]) => Report,
  fields: CaseFields,
  documents: DocumentReport[],
): Report {
  return { ...build(caseFactsOrNull(fields), documents), caseId: fields.id };
}
