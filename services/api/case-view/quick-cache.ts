import type { Redis } from 'ioredis';
import type { PageFeedback } from './page-feedback.ts';

/** How long a page's quick badges are kept for a reloaded page (its full result replaces them long before). */
const TTL_S = 3600;

/**
 * The upload's quick badges per document, in Redis for an hour, so a case page opened or reloaded
 * before the full analysis still shows them. Badges and fixed sentences only (no value read from
 * the page), under the queue prefix like every key of the service.
 */
export function createQuickCache(redis: Redis, prefix: string) {
  const key = (documentId: string) => `${prefix}:quick:${documentId}`;
  return {
    async put(f: PageFeedback): Promise<void> {
      await redis.multi().hset(key(f.documentId), String(f.page), JSON.stringify(f)).expire(key(f.documentId), TTL_S).exec();
    },
    async get(documentId: string): Promise<Map<number, PageFeedback>> {
      const all = await redis.hgetall(key(documentId));
      return new Map(Object.entries(all).map(([page, json]) => [Number(page), JSON.parse(json) as PageFeedback]));
    },
  };
}
export type QuickCache = ReturnType<typeof createQuickCache>;
