import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { createDb, migrate } from '../../services/store/index.ts';
import { seedStoredCases } from '../../samples/bench/seed-stored-cases.ts';
import { createTestEnv, type TestEnv } from '../integration/support/test-env.ts';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'precheck.js');
const CASES = 700;

/** `precheck reverify` as an operator runs it; resolves with its output, or is killed once `killWhen` holds. */
function reverify(env: TestEnv, args: string[], killWhen?: () => Promise<boolean>) {
  const proc = spawn(process.execPath, [BIN, 'reverify', ...args], {
    env: { ...process.env, DATABASE_URL: env.config.DATABASE_URL, PG_SCHEMA: env.config.PG_SCHEMA },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const out = { stdout: '', stderr: '' };
  proc.stdout.setEncoding('utf8').on('data', (s: string) => (out.stdout += s));
  proc.stderr.setEncoding('utf8').on('data', (s: string) => (out.stderr += s));
  let killed = false;
  const watch = killWhen
    ? (async () => {
        while (proc.exitCode === null && !(await killWhen())) await new Promise((r) => setTimeout(r, 30));
        killed = proc.kill('SIGKILL');
      })()
    : Promise.resolve();
  return new Promise<{ code: number | null; killed: boolean } & typeof out>((resolve) =>
    proc.once('exit', (code) => void watch.then(() => resolve({ code, killed, ...out }))),
  );
}

describe('precheck reverify (a real process on real PostgreSQL)', () => {
  let env: TestEnv;
  let pool: pg.Pool;
  const one = async (sql: string) => (await pool.query(sql)).rows[0];

  beforeAll(async () => {
    env = await createTestEnv();
    pool = createDb({ url: env.config.DATABASE_URL, schema: env.config.PG_SCHEMA, max: 2 });
    await migrate(pool, env.config.PG_SCHEMA);
    await seedStoredCases(pool, CASES, { tenant: 'acme' });
  }, 120_000);
  afterAll(async () => {
    await pool?.end();
    await env?.cleanup();
  });

  it('when it is SIGKILLed midway, then the same command finishes the rest and reports what changed; a third run changes nothing', async () => {
    const args = ['--mode', 'rules', '--tenant', 'acme'];
    const first = await reverify(env, args, async () => Number((await one('SELECT coalesce(max(done), 0) AS n FROM batch')).n) > 0);
    expect(first.killed).toBe(true);
    const cut = await one('SELECT id, done, total, status FROM batch');
    expect(cut.status).toBe('running');
    expect(cut.done).toBeGreaterThan(0);
    expect(cut.done).toBeLessThan(CASES);

    const second = await reverify(env, args);
    expect(second.code).toBe(0);
    expect(second.stderr).toContain(`继续未完成的重新核验 ${cut.id}：已完成 ${cut.done}/${CASES}`);
    // Not a terminal: plain progress lines, the last at 100 %.
    expect(second.stderr).toContain(`${CASES}/${CASES} (100%)`);
    expect(second.stderr).not.toContain('\r');
    expect(await one(`SELECT done, total, status FROM batch WHERE id = '${cut.id}'`)).toEqual({ done: CASES, total: CASES, status: 'done' });
    expect(Number((await one("SELECT count(*) AS n FROM case_file WHERE report IS NULL")).n)).toBe(0);
    // The summary covers the whole batch, the killed run's cases included: every case went from no report to one.
    expect(second.stdout).toContain(`${CASES}/${CASES} 个案例`);
    expect(second.stdout).toMatch(/无报告 → (通过|需人工复核|不予通过)/);
    const moved = await one(`SELECT count(*)::int AS n FROM batch_case WHERE batch_id = '${cut.id}' AND outcome_before = 'none'`);
    expect(moved.n).toBe(CASES);

    const third = await reverify(env, [...args, '--json', join(env.config.BLOB_DIR, 'summary.json')]);
    expect(third.code).toBe(0);
    expect(third.stderr).toMatch(new RegExp(`重新核验 [0-9a-f-]{36}：${CASES} 个案例`));
    expect(third.stdout).toContain('无任何变化');
  }, 240_000);

  it('when an option is unknown or the mode missing, then it exits 2 with the usage', async () => {
    const bad = await reverify(env, ['--mode', 'rules', '--colour', 'red']);
    expect(bad.code).toBe(2);
    const noMode = await reverify(env, ['--since', 'yesterday']);
    expect(noMode.code).toBe(2);
    expect(noMode.stderr).toContain('--mode rules|full');
  }, 60_000);
});
