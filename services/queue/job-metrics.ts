import type { Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { QUEUES } from '../../workers/jobs/index.ts';

/**
 * Job metrics every worker process adds to Redis and the API's /metrics reads: the API never runs
 * a page, and any number of worker processes on any number of machines share one Redis, so counters
 * kept there are the whole service's without a scrape target per worker. Ids and reason codes only.
 */

/** Upper bounds (seconds) of the page-time histogram: a cached page takes well under 1 s, a page through both OCR engines 10–60 s. */
export const PAGE_SECONDS_BUCKETS = [0.5, 1, 2, 5, 10, 20, 30, 60, 120, 180, 300] as const;
/** Pages per second are counted in one-second slots kept this long. */
const SLOT_TTL_S = 180;

const keys = (prefix: string) => ({
  pages: `${prefix}:metrics:pages`,
  pageSeconds: `${prefix}:metrics:page_seconds`,
  failures: `${prefix}:metrics:failures`,
  slot: (s: number) => `${prefix}:metrics:pages_at:${s}`,
});

/** The reason code of a failed attempt, from BullMQ's failedReason (which never holds document text: see workers/jobs/errors.ts). */
export function failureReason(failedReason: string | undefined): string {
  const m = /^(bad_input|bad_payload): ([a-z_]+)/.exec(failedReason ?? '');
  if (m) return m[1] === 'bad_input' ? m[2]! : 'bad_payload';
  if (/^transient: /.test(failedReason ?? '')) return 'transient';
  if (/stalled/i.test(failedReason ?? '')) return 'stalled';
  return 'other';
}

/** Counts every finished page job (time from start to finish) and every failed attempt of any job, by queue and reason. */
export function recordJobMetrics(workers: readonly Worker[], redis: Redis, prefix: string): void {
  const k = keys(prefix);
  for (const w of workers) {
    if (w.name === QUEUES.page) {
      w.on('completed', (job) => {
        const seconds = Math.max(0, ((job.finishedOn ?? Date.now()) - (job.processedOn ?? Date.now())) / 1000);
        const le = PAGE_SECONDS_BUCKETS.find((b) => seconds <= b);
        const slot = k.slot(Math.floor(Date.now() / 1000));
        redis
          .multi()
          .hincrby(k.pages, 'done', 1)
          .hincrbyfloat(k.pageSeconds, 'sum', seconds)
          .hincrby(k.pageSeconds, le === undefined ? '+Inf' : String(le), 1)
          .incr(slot)
          .expire(slot, SLOT_TTL_S)
          .exec()
          .catch(() => undefined);
      });
    }
    w.on('failed', (job) => {
      redis.hincrby(k.failures, `${w.name}|${failureReason(job?.failedReason)}`, 1).catch(() => undefined);
    });
    w.on('stalled', () => {
      redis.hincrby(k.failures, `${w.name}|stalled`, 1).catch(() => undefined);
    });
  }
}

export interface JobMetrics {
  pagesDone: number;
  /** Pages finished per second over the last minute, over every worker. */
  pagesPerSecond: number;
  /** Non-cumulative counts per upper bound (`+Inf` last), their sum of seconds and count. */
  pageSeconds: { buckets: [string, number][]; sum: number; count: number };
  failures: { queue: string; reason: string; count: number }[];
}

/** What the workers have recorded, for the API's /metrics. */
export async function readJobMetrics(redis: Redis, prefix: string, now = Date.now()): Promise<JobMetrics> {
  const k = keys(prefix);
  const second = Math.floor(now / 1000);
  // The last 60 complete seconds (the current one is still filling).
  const slots = Array.from({ length: 60 }, (_, i) => k.slot(second - 1 - i));
  const [pages, seconds, failures, lastMinute] = await Promise.all([
    redis.hgetall(k.pages),
    redis.hgetall(k.pageSeconds),
    redis.hgetall(k.failures),
    redis.mget(...slots),
  ]);
  const bounds = [...PAGE_SECONDS_BUCKETS.map(String), '+Inf'];
  const buckets = bounds.map((b): [string, number] => [b, Number(seconds[b] ?? 0)]);
  return {
    pagesDone: Number(pages.done ?? 0),
    pagesPerSecond: lastMinute.reduce((n, v) => n + Number(v ?? 0), 0) / 60,
    pageSeconds: { buckets, sum: Number(seconds.sum ?? 0), count: buckets.reduce((n, [, c]) => n + c, 0) },
    failures: Object.entries(failures).map(([f, count]) => {
      const [queue, reason] = f.split('|');
      return { queue: queue!, reason: reason ?? 'other', count: Number(count) };
    }),
  };
}
