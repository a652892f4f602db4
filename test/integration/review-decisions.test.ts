import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, createStore, type Store } from '../../services/store/index.ts';
import { buildReport, createPipeline, type Pipeline } from '../../workers/index.ts';
import { makeEncryptedPdf } from './support/make-pdfs.ts';
import { startStack } from './support/start-stack.ts';
import { addToken, client, createTestEnv, type TestEnv } from './support/test-env.ts';

type Client = ReturnType<typeof client>;
type QueueRow = { id: string; caseRef: string; openRejects: number; openReviews: number; decided: number };
type Flag = { key: string; code: string; severity: string; decision?: { outcome: string; comment: string; by: string; at: string } };
const ID = '110105199001011234';

/**
 * The reviewer's half of the API on the real PostgreSQL and Redis: the queue over every tenant,
 * flag decisions stored with who and when (in the audit trail), dismissed flags kept visible,
 * decisions that outlive a re-run of the rules, masked ID numbers and their audited reveal.
 */
describe('reviewer queue and flag decisions', () => {
  let env: TestEnv;
  let pipeline: Pipeline;
  let stack: Awaited<ReturnType<typeof startStack>>;
  let store: Store;
  let pool: ReturnType<typeof createDb>;
  let emp: Client;
  let other: Client;
  let reviewer: Client;
  let admin: Client;
  let older: string;
  let newer: string;
  const missing = '00000000-0000-4000-8000-000000000000';

  async function ready(c: Client, id: string) {
    for (let i = 0; i < 200; i++) {
      if ((await c.json('GET', `/api/cases/${id}/report`)).status === 200) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('no report');
  }
  const flagsOf = async (id: string): Promise<Flag[]> => (await reviewer.json('GET', `/api/cases/${id}/review`)).body.report.flags;

  beforeAll(async () => {
    env = await createTestEnv();
    pipeline = await createPipeline({ ocrWorkers: 1, regionReader: false });
    stack = await startStack(env.config, pipeline);
    emp = client(stack.api.url, await addToken(env.config, 'employer', 'tenant-a'));
    other = client(stack.api.url, await addToken(env.config, 'employer', 'tenant-b'));
    reviewer = client(stack.api.url, await addToken(env.config, 'reviewer', null));
    admin = client(stack.api.url, await addToken(env.config, 'admin', null));
    pool = createDb({ url: env.config.DATABASE_URL, schema: env.config.PG_SCHEMA, max: 2 });
    store = createStore(pool);
    const fields = { applicationType: 'new', applicationDate: '2021-08-20', applicant: { name: '王小明', idNumber: ID } };
    older = (await emp.json('POST', '/api/cases', { id: 'older', ...fields, employer: { name: '北京甲科技有限公司', category: 'high_tech' } })).body.id;
    newer = (await other.json('POST', '/api/cases', { id: 'newer', ...fields, employer: { name: '北京乙信息有限公司', category: 'other' } })).body.id;
    await (other.json('POST', '/api/cases', { id: 'empty', employer: { name: '北京乙信息有限公司' } }));
    // An encrypted file: FILE_INVALID (reject) and missing materials, with no OCR work.
    expect((await other.upload(newer, makeEncryptedPdf(), 'b.pdf', { kind: 'tax_record' })).status).toBe(202);
    expect((await emp.upload(older, makeEncryptedPdf(), 'a.pdf', { kind: 'tax_record' })).status).toBe(202);
    await ready(emp, older);
    await ready(other, newer);
  }, 120_000);
  afterAll(async () => {
    await pool?.end();
    await stack?.stop();
    await pipeline?.close();
    await env?.cleanup();
  });

  it('when a reviewer opens the queue, then every tenant\'s cases come, undecided rejects first, oldest first', async () => {
    const r = await reviewer.json('GET', '/api/review/cases');
    expect(r.status).toBe(200);
    const rows = r.body.cases as QueueRow[];
    expect(rows.map((c) => c.caseRef)).toEqual(['older', 'newer', 'empty']);
    expect(rows[0]!.openRejects).toBeGreaterThan(0);
    expect(rows[2]).toMatchObject({ openRejects: 0, openReviews: 0, decided: 0 });
  });

  it.each([
    ['code=FILE_INVALID', ['older', 'newer']],
    ['code=SEAL_MISSING', []],
    ['status=open', ['empty']],
    ['tenant=tenant-a', ['older']],
    [`employer=${encodeURIComponent('乙信息')}`, ['newer', 'empty']],
  ])('when the queue is filtered by %s, then it holds %j', async (query, expected) => {
    const r = await reviewer.json('GET', `/api/review/cases?${query}`);
    expect(r.status).toBe(200);
    expect((r.body.cases as QueueRow[]).map((c) => c.caseRef)).toEqual(expected);
  });

  it('when the filter is not a flag code, then 400; when an employer or an admin opens the queue, then 403', async () => {
    expect((await reviewer.json('GET', '/api/review/cases?code=NOPE')).status).toBe(400);
    expect((await emp.json('GET', '/api/review/cases')).status).toBe(403);
    expect((await admin.json('GET', '/api/review/cases')).status).toBe(403);
  });

  it('when a reviewer dismisses a flag with a comment, then it stays in the report marked dismissed, with who and when, once in the audit trail', async () => {
    const [flag] = (await flagsOf(older)).filter((f) => f.code === 'FILE_INVALID');
    const r = await reviewer.json('PUT', `/api/cases/${older}/flags/${flag!.key}/decision`, { outcome: 'dismissed', comment: '原件已核对' });
    expect(r.status).toBe(200);
    expect(r.body.decision).toMatchObject({ outcome: 'dismissed', comment: '原件已核对' });
    const after = (await flagsOf(older)).find((f) => f.key === flag!.key)!;
    expect(after.code).toBe('FILE_INVALID');
    expect(after.decision).toEqual(r.body.decision);
    // The reviewer's report carries it too; the employer's does not show decisions.
    const viaReport = (await reviewer.json('GET', `/api/cases/${older}/report`)).body.flags as Flag[];
    expect(viaReport.find((f) => f.key === flag!.key)!.decision!.outcome).toBe('dismissed');
    const employers = (await emp.json('GET', `/api/cases/${older}/report`)).body.flags as Flag[];
    expect(employers.every((f) => f.decision === undefined)).toBe(true);
    await new Promise((res) => setTimeout(res, 200));
    const trail = (await admin.json('GET', `/api/audit?action=flag_decide&caseId=${older}`)).body.events as { subject: string; tokenId: string; role: string; at: string }[];
    expect(trail).toHaveLength(1);
    expect(trail[0]).toMatchObject({ subject: `${flag!.key}:dismissed`, role: 'reviewer', tokenId: r.body.decision.by });
    // The comment is free text: it stays with the decision, not in the trail.
    expect(JSON.stringify(trail)).not.toContain('原件已核对');
    const queue = (await reviewer.json('GET', '/api/review/cases?tenant=tenant-a')).body.cases as QueueRow[];
    expect(queue[0]!.decided).toBe(1);
  });

  it('when the rules run again on the same facts, then the flag keeps its key and its decision', async () => {
    const before = await flagsOf(older);
    const decided = before.find((f) => f.decision)!;
    const rebuilt = await store.cases.storeReportIfComplete(older, (fields, docs) => buildReport(fields, docs));
    expect(rebuilt.stored).toBe(true);
    const after = await flagsOf(older);
    expect(after.map((f) => f.key)).toEqual(before.map((f) => f.key));
    expect(after.find((f) => f.key === decided.key)!.decision).toEqual(decided.decision);
  });

  it('when a reviewer decides again, then the latest decision shows and the trail keeps both', async () => {
    const flag = (await flagsOf(newer))[0]!;
    expect((await reviewer.json('PUT', `/api/cases/${newer}/flags/${flag.key}/decision`, { outcome: 'dismissed', comment: '误报' })).status).toBe(200);
    expect((await reviewer.json('PUT', `/api/cases/${newer}/flags/${flag.key}/decision`, { outcome: 'confirmed', comment: '复核后确认' })).status).toBe(200);
    expect((await flagsOf(newer)).find((f) => f.key === flag.key)!.decision!.outcome).toBe('confirmed');
    await new Promise((res) => setTimeout(res, 200));
    const trail = (await admin.json('GET', `/api/audit?action=flag_decide&caseId=${newer}`)).body.events as { subject: string }[];
    expect(trail.map((e) => e.subject)).toEqual([`${flag.key}:confirmed`, `${flag.key}:dismissed`]);
  });

  it.each([
    ['an empty comment', 400, 'older', 'key', { outcome: 'dismissed', comment: ' ' }],
    ['an unknown outcome', 400, 'older', 'key', { outcome: 'ignored', comment: 'x' }],
    ['a key the report does not hold', 404, 'older', '0123456789abcdef0123', { outcome: 'dismissed', comment: 'x' }],
    ['a missing case', 404, 'missing', 'key', { outcome: 'dismissed', comment: 'x' }],
  ])('when a decision has %s, then %i', async (_, status, which, key, body) => {
    const id = which === 'missing' ? missing : older;
    const k = key === 'key' ? (await flagsOf(older))[0]!.key : key;
    expect((await reviewer.json('PUT', `/api/cases/${id}/flags/${k}/decision`, body)).status).toBe(status);
  });

  it('when an employer or an admin tries to decide, then 403 and nothing is stored', async () => {
    const flag = (await flagsOf(older)).find((f) => !f.decision)!;
    for (const c of [emp, admin]) {
      expect((await c.json('PUT', `/api/cases/${older}/flags/${flag.key}/decision`, { outcome: 'dismissed', comment: 'x' })).status).toBe(403);
    }
    expect((await flagsOf(older)).find((f) => f.key === flag.key)!.decision).toBeUndefined();
    expect((await emp.json('GET', `/api/cases/${older}/review`)).status).toBe(403);
  });

  it('when a reviewer reads a case, then ID numbers are masked to the last 4; a reveal answers the number and is audited', async () => {
    const view = await reviewer.json('GET', `/api/cases/${older}/review`);
    expect(view.body.case.fields.applicant.idNumber).toBe('**************1234');
    expect(JSON.stringify(view.body)).not.toContain(ID);
    expect(view.body.documents).toEqual([expect.objectContaining({ index: 0, file: 'a.pdf', id: expect.any(String) })]);
    const r = await reviewer.json('POST', `/api/cases/${older}/reveal`, { field: 'applicant' });
    expect(r).toEqual({ status: 200, body: { field: 'applicant.idNumber', value: ID } });
    expect((await reviewer.json('POST', `/api/cases/${older}/reveal`, { field: 'lesseeIdNumber', document: 0 })).status).toBe(404);
    expect((await emp.json('POST', `/api/cases/${older}/reveal`, { field: 'applicant' })).status).toBe(403);
    await new Promise((res) => setTimeout(res, 200));
    const trail = (await admin.json('GET', `/api/audit?action=id_reveal&caseId=${older}`)).body.events as { subject: string; outcome: string }[];
    // One row per reveal, written with it; the refused attempts are in the trail as denied.
    expect(trail.filter((e) => e.outcome === 'ok')).toEqual([expect.objectContaining({ subject: 'applicant.idNumber' })]);
    expect(trail.filter((e) => e.outcome === 'denied')).toHaveLength(2);
    expect(JSON.stringify(trail)).not.toContain(ID);
  });
});
