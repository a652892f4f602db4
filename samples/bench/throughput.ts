import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Redis } from 'ioredis';
import pg from 'pg';
import { createQuickChecksStore } from '../../services/queue/index.ts';
import { PAGE_PIPELINE_VERSION } from '../../workers/index.ts';
import { startServe } from '../../test/chaos/support/serve-process.ts';
import { addToken, client, createTestEnv, type TestEnv } from '../../test/integration/support/test-env.ts';
import { REPO_ROOT } from './corpus-root.ts';
import { treeRssMb } from './process-tree-rss.ts';
import { benchDocuments } from './throughput-corpus.ts';

/**
 * `npm run bench:throughput [-- --workers 1,2 --pages 60 --concurrency N]`: pages per minute of the
 * service with 1, then 2 (…) `precheck worker` processes. Each run starts from nothing: a fresh
 * PostgreSQL schema, queue prefix and blob directory on the local Redis and PostgreSQL, a real
 * `precheck serve` process, the same `--pages` pages of both sources' tune splits uploaded over HTTP
 * (throughput-corpus.ts: copies with distinct bytes, so no stored analysis is reused), and only once
 * the upload's quick checks are all kept, N worker processes are started; wall time runs from their
 * start (engine loading included) to the last page analysed. PAGE_CONCURRENCY per worker is
 * `--concurrency` (default: the environment's, else 1); tesseract and OpenMP are held to one thread
 * (OMP_THREAD_LIMIT=1). Prints workers, pages, wall s, pages/min and the ratio to the first row;
 * writes samples/bench/results/throughput.json.
 *
 * `npm run bench:throughput -- --rss --pages 1000 [--every 100]`: one worker through many pages,
 * started before the uploads; its resident memory (the worker process and its sandbox children,
 * from /proc) sampled every second and printed every `--every` pages, with the peak; writes
 * samples/bench/results/worker-rss.json. Measurements, not tests: run them on a quiet machine.
 */
const { values } = parseArgs({
  options: {
    workers: { type: 'string', default: '1,2' },
    pages: { type: 'string', default: '60' },
    concurrency: { type: 'string', default: process.env.PAGE_CONCURRENCY ?? '1' },
    rss: { type: 'boolean', default: false },
    every: { type: 'string', default: '100' },
  },
});
const PAGES = Number(values.pages);
const EVERY = Number(values.every);
const BIN = path.join(REPO_ROOT, 'bin', 'precheck.js');
const ONE_THREAD = { OMP_THREAD_LIMIT: '1' };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const vars = (env: TestEnv) => Object.fromEntries(Object.entries(env.config).filter(([, v]) => v !== undefined).map(([k, v]) => [k, String(v)]));

interface RssRow { pages: number; seconds: number; rssMb: number; mainMb: number; childrenMb: number }
interface Run {
  workers: number;
  pages: number;
  wallSeconds: number;
  pagesPerMinute: number;
  firstPageSeconds: number | null;
  peakRssMb: number;
  quickChecks: { reused: number; computed: number };
  invalidPages: number;
  rss: RssRow[];
}

function startWorker(env: TestEnv): { proc: ChildProcess; tail: () => string } {
  const proc = spawn(process.execPath, [BIN, 'worker'], { env: { ...process.env, ...vars(env), ...ONE_THREAD, LOG_LEVEL: 'warn' }, stdio: ['ignore', 'ignore', 'pipe'] });
  let tail = '';
  proc.stderr!.on('data', (d: Buffer) => (tail = (tail + d.toString()).slice(-4000)));
  return { proc, tail: () => tail };
}

async function stop(proc: ChildProcess): Promise<void> {
  if (proc.exitCode !== null || proc.signalCode !== null) return;
  const exited = new Promise((r) => proc.once('exit', r));
  proc.kill('SIGTERM');
  const timer = setTimeout(() => proc.kill('SIGKILL'), 30_000);
  await exited;
  clearTimeout(timer);
}

