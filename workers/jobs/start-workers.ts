import { Worker, type ConnectionOptions, type Job } from 'bullmq';
import { BadPayloadError, TransientJobError, badInputReason, errorForLog } from './errors.ts';
import { QUEUES, type QueueName } from './payloads.ts';
import { createRegistry, JOBS, type JobDefinition } from './registry.ts';
import type { JobDeps } from './types.ts';

export interface StartWorkersOptions {
  connection: ConnectionOptions;
  /** BullMQ key prefix. */
  prefix: string;
  /** Page jobs run at once in this process (each holds an OCR engine busy). @default 1 */
  pageConcurrency?: number;
  /**
   * Lock on every job. BullMQ renews it every half of this while the job runs, so it only has to
   * outlast the longest time the event loop is held at once (in a service worker, pages run in a
   * sandbox child and the loop is free; in process, PP-OCR's post-processing holds it 2–3 s), not a
   * whole page. A killed worker's job is taken back once its lock has expired and a stall check has
   * run: at most lockMs + stalledCheckMs (20 s by default). @default 15000
   */
  lockMs?: number;
  /** How often each worker looks for jobs whose lock expired (BullMQ's stalledInterval). @default 5000 */
  stalledCheckMs?: number;
  /**
   * Times a job may stall (its worker killed or out of memory) before it fails for good: the
   * poison-pill guard. Two crashes on one page are still retried: a crash is more often the
   * machine's (a redeploy, an OOM kill of a busy process) than the page's. @default 2
   */
  maxStalledCount?: number;
  jobs?: readonly JobDefinition[];
}

export interface RunningWorkers {
  workers: Worker[];
  /** Stops fetching, waits for running jobs up to `graceMs`, then force-closes (jobs stall and resume elsewhere). */
  close(graceMs?: number): Promise<void>;
}

/** The processors of every queue, each payload `safeParse`d before its handler runs. */
export function startWorkers(deps: JobDeps, opts: StartWorkersOptions): RunningWorkers {
  const registry = createRegistry(opts.jobs ?? JOBS);
  const processor = async (job: Job) => {
    const def = registry.get(job.name);
    if (!def) throw new BadPayloadError(job.name);
    const parsed = def.schema.safeParse(job.data);
    if (!parsed.success) throw new BadPayloadError(job.name);
    const started = Date.now();
    try {
      const result = await def.handler(parsed.data, deps, job);
      deps.log.info({ job: job.name, jobId: job.id, ms: Date.now() - started }, 'job done');
      return result;
    } catch (err) {
      const reason = badInputReason(err);
      // Bad input is expected and named by its reason; anything else gets its stack (never its message).
      deps.log.warn(
        { job: job.name, jobId: job.id, reason, err: reason ? (err as Error)?.name : errorForLog(err), attempt: job.attemptsMade + 1 },
        'job failed',
      );
      if (reason || err instanceof BadPayloadError) throw err;
      throw new TransientJobError(err);
    }
  };
  const concurrency: Record<QueueName, number> = {
    [QUEUES.page]: opts.pageConcurrency ?? 1,
    [QUEUES.document]: 2,
    [QUEUES.case]: 2,
    [QUEUES.batch]: 1,
  };
  const workers = Object.values(QUEUES).map(
    (q) =>
      new Worker(q, processor, {
        connection: opts.connection,
        prefix: opts.prefix,
        concurrency: concurrency[q],
        lockDuration: opts.lockMs ?? 15_000,
        stalledInterval: opts.stalledCheckMs ?? 5_000,
        maxStalledCount: opts.maxStalledCount ?? 2,
      }),
  );
  for (const w of workers) w.on('error', (err) => deps.log.warn({ err: errorForLog(err) }, 'worker error'));
  return {
    workers,
    async close(graceMs = 25_000) {
      const graceful = Promise.all(workers.map((w) => w.close()));
      const timeout = new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), graceMs).unref());
      if ((await Promise.race([graceful, timeout])) === 'timeout')
        await Promise.all(workers.map((w) => w.close(true)));
    },
  };
}
