import { invalidReasonName, kindName } from '../../../rules/index.ts';
import type { PageReport } from '../../../rules/contract/index.ts';
import { PAGE_PIPELINE_VERSION } from '../../../workers/index.ts';
import { caseContextKey } from '../../../workers/jobs/index.ts';
import type { CaseRow, DocumentRow, Store } from '../../store/index.ts';
import { materialsChecklist, uploadSlots } from './checklist.ts';
import { failedFeedback, fullFeedback, pendingFeedback, type PageFeedback } from './page-feedback.ts';
import type { QuickCache } from './quick-cache.ts';

/** A page's feedback from its stored analysis (the key the page job stored it under), else pending. */
export async function storedPageFeedback(store: Store, c: CaseRow, doc: DocumentRow, page: number): Promise<PageFeedback> {
  const outcome = await store.pageResults.get({ sha256: doc.sha256, page, pipelineVersion: PAGE_PIPELINE_VERSION, contextKey: caseContextKey(c.tenant, c.fields) });
  if (!outcome) return pendingFeedback(doc.id, page);
  if (outcome.invalidReason !== null) return failedFeedback(doc.id, page);
  return fullFeedback(doc.id, doc.declaredKind, (outcome.analysis as { report: PageReport }).report);
}

export function documentView(doc: DocumentRow, pages: PageFeedback[]) {
  return {
    id: doc.id,
    kind: doc.declaredKind,
    kindName: doc.declaredKind ? kindName(doc.declaredKind) : '未指定类别',
    file: doc.file,
    pageCount: doc.pageCount,
    status: doc.status,
    invalid: doc.invalidReason ? invalidReasonName(doc.invalidReason) : null,
    pages,
  };
}

/**
 * Everything the employer's case page shows: the case's fields, the upload slots, the materials
 * checklist, each document with its pages' feedback so far (full, else the upload's quick badges), and the flags once the report is ready
 * (their Chinese messages and severities; codes stay out of what the employer reads).
 */
export async function loadCaseView(store: Store, quick: QuickCache, c: CaseRow) {
  const docs = await store.documents.listForCase(c.id);
  const documents = await Promise.all(
    docs.map(async (d) => {
      const n = d.status === 'invalid' ? 0 : (d.pageCount ?? 0);
      const stored = await Promise.all(Array.from({ length: n }, (_, i) => storedPageFeedback(store, c, d, i + 1)));
      // Pages not analysed yet show the upload's quick badges when they are still kept.
      const early = stored.some((p) => p.stage === 'pending') ? await quick.get(d.id).catch(() => new Map<number, PageFeedback>()) : null;
      const pages = stored.map((p) => (p.stage === 'pending' ? (early?.get(p.page) ?? p) : p));
      return documentView(d, pages);
    }),
  );
  const progress = await store.cases.progress(c.id);
  const { id: ref, applicationType, applicationDate, condition, employer, applicant } = c.fields;
  const flags = c.status === 'ready' && c.report
    ? c.report.flags.filter((f) => f.severity !== 'info').map((f) => ({ severity: f.severity, message: f.message, file: f.file, page: f.page }))
    : null;
  return {
    id: c.id,
    ref,
    status: c.status,
    progress,
    fields: { applicationType: applicationType ?? 'new', applicationDate: applicationDate ?? null, condition: condition ?? null, employer: employer?.name ?? null, applicant: applicant?.name ?? null },
    slots: uploadSlots(c.fields),
    checklist: materialsChecklist(c.fields, docs.map((d) => d.declaredKind)),
    documents,
    flags,
  };
}
