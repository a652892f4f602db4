import type { PageAnalysis } from '../page/index.ts';
import { AssembleDocumentPayload } from './payloads.ts';
import { caseContextKey } from './context-key.ts';
import { BadInputError } from './errors.ts';
import type { JobHandler } from './types.ts';

/**
 * Reads its pages' stored results (PostgreSQL is the record, not the children's return values)
 * and stores the document report. A page that was bad input, or that never produced a result,
 * makes the whole document FILE_INVALID: never pass silently.
 */
export const assembleDocumentJob: JobHandler<AssembleDocumentPayload> = async (p, deps) => {
  const doc = await deps.store.documents.get(p.documentId);
  const c = await deps.store.cases.get(p.caseId);
  if (!doc || !c || doc.caseId !== c.id) throw new BadInputError('document_missing');
  // Rejected at upload (its FILE_INVALID report is stored already) or already assembled.
  if (doc.status === 'invalid' || (doc.status === 'done' && !p.force)) return { status: doc.status };

  // The same key the page job stored under (the employer's name and, when given, its credit code).
  const ctx = caseContextKey(c.tenant, c.fields);
  const pages: PageAnalysis[] = [];
  let invalid: string | null = null;
  for (let page = 1; page <= (doc.pageCount ?? 0); page++) {
    const r = await deps.store.pageResults.get({
      sha256: doc.sha256,
      page,
      pipelineVersion: deps.pipelineVersion,
      contextKey: ctx,
    });
    if (!r) {
      invalid = 'page_analysis_failed';
      break;
    }
    if (r.invalidReason) {
      invalid = r.invalidReason;
      break;
    }
    pages.push(r.analysis as PageAnalysis);
  }
  if (!doc.pageCount) invalid ??= 'pdf_malformed';
  const report = invalid
    ? deps.pipeline.invalidDocument(doc.file, doc.sha256, doc.declaredKind, invalid)
    : deps.pipeline.analyseDocument({
        file: doc.file,
        sha256: doc.sha256,
        declaredKind: doc.declaredKind,
        pages,
      });
  await deps.store.documents.storeReport(doc.id, report, deps.pipelineVersion);
  // The document stage may find the file invalid too (every page blank).
  const reason = report.invalid?.reason ?? null;
  await deps.events.publish(c.id, { type: 'document', documentId: doc.id, invalid: reason });
  return { status: reason ? 'invalid' : 'done' };
};
