import type { Redis } from 'ioredis';
import type { QuickPageChecks } from '../../workers/index.ts';

/**
 * How long the upload's quick checks wait for the page job: past it (a queue backed up for hours)
 * the worker makes them again. About 1 KB a page.
 */
const TTL_S = 6 * 3600;

/** The pixel checks of a page, picked field by field (never the upload's thumbnail or pen estimate). */
function checksOnly(q: QuickPageChecks): QuickPageChecks {
  return { page: q.page, widthPx: q.widthPx, heightPx: q.heightPx, dpi: q.dpi, clarity: q.clarity, edges: q.edges, seal: q.seal };
}

/**
 * The upload's quick checks of each page, in Redis under the queue prefix, keyed by (file sha256,
 * page pipeline version, page): the API writes them as each page is checked, and the page job hands
 * them to the analysis instead of running the same checks on the same pixels again. Scores and
 * boxes only, no value read from the page. The worker counts what it found (reused) and what it had
 * to make itself (computed: the upload had not checked the page yet, or the entry expired).
 */
export function createQuickChecksStore(redis: Redis, prefix: string) {
  const key = (sha256: string, version: string) => `${prefix}:quick-checks:${version}:${sha256}`;
  const counts = `${prefix}:metrics:quick_checks`;
  return {
    async put(sha256: string, version: string, q: QuickPageChecks): Promise<void> {
      const k = key(sha256, version);
      await redis.multi().hset(k, String(q.page), JSON.stringify(checksOnly(q))).expire(k, TTL_S).exec();
    },
    /** The stored checks or null; a Redis failure is a miss (the worker makes them), never the page's failure. */
    async get(sha256: string, page: number, version: string): Promise<QuickPageChecks | null> {
      const json = await redis.hget(key(sha256, version), String(page)).catch(() => null);
      redis.hincrby(counts, json ? 'reused' : 'computed', 1).catch(() => undefined);
      return json ? (JSON.parse(json) as QuickPageChecks) : null;
    },
    /** How many pages of a file have their checks kept. */
    kept: (sha256: string, version: string): Promise<number> => redis.hlen(key(sha256, version)),
    /** Page jobs that reused the upload's checks and that made their own, over every worker. */
    async counts(): Promise<{ reused: number; computed: number }> {
      const c = await redis.hgetall(counts);
      return { reused: Number(c.reused ?? 0), computed: Number(c.computed ?? 0) };
    },
  };
}
export type QuickChecksStore = ReturnType<typeof createQuickChecksStore>;
