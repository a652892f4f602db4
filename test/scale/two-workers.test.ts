import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { startApiService, type ApiService } from '../../services/api/index.ts';
import { createPipeline, type Pipeline } from '../../workers/index.ts';
import { makeScanPdf } from '../integration/support/make-pdfs.ts';
import { addToken, client, createTestEnv, type TestEnv } from '../integration/support/test-env.ts';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'precheck.js');
const DOCUMENTS = 4;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Every file under `dir`, recursively (a worker with BLOB_STORE=pg must leave none). */
async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    if (e.isDirectory()) out.push(...(await filesUnder(join(dir, e.name))));
    else out.push(join(dir, e.name));
  }
  return out;
}

/**
 * Scale-out: two `precheck worker` processes, each with a local directory of its own and no file
 * system shared with the API or each other, on one Redis and one PostgreSQL (BLOB_STORE=pg).
 */
describe('two worker processes with no shared file system', () => {
  let env: TestEnv;
  let pipeline: Pipeline;
  let api: ApiService;
  let db: pg.Client;
  const dirs: string[] = [];
  const workers: { proc: ChildProcess; out: string[] }[] = [];

  beforeAll(async () => {
    env = await createTestEnv({ BLOB_STORE: 'pg', QUICK_CHECK_BUDGET_MS: '1', PAGE_CONCURRENCY: '1', OCR_WORKERS: '1' });
    pipeline = await createPipeline({ ocrWorkers: 1, regionReader: false });
    api = await startApiService(env.config, { pipeline });
    db = new pg.Client({ connectionString: env.config.DATABASE_URL });
    await db.connect();
    await db.query(`SET search_path TO "${env.config.PG_SCHEMA}"`);
  });
  afterAll(async () => {
    for (const w of workers) w.proc.kill('SIGTERM');
    await Promise.all(workers.map((w) => new Promise((r) => (w.proc.exitCode !== null ? r(null) : w.proc.once('exit', r)))));
    await db?.end();
    await api?.close();
    await pipeline?.close();
    await env?.cleanup();
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  });

  it('when documents are uploaded, then the two workers share the pages and every page is analysed from the blobs in PostgreSQL', async () => {
    const http = client(api.url, await addToken(env.config, 'employer', 'acme'));
    for (let i = 0; i < DOCUMENTS; i++) {
      const caseId = (await http.json('POST', '/api/cases', { id: `scale-${i}` })).body.id as string;
      expect((await http.upload(caseId, await makeScanPdf(1, 40 + i), `scan-${i}.pdf`)).status).toBe(202);
    }
    const vars = Object.fromEntries(Object.entries(env.config).filter(([, v]) => v !== undefined).map(([k, v]) => [k, String(v)]));
    for (let i = 0; i < 2; i++) {
      const dir = await mkdtemp(join(tmpdir(), `precheck-worker${i}-`));
      dirs.push(dir);
      const proc = spawn(process.execPath, [BIN, 'worker'], { env: { ...process.env, ...vars, BLOB_DIR: dir, LOG_LEVEL: 'info' }, stdio: ['ignore', 'pipe', 'ignore'] });
      const out: string[] = [];
      proc.stdout!.setEncoding('utf8').on('data', (s: string) => out.push(s));
      workers.push({ proc, out });
    }
    const count = async (sql: string) => Number((await db.query(sql)).rows[0].n);
    for (const end = Date.now() + 240_000; Date.now() < end; await sleep(500)) {
      if ((await count("SELECT count(*) AS n FROM case_file WHERE status = 'ready'")) === DOCUMENTS) break;
    }
    expect(await count("SELECT count(*) AS n FROM document WHERE status = 'done'")).toBe(DOCUMENTS);
    expect(await count('SELECT count(*) AS n FROM page_result WHERE analysis IS NOT NULL')).toBe(DOCUMENTS);
    // Each worker analysed pages, and read every file from PostgreSQL: its own directory holds none.
    const pagesBy = workers.map((w) => w.out.join('').split('\n').filter((l) => l.includes('"job":"analyse-page"') && l.includes('job done')).length);
    expect(pagesBy.reduce((a, b) => a + b, 0)).toBe(DOCUMENTS);
    expect(pagesBy.every((n) => n > 0)).toBe(true);
    for (const d of dirs) expect(await filesUnder(d)).toEqual([]);
    expect(await filesUnder(env.config.BLOB_DIR)).toEqual([]);
  }, 300_000);
});
