import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiService, type ApiService } from '../../services/api/index.ts';
import { ConfigSchema, createLogger, inputLimitsOf, loadInputLimits } from '../../services/config/index.ts';
import { buildReport, createPipeline, INPUT_LIMITS, PAGE_PIPELINE_VERSION, type Pipeline } from '../../workers/index.ts';
import { startWorkerService } from '../../services/queue/index.ts';
import { makeScanPdf } from './support/make-pdfs.ts';
import { addToken, createTestEnv, type TestEnv } from './support/test-env.ts';

const CLI = join(import.meta.dirname, '..', '..', 'bin', 'precheck.js');

describe('one source of truth for input limits', () => {
  it('when nothing is set, then the service, the API and the CLI take the renderer defaults', () => {
    const defaults = ConfigSchema.pick({ MAX_UPLOAD_BYTES: true, MAX_PAGES: true }).parse({});
    expect(inputLimitsOf(defaults)).toEqual({ maxBytes: INPUT_LIMITS.maxBytes, maxPages: INPUT_LIMITS.maxPages });
    expect(loadInputLimits({})).toEqual({ maxBytes: INPUT_LIMITS.maxBytes, maxPages: INPUT_LIMITS.maxPages });
    expect(loadInputLimits({ MAX_PAGES: '2', MAX_UPLOAD_BYTES: '1000' })).toEqual({ maxBytes: 1000, maxPages: 2 });
  });

  it('when MAX_PAGES is below a PDF page count, then the pipeline calls it too_many_pages', async () => {
    const pipeline = await createPipeline({ ocrWorkers: 1, regionReader: false, limits: { maxPages: 1 } });
    try {
      expect(await pipeline.inspectDocument(await makeScanPdf(2))).toEqual({ invalid: 'too_many_pages' });
      expect(await pipeline.inspectDocument(await makeScanPdf(1))).toEqual({ pageCount: 1 });
    } finally {
      await pipeline.close();
    }
  });

  it('when the CLI runs with MAX_PAGES=1 on a 2-page PDF, then the report has FILE_INVALID', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'precheck-limits-'));
    writeFileSync(join(dir, 'two.pdf'), await makeScanPdf(2));
    const out = join(dir, 'r.json');
    const r = spawnSync(process.execPath, [CLI, 'verify', 'two.pdf', '--json', out, '--quiet'], { cwd: dir, env: { ...process.env, MAX_PAGES: '1' }, encoding: 'utf8', timeout: 120_000 });
    expect(r.status).toBe(0);
    const report = JSON.parse(readFileSync(out, 'utf8'));
    expect(report.flags.some((f: { code: string }) => f.code === 'FILE_INVALID')).toBe(true);
    const bad = spawnSync(process.execPath, [CLI, 'verify', 'two.pdf', '--quiet'], { cwd: dir, env: { ...process.env, MAX_PAGES: 'many' }, encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('MAX_PAGES');
  }, 150_000);
});

describe('the access log', () => {
  let env: TestEnv;
  let pipeline: Pipeline;
  let api: ApiService;
  const lines: { name: string; msg: string; route?: string | null; status?: number }[] = [];
  beforeAll(async () => {
    env = await createTestEnv();
    pipeline = await createPipeline({ ocrWorkers: 1, regionReader: false });
    const log = createLogger({ name: 'api', level: 'info', destination: { write: (l: string) => void lines.push(JSON.parse(l)) } });
    api = await startApiService(env.config, { pipeline, log });
  });
  afterAll(async () => {
    await api?.close();
    await pipeline?.close();
    await env?.cleanup();
  });

  it('when requests succeed or miss, then each line names the route matched under /api (never the path as sent), with the logger name', async () => {
    const token = await addToken(env.config, 'admin', null);
    const auth = { authorization: `Bearer ${token}` };
    expect((await fetch(`${api.url}/api/cases?limit=5`, { headers: auth })).status).toBe(200);
    expect((await fetch(`${api.url}/api/nothing-here`, { headers: auth })).status).toBe(404);
    expect((await fetch(`${api.url}/api/cases/${encodeURIComponent('张三')}/report`, { headers: auth })).status).toBe(404);
    await new Promise((r) => setTimeout(r, 50));
    const http = lines.filter((l) => l.msg === 'http');
    expect(http.map((l) => [l.route, l.status])).toEqual([
      ['/api/cases', 200],
      [null, 404],
      ['/api/cases/:id/report', 404],
    ]);
    expect(JSON.stringify(http)).not.toContain(encodeURIComponent('张三'));
    expect(http.every((l) => l.name === 'api')).toBe(true);
  });
});

