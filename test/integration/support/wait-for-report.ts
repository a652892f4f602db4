import type { client } from './test-env.ts';

/** Polls a case's report until it is no longer 202 (in progress), or the time is up. */
export async function waitForReport(api: ReturnType<typeof client>, caseId: string, timeoutMs: number) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const r = await api.json('GET', `/api/cases/${caseId}/report`);
    if (r.status !== 202 || Date.now() > until) return r;
    await new Promise((res) => setTimeout(res, 250));
  }
}
