import type { CaseEvent } from '../../../workers/jobs/index.ts';
import type { QuickPageEvent } from '../../queue/index.ts';
import type { CaseRow, Store } from '../../store/index.ts';
import { storedPageFeedback } from '../case-view/index.ts';
import { invalidReasonName } from '../../../rules/index.ts';

export type StreamEvent = CaseEvent | QuickPageEvent;

/**
 * What a client gets for an event on the case's channel: a page event with the page's badges and
 * advice (its stored analysis), a document event with its state, each with the case's progress;
 * the upload's quick events as they are; `report` tells the client to read the case's flags.
 * Null: an event about another case's document (never sent).
 */
export async function enrich(deps: { store: Store }, c: CaseRow, e: StreamEvent): Promise<(Record<string, unknown> & { type: string }) | null> {
  if (e.type === 'report' || e.type === 'quick') return e as unknown as Record<string, unknown> & { type: string };
  const doc = await deps.store.documents.get(e.documentId);
  if (!doc || doc.caseId !== c.id) return null;
  const progress = await deps.store.cases.progress(c.id);
  if (e.type === 'page') {
    return { type: 'page', documentId: doc.id, page: e.page, feedback: await storedPageFeedback(deps.store, c, doc, e.page), progress };
  }
  return { type: 'document', documentId: doc.id, status: doc.status, invalid: doc.invalidReason ? invalidReasonName(doc.invalidReason) : null, progress };
}