describe('container healthchecks (docker-compose.yml)', () => {
  const compose = readFileSync(join(import.meta.dirname, '..', '..', 'docker-compose.yml'), 'utf8');
  // The `node -e` script of a service's healthcheck, as compose runs it.
  const healthScript = (service: string): string => {
    const block = compose.slice(compose.indexOf(`\n  ${service}:`));
    const line = block.split('\n').find((l) => l.includes('test: ["CMD", "node", "-e"'))!;
    return JSON.parse(line.trim().replace(/^test: /, '')).at(-1);
  };

  it('when the worker runs with WORKER_HEARTBEAT_FILE, then the file is renewed and the worker healthcheck passes; without it, it fails', async () => {
    const env = await createTestEnv();
    const dir = mkdtempSync(join(tmpdir(), 'precheck-heart-'));
    const file = join(dir, 'worker.alive');
    const pipeline = await createPipeline({ ocrWorkers: 1, regionReader: false });
    const script = healthScript('worker').replaceAll('/tmp/worker.alive', file);
    try {
      expect(spawnSync(process.execPath, ['-e', script]).status).toBe(1);
      const worker = await startWorkerService({ ...env.config, WORKER_HEARTBEAT_FILE: file }, { pipeline, buildReport: (f, d) => buildReport(f, d), pipelineVersion: PAGE_PIPELINE_VERSION });
      await new Promise((r) => setTimeout(r, 300));
      expect(existsSync(file)).toBe(true);
      expect(Date.now() - statSync(file).mtimeMs).toBeLessThan(5_000);
      expect(spawnSync(process.execPath, ['-e', script]).status).toBe(0);
      await worker.close(5_000);
    } finally {
      await pipeline.close();
      await env.cleanup();
    }
  });

  it('when the API answers /healthz, then the api healthcheck passes', async () => {
    const env = await createTestEnv({ PORT: '0' });
    const pipeline = await createPipeline({ ocrWorkers: 1, regionReader: false });
    const api = await startApiService(env.config, { pipeline });
    try {
      const script = healthScript('api').replace('127.0.0.1:8080', `127.0.0.1:${api.port}`);
      // Not spawnSync: the API answers from this very process, whose event loop must keep running.
      const code = await new Promise<number | null>((resolve) => execFile(process.execPath, ['-e', script], { timeout: 10_000 }, (err) => resolve(err ? ((err as { code?: number }).code ?? 1) : 0)));
      expect(code).toBe(0);
    } finally {
      await api.close();
      await pipeline.close();
      await env.cleanup();
    }
  });
});

describe('the CLI', () => {
  const run = (args: string[], env: Record<string, string> = {}) => spawnSync(process.execPath, [CLI, ...args], { env: { ...process.env, ...env }, encoding: 'utf8', timeout: 60_000 });

  it('when asked for help, then the usage lists every command and flag', () => {
    const r = run(['help']);
    expect(r.status).toBe(0);
    for (const s of ['verify', '--json', '--kind', '--employer', '--date', '--workers', '--quiet', 'serve', 'worker', 'tokens add', 'tokens list', 'tokens revoke'])
      expect(r.stdout).toContain(s);
  });

  it('when a reviewer or admin token is asked for with --tenant, then it is refused (exit 2), not silently ignored', () => {
    for (const role of ['reviewer', 'admin']) {
      const r = run(['tokens', 'add', '--role', role, '--tenant', 'acme'], { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test' });
      expect(r.status).toBe(2);
      expect(r.stderr).toContain('--tenant applies to employer tokens only');
    }
  });
});
