import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Redis } from 'ioredis';
import pg from 'pg';
import { Case } from '../../rules/contract/index.ts';
import { startApiService } from '../../services/api/index.ts';
import { createLogger, loadConfig } from '../../services/config/index.ts';
import { createDb, createStore, migrate } from '../../services/store/index.ts';
import { createPipeline } from '../../workers/index.ts';

/**
 * `npm run bench:service [-- --case samples/demo/case.json --workers 1]`: the API in this process,
 * `precheck worker` as a separate process (as deployed), on the local Redis and PostgreSQL in a
 * throw-away schema and queue prefix. Uploads the case's PDFs over HTTP and reports upload→report
 * seconds, pages per minute and the worker process's peak RSS (VmHWM). A measurement, not a test.
 */
const { values } = parseArgs({
  options: { case: { type: 'string', default: 'samples/demo/case.json' }, workers: { type: 'string', default: '1' } },
});
const caseFile = path.resolve(values.case!);
const caseObj = Case.parse(JSON.parse(readFileSync(caseFile, 'utf8')));
const id = randomBytes(4).toString('hex');
const env = {
  DATABASE_URL: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
  REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
  BLOB_DIR: mkdtempSync(path.join(tmpdir(), 'precheck-bench-blobs-')),
  PORT: '0',
  QUEUE_PREFIX: `bench${id}`,
  PG_SCHEMA: `bench_${id}`,
  LOG_LEVEL: 'warn',
  OCR_WORKERS: values.workers!,
  PAGE_CONCURRENCY: values.workers!,
};
const config = loadConfig(env);
const pool = createDb({ url: config.DATABASE_URL, schema: config.PG_SCHEMA, max: 2 });
await migrate(pool, config.PG_SCHEMA);
const token = (await createStore(pool).tokens.add('employer', 'bench')).token;

const worker = spawn(process.execPath, ['bin/precheck.js', 'worker'], { env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'inherit'] });
let workerPeakKb = 0;
const sampler = setInterval(() => {
  try {
    const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${worker.pid}/status`, 'utf8'));
    if (m) workerPeakKb = Math.max(workerPeakKb, Number(m[1]));
  } catch {
    /* the process has exited */
  }
}, 200);

const pipeline = await createPipeline({ ocrWorkers: 1, regionReader: false });
const api = await startApiService(config, { pipeline, log: createLogger({ level: 'warn' }) });
const auth = { authorization: `Bearer ${token}` };
const { documents, ...fields } = caseObj;
const created = await (await fetch(`${api.url}/api/cases`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify(fields) })).json() as { id: string };

const t0 = performance.now();
let pages = 0;
for (const d of documents) {
  const form = new FormData();
  if (d.kind) form.append('kind', d.kind);
  form.append('file', new Blob([readFileSync(path.resolve(path.dirname(caseFile), d.file))], { type: 'application/pdf' }), d.file);
  const res = await fetch(`${api.url}/api/cases/${created.id}/documents`, { method: 'POST', headers: auth, body: form });
  const body = (await res.json()) as { pageCount?: number };
  pages += body.pageCount ?? 0;
}
const uploadedMs = performance.now() - t0;
let status = 202;
while (status === 202 && performance.now() - t0 < 600_000) {
  await new Promise((r) => setTimeout(r, 250));
  status = (await fetch(`${api.url}/api/cases/${created.id}/report`, { headers: auth })).status;
}
const seconds = (performance.now() - t0) / 1000;

worker.kill('SIGTERM');
await new Promise((r) => worker.once('exit', r));
clearInterval(sampler);
await api.close();
await pipeline.close();
await pool.end();
const admin = new pg.Client({ connectionString: config.DATABASE_URL });
await admin.connect();
await admin.query(`DROP SCHEMA IF EXISTS "${config.PG_SCHEMA}" CASCADE`);
await admin.end();
const redis = new Redis(config.REDIS_URL);
const keys = await redis.keys(`${config.QUEUE_PREFIX}:*`);
if (keys.length) await redis.del(...keys);
await redis.quit();
rmSync(env.BLOB_DIR, { recursive: true, force: true });

const result = {
  case: values.case,
  workerOcrEngines: Number(values.workers),
  status,
  pages,
  uploadSeconds: uploadedMs / 1000,
  uploadToReportSeconds: seconds,
  pagesPerMinute: (pages / seconds) * 60,
  workerPeakRssMb: workerPeakKb / 1024,
};
console.log('service throughput (API in-process, one worker process)');
for (const [k, v] of Object.entries(result)) console.log(`${k.padEnd(24)}${typeof v === 'number' ? v.toFixed(2) : v}`);
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/service-throughput.json', JSON.stringify(result, null, 2));
