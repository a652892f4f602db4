import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPipeline, type Pipeline } from '../../workers/index.ts';
import { makeEncryptedPdf } from '../integration/support/make-pdfs.ts';
import { startStack } from '../integration/support/start-stack.ts';
import { addToken, client, createTestEnv, type TestEnv } from '../integration/support/test-env.ts';

/**
 * Another tenant cannot see this: every route that takes a case or batch id, called by a foreign
 * employer, answers exactly like an id that does not exist (404), never 403 or 200.
 */
describe('another tenant cannot see this', () => {
  let env: TestEnv;
  let pipeline: Pipeline;
  let stack: Awaited<ReturnType<typeof startStack>>;
  let a: ReturnType<typeof client>;
  let b: ReturnType<typeof client>;
  let reviewer: ReturnType<typeof client>;
  let admin: ReturnType<typeof client>;
  let anon: ReturnType<typeof client>;
  let caseA: string;
  const missing = '00000000-0000-4000-8000-000000000000';

  beforeAll(async () => {
    env = await createTestEnv();
    pipeline = await createPipeline({ ocrWorkers: 1, regionReader: false });
    stack = await startStack(env.config, pipeline);
    a = client(stack.api.url, await addToken(env.config, 'employer', 'tenant-a'));
    b = client(stack.api.url, await addToken(env.config, 'employer', 'tenant-b'));
    reviewer = client(stack.api.url, await addToken(env.config, 'reviewer', null));
    admin = client(stack.api.url, await addToken(env.config, 'admin', null));
    anon = client(stack.api.url, null);
    caseA = (await a.json('POST', '/api/cases', { id: 'case-a', employer: { name: '甲公司' } })).body.id;
    // An encrypted file: a real document and report without OCR work.
    expect((await a.upload(caseA, makeEncryptedPdf(), 'a.pdf')).status).toBe(202);
    for (let i = 0; i < 100 && (await a.json('GET', `/api/cases/${caseA}/report`)).status !== 200; i++) {
      await new Promise((r) => setTimeout(r, 100));
    }
  });
  afterAll(async () => {
    await stack?.stop();
    await pipeline?.close();
    await env?.cleanup();
  });

  it('when the owner reads its report, then it gets it (the case under test is real)', async () => {
    const r = await a.json('GET', `/api/cases/${caseA}/report`);
    expect(r.status).toBe(200);
    expect(r.body.caseId).toBe('case-a');
  });

  it('when another employer reads the report, then 404 exactly as for a missing case', async () => {
    const foreign = await b.json('GET', `/api/cases/${caseA}/report`);
    const absent = await b.json('GET', `/api/cases/${missing}/report`);
    expect(foreign).toEqual({ status: 404, body: { error: 'not_found' } });
    expect(foreign).toEqual(absent);
  });

  it('when another employer opens the events stream, then 404', async () => {
    const res = await fetch(`${stack.api.url}/api/cases/${caseA}/events`, {
      headers: { authorization: `Bearer ${await addToken(env.config, 'employer', 'tenant-b')}` },
    });
    expect(res.status).toBe(404);
    await res.body?.cancel();
  });

  it('when another employer uploads into the case, then 404 and nothing is stored', async () => {
    const r = await b.upload(caseA, makeEncryptedPdf(), 'x.pdf');
    expect(r).toEqual({ status: 404, body: { error: 'not_found' } });
    const owner = await a.json('GET', `/api/cases/${caseA}/report`);
    expect(owner.body.documents).toHaveLength(1);
  });

  it('when another employer lists cases, then the foreign case is not in the list', async () => {
    const listB = await b.json('GET', '/api/cases');
    expect(listB.status).toBe(200);
    expect(listB.body.cases.map((c: { id: string }) => c.id)).not.toContain(caseA);
    const listA = await a.json('GET', '/api/cases?status=ready');
    expect(listA.body.cases.map((c: { id: string }) => c.id)).toEqual([caseA]);
  });

  it('when an employer starts a batch, then 403; when it reads a batch of the reviewers, then 404', async () => {
    expect(
      (await b.json('POST', '/api/batches', { mode: 'rules', filter: { caseIds: [caseA] } })).status,
    ).toBe(403);
    const batch = await reviewer.json('POST', '/api/batches', {
      mode: 'rules',
      filter: { caseIds: [caseA] },
    });
    expect(batch.status).toBe(202);
    expect(await b.json('GET', `/api/batches/${batch.body.batchId}`)).toEqual({
      status: 404,
      body: { error: 'not_found' },
    });
    expect((await reviewer.json('GET', `/api/batches/${batch.body.batchId}`)).status).toBe(200);
  });

  it('when a reviewer reads the case, then it may; when it uploads, then 403', async () => {
    expect((await reviewer.json('GET', `/api/cases/${caseA}/report`)).status).toBe(200);
    expect((await reviewer.upload(caseA, makeEncryptedPdf(), 'r.pdf')).status).toBe(403);
    expect((await reviewer.json('POST', '/api/cases', { id: 'x' })).status).toBe(403);
  });

  it('when an admin reads document content, then 404 (admins manage, they do not read)', async () => {
    expect((await admin.json('GET', `/api/cases/${caseA}/report`)).status).toBe(404);
    expect((await admin.json('GET', '/api/cases')).status).toBe(200);
  });

  it('when there is no token or a wrong one, then every route answers 401', async () => {
    const forged = client(stack.api.url, 'ppk_not-a-real-token-at-all');
    for (const c of [anon, forged]) {
      expect((await c.json('POST', '/api/cases', { id: 'x' })).status).toBe(401);
      expect((await c.json('GET', '/api/cases')).status).toBe(401);
      expect((await c.json('GET', `/api/cases/${caseA}/report`)).status).toBe(401);
      expect((await c.json('GET', `/api/cases/${caseA}/events`)).status).toBe(401);
      expect((await c.upload(caseA, makeEncryptedPdf(), 'x.pdf')).status).toBe(401);
      expect((await c.json('POST', '/api/batches', { mode: 'rules' })).status).toBe(401);
      expect((await c.json('GET', `/api/batches/${missing}`)).status).toBe(401);
      expect((await c.json('GET', '/api/audit')).status).toBe(401);
    }
  });

  it('when anyone but an admin reads the audit trail, then 403; an admin reads who did what, with ids and codes only', async () => {
    expect((await a.json('GET', '/api/audit')).status).toBe(403);
    expect((await b.json('GET', '/api/audit')).status).toBe(403);
    expect((await reviewer.json('GET', '/api/audit')).status).toBe(403);
    await b.json('GET', `/api/cases/${caseA}/report`); // a foreign read: denied
    await anon.json('GET', '/api/cases'); // no token: denied
    await new Promise((r) => setTimeout(r, 200)); // rows are written once the answer is sent
    const trail = await admin.json('GET', `/api/audit?caseId=${caseA}&limit=1000`);
    expect(trail.status).toBe(200);
    const events = trail.body.events as { action: string; outcome: string; role: string; tenant: string | null; documentId: string | null }[];
    expect(events.some((e) => e.action === 'upload' && e.outcome === 'ok' && e.tenant === 'tenant-a' && e.documentId)).toBe(true);
    expect(events.some((e) => e.action === 'report_view' && e.outcome === 'ok' && e.tenant === 'tenant-a')).toBe(true);
    expect(events.some((e) => e.action === 'report_view' && e.outcome === 'denied' && e.tenant === 'tenant-b')).toBe(true);
    const denied = await admin.json('GET', '/api/audit?action=authenticate&limit=1000');
    expect(denied.body.events.length).toBeGreaterThan(0);
    // Ids and codes only: no case field, file name or employer name is in the trail.
    const all = JSON.stringify((await admin.json('GET', '/api/audit?limit=1000')).body);
    for (const value of ['甲公司', 'a.pdf', 'case-a']) expect(all).not.toContain(value);
    expect(all).toContain('"action":"audit_view"');
  });

  it('when anyone tries to change the audit trail in the database, then it refuses (append-only)', async () => {
    const { default: pg } = await import('pg');
    const db = new pg.Client({ connectionString: env.config.DATABASE_URL });
    await db.connect();
    try {
      const table = `"${env.config.PG_SCHEMA}".audit_event`;
      await expect(db.query(`UPDATE ${table} SET outcome = 'ok'`)).rejects.toThrow(/append-only/);
      await expect(db.query(`DELETE FROM ${table}`)).rejects.toThrow(/append-only/);
      await expect(db.query(`TRUNCATE ${table}`)).rejects.toThrow(/append-only/);
    } finally {
      await db.end();
    }
  });

  it('when a body names a tenant or a status (B25), then 400 unknown_field and the token decides', async () => {
    const r = await b.json('POST', '/api/cases', { id: 'c', tenant: 'tenant-a', status: 'ready' });
    expect(r.status).toBe(400);
    expect(r.body.error).toBe('unknown_field');
    const up = await a.upload(caseA, makeEncryptedPdf(), 'y.pdf', { tenant: 'tenant-b' });
    expect(up).toMatchObject({ status: 400, body: { error: 'unknown_field' } });
  });

  it('when the id is not a uuid, then 404 rather than a database error', async () => {
    expect((await a.json('GET', `/api/cases/1%27%20OR%201=1/report`)).status).toBe(404);
    // 36 characters of the uuid alphabet that are no uuid (the database's cast would fail: 500).
    for (const id of ['-'.repeat(36), 'f'.repeat(36), '0000000000000000000000000000000000-0']) {
      expect((await admin.json('GET', `/api/batches/${id}`)).status).toBe(404);
      expect((await admin.json('GET', `/api/cases/${id}/report`)).status).toBe(404);
    }
  });
});