async function run(workerCount: number, rssMode: boolean): Promise<Run> {
  const env = await createTestEnv({ PAGE_CONCURRENCY: values.concurrency!, OCR_WORKERS: '1', LOG_LEVEL: 'warn' });
  const serve = await startServe(env.config, ONE_THREAD);
  const redis = new Redis(env.config.REDIS_URL);
  const db = new pg.Client({ connectionString: env.config.DATABASE_URL });
  const workers: ReturnType<typeof startWorker>[] = [];
  try {
    await db.connect();
    await db.query(`SET search_path TO "${env.config.PG_SCHEMA}"`);
    const http = client(serve.url, await addToken(env.config, 'employer', 'bench'));
    let t0 = performance.now();
    // Many pages: the worker runs while the files arrive (memory over pages, not a race).
    if (rssMode) for (let i = 0; i < workerCount; i++) workers.push(startWorker(env));

    const cases = new Map<string, string>();
    const files: string[] = [];
    let pages = 0;
    for await (const d of benchDocuments(PAGES)) {
      let caseId = cases.get(d.caseKey);
      if (!caseId) {
        const created = await http.json('POST', '/api/cases', d.fields);
        if (created.status !== 201) throw new Error(`case not created: ${created.status} ${JSON.stringify(created.body)}`);
        cases.set(d.caseKey, (caseId = created.body.id as string));
      }
      const up = await http.upload(caseId, d.bytes, d.name, d.kind ? { kind: d.kind } : {});
      if (up.status !== 202) throw new Error(`upload refused: ${up.status} ${JSON.stringify(up.body)}`);
      pages += up.body.invalid ? 0 : ((up.body.pageCount as number | null) ?? 0);
      files.push(up.body.sha256 as string);
    }
    const quick = createQuickChecksStore(redis, env.config.QUEUE_PREFIX);
    if (!rssMode) {
      // The upload's checks finish in the API's background; the workers then find them all kept.
      const kept = async () => (await Promise.all(files.map((f) => quick.kept(f, PAGE_PIPELINE_VERSION)))).reduce((a, b) => a + b, 0);
      for (const end = Date.now() + 15 * 60_000; (await kept()) < pages && Date.now() < end; ) await sleep(500);
      t0 = performance.now();
      for (let i = 0; i < workerCount; i++) workers.push(startWorker(env));
    }
    process.stderr.write(`${workerCount} worker(s): ${pages} pages uploaded, analysing\n`);

    const peak = new Map<number, number>();
    const rss: RssRow[] = [];
    let next = EVERY;
    let firstPage: number | null = null;
    let done = 0;
    const deadline = Date.now() + Math.max(10 * 60_000, (pages * 120_000) / workerCount);
    while (done < pages) {
      if (Date.now() > deadline) throw new Error(`timed out with ${done} of ${pages} pages analysed`);
      const dead = workers.find((w) => w.proc.exitCode !== null);
      if (dead) throw new Error(`a worker exited ${dead.proc.exitCode}: ${dead.tail()}`);
      await sleep(1000);
      done = Number((await db.query('SELECT count(*)::int AS n FROM page_result')).rows[0].n);
      const seconds = (performance.now() - t0) / 1000;
      if (done > 0) firstPage ??= seconds;
      const now = workers.map((w) => treeRssMb(w.proc.pid!));
      now.forEach((r, i) => peak.set(i, Math.max(peak.get(i) ?? 0, r.total)));
      for (; rssMode && done >= next; next += EVERY) rss.push({ pages: done, seconds, rssMb: now[0]!.total, mainMb: now[0]!.main, childrenMb: now[0]!.children });
    }
    const wallSeconds = (performance.now() - t0) / 1000;
    const invalid = Number((await db.query('SELECT count(*)::int AS n FROM page_result WHERE analysis IS NULL')).rows[0].n);
    if (rssMode && rss.at(-1)?.pages !== done) {
      const last = treeRssMb(workers[0]!.proc.pid!);
      rss.push({ pages: done, seconds: wallSeconds, rssMb: last.total, mainMb: last.main, childrenMb: last.children });
    }
    return {
      workers: workerCount,
      pages,
      wallSeconds,
      pagesPerMinute: (pages / wallSeconds) * 60,
      firstPageSeconds: firstPage,
      peakRssMb: Math.max(...peak.values()),
      quickChecks: await quick.counts(),
      invalidPages: invalid,
      rss,
    };
  } finally {
    await Promise.all(workers.map((w) => stop(w.proc)));
    serve.stop();
    await new Promise((r) => (serve.child.exitCode !== null ? r(null) : serve.child.once('exit', r)));
    redis.disconnect();
    await db.end().catch(() => undefined);
    await env.cleanup();
  }
}

const machine = { cpus: cpus().length, loadAverageAtStart: loadavg()[0], commit: execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO_ROOT }).toString().trim(), date: new Date().toISOString() };
const out = path.join(REPO_ROOT, 'samples', 'bench', 'results');
mkdirSync(out, { recursive: true });
const mb = (x: number) => x.toFixed(0);

if (values.rss) {
  const r = await run(1, true);
  console.log(`worker RSS over ${r.pages} pages (the worker process and its sandbox children; PAGE_CONCURRENCY=${values.concurrency})`);
  console.log('pages  elapsed s  RSS MB  worker MB  sandboxes MB');
  for (const row of r.rss) console.log(`${String(row.pages).padStart(5)}  ${row.seconds.toFixed(0).padStart(9)}  ${mb(row.rssMb).padStart(6)}  ${mb(row.mainMb).padStart(9)}  ${mb(row.childrenMb).padStart(12)}`);
  console.log(`peak (sampled every second): ${mb(r.peakRssMb)} MB; ${r.invalidPages} pages failed; ${r.pagesPerMinute.toFixed(2)} pages/min`);
  writeFileSync(path.join(out, 'worker-rss.json'), JSON.stringify({ machine, concurrency: Number(values.concurrency), ...r, loadAverageAtEnd: loadavg()[0] }, null, 2) + '\n');
} else {
  const runs: Run[] = [];
  for (const n of values.workers!.split(',').map(Number)) runs.push(await run(n, false));
  console.log(`service throughput, ${runs[0]?.pages} pages of both tune splits, PAGE_CONCURRENCY=${values.concurrency} per worker, one tesseract thread`);
  console.log('workers  pages  wall s  pages/min  ratio  first page s  peak RSS MB/worker  quick checks reused/computed');
  for (const r of runs) {
    const ratio = r.pagesPerMinute / runs[0]!.pagesPerMinute;
    console.log(`${String(r.workers).padStart(7)}  ${String(r.pages).padStart(5)}  ${r.wallSeconds.toFixed(1).padStart(6)}  ${r.pagesPerMinute.toFixed(2).padStart(9)}  ${ratio.toFixed(2).padStart(5)}  ${(r.firstPageSeconds?.toFixed(1) ?? '-').padStart(12)}  ${mb(r.peakRssMb).padStart(18)}  ${r.quickChecks.reused}/${r.quickChecks.computed}`);
  }
  const rows = runs.map(({ rss: _rss, ...r }) => ({ ...r, ratio: r.pagesPerMinute / runs[0]!.pagesPerMinute }));
  writeFileSync(path.join(out, 'throughput.json'), JSON.stringify({ machine, concurrency: Number(values.concurrency), runs: rows, loadAverageAtEnd: loadavg()[0] }, null, 2) + '\n');
}
