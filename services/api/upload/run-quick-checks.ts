import type { QuickPageChecks } from '../../../workers/page/index.ts';
import type { ApiPipeline } from '../types.ts';

export type QuickResult = QuickPageChecks | { page: number; pending: true };

/**
 * The no-OCR checks, page by page, until the budget is spent; pages not reached come back
 * `pending` (their full results follow on the events stream and in the report).
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
