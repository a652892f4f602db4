import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, isDbUnavailable, withTransaction, migrate } from '../../services/store/index.ts';
import { addToken, client, createTestEnv, type TestEnv } from '../integration/support/test-env.ts';
import { makeScanPdf } from '../integration/support/make-pdfs.ts';
import { startServe, type ServeProcess } from './support/serve-process.ts';


/** The service's own backends in pg_stat_activity (its pools name themselves after the schema). */
async function terminateBackends(admin: pg.Client, schema: string, state?: string): Promise<number> {
  const { rows } = await admin.query(
    `SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity
      WHERE application_name = $1 AND pid <> pg_backend_pid() AND ($2::text IS NULL OR state = $2)`,
    [`precheck/${schema}`, state ?? null],
  );
  return rows.filter((r) => r.ok).length;
}

/** Waits until one of the service's backends is blocked on a lock (the request reached the locked table). */
async function waitForLockWaiter(admin: pg.Client, schema: string, withinMs = 20_000): Promise<void> {
  const until = Date.now() + withinMs;
  while (Date.now() < until) {
    const { rows } = await admin.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = $1 AND wait_event_type = 'Lock'`,
      [`precheck/${schema}`],
    );
    if (rows[0].n > 0) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`no backend of the service waited on a lock within ${withinMs} ms`);
}

/** Holds an exclusive lock on `table` in its own transaction until the returned function is called. */
async function lockTable(url: string, schema: string, table: string): Promise<() => Promise<void>> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  await c.query('BEGIN');
  await c.query(`LOCK TABLE "${schema}".${table} IN ACCESS EXCLUSIVE MODE`);
  return async () => {
    await c.query('ROLLBACK');
    await c.end();
  };
}

async function timed<T>(f: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const t0 = performance.now();
  const value = await f();
  return { value, ms: performance.now() - t0 };
}

/**
 * Around the describe it is called in: a real `precheck serve` on a test env of its own with
 * `settings`, an employer token, and a PostgreSQL client of the test's own to lock and terminate with.
 */
function faultStack(settings: Record<string, string>) {
  const stack = {} as { env: TestEnv; serve: ServeProcess; url: string; admin: pg.Client; token: string };
  beforeAll(async () => {
    stack.env = await createTestEnv(settings);
    stack.token = await addToken(stack.env.config, 'employer', 'tenant-a');
    stack.serve = await startServe(stack.env.config);
    stack.url = stack.serve.url;
    stack.admin = new pg.Client({ connectionString: stack.env.config.DATABASE_URL });
    await stack.admin.connect();
  });
  afterAll(async () => {
    stack.serve?.stop();
    await stack.admin?.end();
    await stack.env?.cleanup();
  });
  return stack;
}

describe('PostgreSQL faults under the API (a real `precheck serve` process)', () => {
  const stack = faultStack({ DB_LOCK_TIMEOUT_MS: '800', DB_STATEMENT_TIMEOUT_MS: '3000' });

  it('when the tables are locked for 30 s, then every route answers 503 with Retry-After within the lock timeout, /healthz stays fast, nothing is half-written, and work resumes after', async () => {
    const { env, serve, url, admin, token } = stack;
    const http = client(url, token);
    const created = await http.json('POST', '/api/cases', { id: 'case-pg-faults' });
    expect(created.status).toBe(201);
    const caseId = created.body.id as string;
    const pdf = await makeScanPdf(1);

    // Every table a route writes or reads under a row lock, held as a migration or a stuck session would.
    const unlocks = await Promise.all(['document', 'case_file'].map((t) => lockTable(env.config.DATABASE_URL, env.config.PG_SCHEMA, t)));
    const lockedUntil = Date.now() + 30_000;
    let slowestHealthMs = 0;
    let rounds = 0;
    try {
      while (Date.now() < lockedUntil - 3_000) {
        const upload = await timed(() => fetch(`${url}/api/cases/${caseId}/documents`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form(pdf) }));
        expect(upload.value.status).toBe(503);
        expect(upload.value.headers.get('retry-after')).toBe('5');
        expect(upload.ms).toBeLessThan(10_000); // the lock timeout (0.8 s) plus opening the file in a sandbox child, on a loaded machine
        const report = await http.json('GET', `/api/cases/${caseId}/report`);
        expect(report.status).toBe(503);
        const health = await timed(() => fetch(`${url}/healthz`));
        expect(health.value.status).toBe(200);
        slowestHealthMs = Math.max(slowestHealthMs, health.ms);
        rounds++;
      }
    } finally {
      await new Promise((r) => setTimeout(r, Math.max(0, lockedUntil - Date.now())));
      for (const unlock of unlocks) await unlock();
    }
    expect(rounds).toBeGreaterThan(2);
    expect(slowestHealthMs).toBeLessThan(200);
    // The refused upload left no document row and the case did not move to processing.
    const docs = await admin.query(`SELECT count(*)::int AS n FROM "${env.config.PG_SCHEMA}".document`);
    expect(docs.rows[0].n).toBe(0);
    const c = await admin.query(`SELECT status FROM "${env.config.PG_SCHEMA}".case_file WHERE id = $1`, [caseId]);
    expect(c.rows[0].status).toBe('open');
    expect(serve.child.exitCode).toBeNull();
    // Work resumes: the same upload now goes through.
    expect((await http.upload(caseId, pdf, 'a.pdf')).status).toBe(202);
  }, 90_000);
});

describe('PostgreSQL backends terminated under a real `precheck serve` process', () => {
  // A lock timeout long enough for the test to see the request waiting and terminate its backend.
  const stack = faultStack({ DB_LOCK_TIMEOUT_MS: '60000', DB_STATEMENT_TIMEOUT_MS: '90000' });

  it('when its backends are terminated, idle and mid-request, then the process lives, the request in flight gets 503, and the next ones succeed', async () => {
    const { env, serve, url, admin, token } = stack;
    const http = client(url, token);
    expect((await http.json('GET', '/api/cases')).status).toBe(200); // the pool holds connections
    await new Promise((r) => setTimeout(r, 300)); // and the request's audit row is written
    expect(await terminateBackends(admin, env.config.PG_SCHEMA, 'idle')).toBeGreaterThan(0);

    // Requests waiting on a lock hold checked-out clients, one of them inside a transaction (the
    // upload's row); their backends are terminated under them, as a failover does.
    const created = await http.json('POST', '/api/cases', { id: 'case-pg-terminated' });
    const unlock = await lockTable(env.config.DATABASE_URL, env.config.PG_SCHEMA, 'document');
    try {
      const upload = fetch(`${url}/api/cases/${created.body.id}/documents`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form(await makeScanPdf(1)) });
      // The upload first opens the file in a sandbox child, which on a loaded machine takes a while;
      // then it waits on the lock (up to this env's lock timeout) until its backend is terminated.
      // An upload that ends before it reaches the lock says how (a failure to diagnose, not a wait).
      const early = upload.then(async (r) => {
        throw new Error(`the upload ended before it waited on the lock: ${r.status} ${await r.clone().text()}`);
      });
      early.catch(() => undefined);
      await Promise.race([waitForLockWaiter(admin, env.config.PG_SCHEMA, 60_000), early]);
      expect(await terminateBackends(admin, env.config.PG_SCHEMA, 'active')).toBeGreaterThan(0);
      expect((await upload).status).toBe(503);
    } finally {
      await unlock();
    }
    await new Promise((r) => setTimeout(r, 100));
    expect(serve.child.exitCode).toBeNull();
    expect((await http.json('GET', '/api/cases')).status).toBe(200);
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
    // One warning per lost connection, not the process's death, and never a giant line.
    expect(serve.output().split('\n').every((l) => l.length < 4_000)).toBe(true);
  }, 120_000);
});

describe('a transaction whose backend is terminated', () => {
  let env: TestEnv;
  let pool: pg.Pool;
  beforeAll(async () => {
    env = await createTestEnv();
    pool = createDb({ url: env.config.DATABASE_URL, schema: env.config.PG_SCHEMA, max: 2 });
    await migrate(pool, env.config.PG_SCHEMA);
  });
  afterAll(async () => {
    await pool?.end();
    await env?.cleanup();
  });

  it('then it rejects as unavailable, nothing it wrote is kept, and the pool serves the next caller', async () => {
    const admin = new pg.Client({ connectionString: env.config.DATABASE_URL });
    await admin.connect();
    try {
      const err = await withTransaction(pool, async (c) => {
        await c.query(`INSERT INTO api_token (id, token_hash, role, tenant) VALUES (gen_random_uuid(), 'x', 'admin', NULL)`);
        const { rows } = await c.query('SELECT pg_backend_pid() AS pid');
        await admin.query('SELECT pg_terminate_backend($1)', [rows[0].pid]);
        // The news arrives while no query of ours is running (the case that used to crash the
        // process: the client emits 'error' and a checked-out client had no listener).
        await new Promise((r) => setTimeout(r, 200));
        await c.query('SELECT 1');
      }).catch((e: unknown) => e);
      expect(isDbUnavailable(err)).toBe(true);
      const { rows } = await pool.query("SELECT count(*)::int AS n FROM api_token WHERE token_hash = 'x'");
      expect(rows[0].n).toBe(0);
    } finally {
      await admin.end();
    }
  });
});

function form(pdf: Uint8Array): FormData {
  const f = new FormData();
  f.append('file', new Blob([pdf], { type: 'application/pdf' }), 'a.pdf');
  return f;
}
