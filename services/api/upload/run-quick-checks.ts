import type { QuickPageFeedback } from '../../../workers/page/index.ts';
import type { ApiPipeline } from '../types.ts';

/** A page's quick checks without its thumbnail (which goes to `onThumbnail`, never into JSON). */
export type QuickChecked = Omit<QuickPageFeedback, 'thumbnail'>;
export type QuickResult = QuickChecked | { page: number; pending: true };

/**
 * The no-OCR checks of every page, one page at a time (the API's sandbox children are shared by
 * every upload). The answer does not wait for them all: it resolves as soon as the first page is
 * checked (or `budgetMs` has passed), with the pages done by then; the others come back `pending`
 * and each is handed to `onLate` as its check finishes (the upload publishes it on the case's
 * events). A page whose check fails is left to the full analysis. Each page's thumbnail is handed
 * to `onThumbnail` as soon as it is made, and each page's checks to `onChecked`.
 */
export function runQuickChecks(
  pipeline: ApiPipeline,
  bytes: Uint8Array,
  pageCount: number,
  budgetMs: number,
  hooks: {
    onLate?: (result: QuickChecked) => Promise<void>;
    onThumbnail?: (page: number, jpeg: Uint8Array) => void;
    /** Every page checked, answered or late (the page job reuses the checks). */
    onChecked?: (result: QuickChecked) => Promise<void>;
  } = {},
): Promise<QuickResult[]> {
  const done: (QuickChecked | null)[] = [];
  let answered = false;
  let firstDone!: () => void;
  const first = new Promise<void>((r) => (firstDone = r));
  void (async () => {
    for (let page = 1; page <= pageCount; page++) {
      const checked = await pipeline.quickCheckPage(bytes, page).catch(() => null);
      let r: QuickChecked | null = null;
      if (checked) {
        const { thumbnail, ...rest } = checked;
        if (thumbnail) hooks.onThumbnail?.(page, thumbnail);
        r = rest;
        // Not awaited: the first badge never waits on Redis.
        hooks.onChecked?.(r).catch(() => undefined);
      }
      if (!answered) done[page - 1] = r;
      else if (r) await hooks.onLate?.(r).catch(() => undefined);
      firstDone();
    }
  })();
  let timer: NodeJS.Timeout | undefined;
  const budget = new Promise<void>((r) => (timer = setTimeout(r, budgetMs)));
  return Promise.race([first, budget]).then(() => {
    clearTimeout(timer);
    answered = true;
    return Array.from({ length: pageCount }, (_, i) => done[i] ?? { page: i + 1, pending: true as const });
  });
}
