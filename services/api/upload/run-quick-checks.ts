import type { QuickPageFeedback } from '../../../workers/page/index.ts';
import type { ApiPipeline } from '../types.ts';

export type QuickResult = QuickPageFeedback | { page: number; pending: true };

/**
 * The no-OCR checks, page by page, until the budget is spent; pages not reached come back
 * `pending` (their quick results follow on the events stream, see `finishQuickChecks`, and their
 * full results in the page events and the report).
 */
export async function runQuickChecks(
  pipeline: ApiPipeline,
  bytes: Uint8Array,
  pageCount: number,
  budgetMs: number,
): Promise<QuickResult[]> {
  const deadline = Date.now() + budgetMs;
  const out: QuickResult[] = [];
  for (let page = 1; page <= pageCount; page++) {
    const left = deadline - Date.now();
    if (left <= 0) {
      out.push({ page, pending: true });
      continue;
    }
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<null>((r) => (timer = setTimeout(() => r(null), left)));
    const check = pipeline.quickCheckPage(bytes, page).catch(() => null);
    const r = await Promise.race([check, timeout]);
    clearTimeout(timer);
    out.push(r ?? { page, pending: true });
  }
  return out;
}

/**
 * After the answer: the quick checks of the pages it had no time for, one at a time (the API's
 * sandbox children are shared by every upload), each handed to `onPage` as it finishes. A page
 * whose check fails is left to the full analysis.
 */
export async function finishQuickChecks(
  pipeline: ApiPipeline,
  bytes: Uint8Array,
  pending: readonly number[],
  onPage: (result: QuickPageFeedback) => Promise<void>,
): Promise<void> {
  for (const page of pending) {
    const r = await pipeline.quickCheckPage(bytes, page).catch(() => null);
    if (r) await onPage(r).catch(() => undefined);
  }
}
