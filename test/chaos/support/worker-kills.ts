import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import pg from 'pg';
import { startApiService } from '../../../services/api/index.ts';
import { QUEUES, queueConnection } from '../../../services/queue/index.ts';
import { createPipeline } from '../../../workers/index.ts';
import { makeScanPdf } from '../../integration/support/make-pdfs.ts';
import { addToken, client, createTestEnv } from '../../integration/support/test-env.ts';

const BIN = join(import.meta.dirname, '..', '..', '..', 'bin', 'precheck.js');

export interface KillRun {
  documents: number;
  kills: number;
  /** Seconds from each SIGKILL until the page it interrupted ran again (or finished) under another worker. */
  recoveryS: number[];
  lost: number;
  failed: number;
  duplicateFlags: number;
  casesWithoutReport: number;
  wallS: number;
  /** Why each failed document failed (its reason code and its page jobs' failure reasons). */
  failures: string[];
}

function startWorker(env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, [BIN, 'worker'], { env: { ...process.env, ...env, LOG_LEVEL: 'warn' }, stdio: ['ignore', 'ignore', 'pipe'] });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Uploads `documents` one-page scans (each its own case, each with other bytes) to a real API
 * and has one `precheck worker` process analyse them while it is SIGKILLed `kills` times, each
 * time while a page job runs; a new worker is started at once, as an orchestrator would. Then
 * checks the database: every document done, no page failed, no flag twice, every case reported.
 */
export async function runWorkerKills(opts: { documents: number; kills: number; timeoutMs: number; onProgress?: (line: string) => void }): Promise<KillRun & { workerPeakRssMb: number }> {
  // Uploads answer without quick checks: the documents are all queued at once and the kills spread over the run.
  const env = await createTestEnv({ QUICK_CHECK_BUDGET_MS: '1' });
  const vars = Object.fromEntries(Object.entries(env.config).filter(([, v]) => v !== undefined).map(([k, v]) => [k, String(v)]));
  const pipeline = await createPipeline({ ocrWorkers: 1, regionReader: false });
  const api = await startApiService(env.config, { pipeline });
  const pages = new Queue(QUEUES.page, { connection: queueConnection(env.config.REDIS_URL, 'producer'), prefix: env.config.QUEUE_PREFIX });
  const db = new pg.Client({ connectionString: env.config.DATABASE_URL });
  await db.connect();
  const schema = `"${env.config.PG_SCHEMA}"`;
  let worker = startWorker(vars);
  const t0 = Date.now();
  // The worker process itself (its sandbox child, which runs the pipeline, is another process).
  let workerPeakRssMb = 0;
  const sampler = setInterval(() => {
    try {
      const kb = Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${worker.pid}/status`, 'utf8'))?.[1] ?? 0);
      workerPeakRssMb = Math.max(workerPeakRssMb, kb / 1024);
    } catch {
      // between a kill and the next start
    }
  }, 200);
  try {
    const http = client(api.url, await addToken(env.config, 'employer', 'tenant-a'));
    for (let i = 0; i < opts.documents; i++) {
      const caseId = (await http.json('POST', '/api/cases', { id: `kill-${i}` })).body.id as string;
      const up = await http.upload(caseId, await makeScanPdf(1, i + 1), `scan-${i}.pdf`);
      if (up.status !== 202) throw new Error(`upload ${i}: ${up.status}`);
    }
    const done = async () => Number((await db.query(`SELECT count(*) AS n FROM ${schema}.document WHERE status <> 'queued'`)).rows[0].n);
    const recoveryS: number[] = [];
    const killed = new Set<string>();
    const recoveries: Promise<void>[] = [];
    let kills = 0;
    const deadline = t0 + opts.timeoutMs;
    while (Date.now() < deadline && (await done()) < opts.documents) {
      if (kills >= opts.kills) {
        await sleep(500);
        continue;
      }
      // Kill while a page job runs: wait for one, then a moment into it. Each kill lands on a page not
      // killed before: the same page killed again and again is a poison pill, which the stall limit
      // (maxStalledCount) is there to fail; crashes spread over the work must fail nothing.
      const active = (await pages.getActive()).filter((j) => !killed.has(j.id!));
      if (active.length === 0) {
        await sleep(200);
        continue;
      }
      await sleep(100 + Math.random() * 400);
      const victim = active[0]!;
      killed.add(victim.id!);
      if ((await victim.getState()) !== 'active') continue;
      const killedAt = Date.now();
      worker.kill('SIGKILL');
      await new Promise((r) => worker.once('exit', r));
      kills++;
      worker = startWorker(vars);
      // Taken back: active again under a new lock, or finished. Watched apart, so the next kill
      // does not wait for it (a page taken back last would otherwise leave nothing to kill).
      const id = victim.id!;
      recoveries.push(
        (async () => {
          for (;;) {
            const job = await pages.getJob(id);
            const state = job ? await job.getState() : 'completed';
            if (state === 'completed' || state === 'failed' || (state === 'active' && (job?.processedOn ?? 0) > killedAt)) break;
            if (Date.now() > deadline) break;
            await sleep(250);
          }
          recoveryS.push((Date.now() - killedAt) / 1000);
          opts.onProgress?.(`kill of ${id}: taken back after ${recoveryS.at(-1)!.toFixed(1)} s, ${await done()}/${opts.documents} documents done`);
        })(),
      );
    }
    await Promise.all(recoveries);
    // Let the last case jobs store their reports.
    for (const end = Date.now() + 30_000; Date.now() < end; ) {
      const left = Number((await db.query(`SELECT count(*) AS n FROM ${schema}.case_file WHERE status <> 'ready'`)).rows[0].n);
      if (left === 0) break;
      await sleep(500);
    }
    const q = async (sql: string) => Number((await db.query(sql)).rows[0].n);
    return {
      documents: opts.documents,
      kills,
      recoveryS,
      lost: await q(`SELECT count(*) AS n FROM ${schema}.document WHERE status = 'queued'`),
      failed: await q(`SELECT count(*) AS n FROM ${schema}.document WHERE status = 'invalid'`),
      duplicateFlags: await q(`SELECT count(*) AS n FROM (SELECT 1 FROM ${schema}.flag GROUP BY case_id, code, file, page, severity HAVING count(*) > 1) d`),
      casesWithoutReport: await q(`SELECT count(*) AS n FROM ${schema}.case_file WHERE report IS NULL`),
      wallS: (Date.now() - t0) / 1000,
      workerPeakRssMb,
      failures: await Promise.all(
        (await db.query(`SELECT id, invalid_reason FROM ${schema}.document WHERE status = 'invalid'`)).rows.map(async (r) => {
          const jobs = await pages.getJobs(['failed'], 0, 1000);
          const why = jobs.filter((j) => j.data.documentId === r.id).map((j) => `${j.id}: ${j.failedReason} (attempts ${j.attemptsMade}, stalls ${String((j as unknown as { stalledCounter?: number }).stalledCounter ?? '?')})`);
          return `${r.invalid_reason}: ${why.join('; ') || 'no failed page job'}`;
        }),
      ),
    };
  } finally {
    clearInterval(sampler);
    worker.kill('SIGKILL');
    await db.end();
    await pages.close();
    await api.close();
    await pipeline.close();
    await env.cleanup();
  }
}

export function percentile(xs: number[], p: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
}
