import type { Request, Response } from 'express';
import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { Counter, Gauge, Registry, collectDefaultMetrics } from 'prom-client';
import { createQuickChecksStore, readJobMetrics, type JobMetrics } from '../../queue/index.ts';

const STATES = ['waiting', 'active', 'delayed', 'prioritized', 'waiting-children', 'failed', 'completed'] as const;

/** The page-time histogram as Prometheus text: prom-client's Histogram observes values itself, these were observed by the workers. */
function histogramText(name: string, help: string, h: JobMetrics['pageSeconds']): string {
  let cumulative = 0;
  const lines = [`# HELP ${name} ${help}`, `# TYPE ${name} histogram`];
  for (const [le, n] of h.buckets) lines.push(`${name}_bucket{le="${le}"} ${(cumulative += n)}`);
  lines.push(`${name}_sum ${h.sum}`, `${name}_count ${h.count}`);
  return lines.join('\n') + '\n';
}

/**
 * GET /metrics (Prometheus text): the API process's own metrics, queue depth per queue and state
 * (asked of Redis at scrape time), and what every worker recorded in Redis (services/queue/job-metrics.ts):
 * pages done, pages per second over the last minute, page time, failed attempts by queue and reason,
 * and page analyses that reused the upload's quick checks or made their own.
 */
export function metricsRoute(queues: Record<string, Queue>, redis: Redis, prefix: string) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'precheck_api_' });
  let latest: JobMetrics | null = null;
  const quickChecks = createQuickChecksStore(redis, prefix);
  let quick = { reused: 0, computed: 0 };
  new Gauge({
    name: 'precheck_queue_jobs',
    help: 'Jobs in each queue by state (waiting is the queue depth)',
    labelNames: ['queue', 'state'],
    registers: [registry],
    async collect() {
      this.reset();
      for (const [name, q] of Object.entries(queues)) {
        const counts = await q.getJobCounts(...STATES);
        for (const s of STATES) this.set({ queue: name, state: s }, counts[s] ?? 0);
      }
    },
  });
  new Counter({
    name: 'precheck_pages_total',
    help: 'Page jobs finished by every worker',
    registers: [registry],
    collect() {
      this.reset();
      if (latest) this.inc(latest.pagesDone);
    },
  });
  new Gauge({
    name: 'precheck_pages_per_second',
    help: 'Pages finished per second over the last minute, every worker together',
    registers: [registry],
    collect() {
      this.set(latest?.pagesPerSecond ?? 0);
    },
  });
  new Counter({
    name: 'precheck_job_failures_total',
    help: 'Failed job attempts by queue and reason code (retried attempts included)',
    labelNames: ['queue', 'reason'],
    registers: [registry],
    collect() {
      this.reset();
      for (const f of latest?.failures ?? []) this.inc({ queue: f.queue, reason: f.reason }, f.count);
    },
  });
  new Counter({
    name: 'precheck_page_quick_checks_total',
    help: "Page analyses by where their quick checks came from: reused (the upload's) or computed (by the worker)",
    labelNames: ['source'],
    registers: [registry],
    collect() {
      this.reset();
      this.inc({ source: 'reused' }, quick.reused);
      this.inc({ source: 'computed' }, quick.computed);
    },
  });
  return async (_req: Request, res: Response) => {
    [latest, quick] = await Promise.all([readJobMetrics(redis, prefix), quickChecks.counts()]);
    const text = await registry.metrics();
    res
      .set('content-type', registry.contentType)
      .set('cache-control', 'no-store')
      .send(text + histogramText('precheck_page_seconds', 'Time of one page job, start to finish, in seconds', latest.pageSeconds));
  };
}
