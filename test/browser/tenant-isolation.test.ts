import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { makeScanPdf } from '../integration/support/make-pdfs.ts';
import { client } from '../integration/support/test-env.ts';
import { chromiumMissing, launchBrowser, newPage, screenshot, signIn, startService, type Service } from './support/index.ts';

/**
 * Issue #18: a second employer's token sees nothing of the first one's case — not in the pages,
 * not its page images, not through the API — and a foreign case answers like a missing one (404).
 * No worker: what is checked here is access, not analysis.
 */
describe.skipIf(chromiumMissing())('a second employer in a browser', () => {
  let svc: Service;
  let browser: Browser;
  let a: string;
  let b: string;
  let admin: string;
  let caseId: string;
  let documentId: string;
  beforeAll(async () => {
    svc = await startService({ worker: false });
    browser = await launchBrowser();
    [a, b, admin] = await Promise.all([svc.token('employer', 'tenant-a'), svc.token('employer', 'tenant-b'), svc.token('admin')]);
    const api = client(svc.url, a);
    caseId = (await api.json('POST', '/api/cases', { id: 'A-CASE-1', applicationType: 'renewal', applicationDate: '2021-08-20', employer: { name: '北京甲方科技有限公司' } })).body.id;
    const up = await api.upload(caseId, await makeScanPdf(1, 41), 'a.pdf', { kind: 'income_query' });
    expect(up.status).toBe(202);
    documentId = up.body.documentId;
  });
  afterAll(async () => {
    await browser?.close();
    await svc?.stop();
  });

  it('the owner sees its case and page image', async () => {
    const img = await fetch(`${svc.url}/api/cases/${caseId}/documents/${documentId}/pages/1/image?width=200`, { headers: { authorization: `Bearer ${a}` } });
    expect(img.status).toBe(200);
    expect(img.headers.get('content-type')).toBe('image/jpeg');
    const jpeg = Buffer.from(await img.arrayBuffer());
    expect(jpeg.subarray(0, 2).toString('hex')).toBe('ffd8');

    const page = await newPage(browser);
    await signIn(page, svc.url, a, /\/employer\/cases$/);
    await expect.poll(() => page.locator('#case-list tbody tr').count()).toBe(1);
    await page.goto(`${svc.url}/employer/cases/${caseId}`);
    await expect.poll(() => page.locator('.page[data-page="1"] img.thumb').getAttribute('src'), { timeout: 15_000 }).toMatch(/^blob:/);
    // Opened after the upload (no worker here): the upload's quick badges were kept for it.
    expect(await page.locator('.page[data-page="1"]').getAttribute('data-stage')).toBe('quick');
    expect(await page.locator('.page[data-page="1"] [data-badge=seal]').getAttribute('data-state')).not.toBe('pending');
    await screenshot(page, 'isolation-1-owner');
  });

  it('another tenant sees neither the case, nor its image, nor its data', async () => {
    const page = await newPage(browser);
    await signIn(page, svc.url, b, /\/employer\/cases$/);
    await expect.poll(() => page.locator('.empty').isVisible()).toBe(true);
    expect(await page.locator('#case-list tbody tr').count()).toBe(0);
    await screenshot(page, 'isolation-2-other-list');

    // Its page, opened by URL: nothing of the case, and the image request was refused.
    const images: number[] = [];
    page.on('response', (r) => void (r.url().includes('/image') && images.push(r.status())));
    await page.goto(`${svc.url}/employer/cases/${caseId}`);
    await expect.poll(() => page.locator('#summary').innerText()).toContain('找不到该申请');
    const html = await page.content();
    expect(html).not.toContain('A-CASE-1');
    expect(html).not.toContain('北京甲方科技有限公司');
    expect(images.every((s) => s === 404)).toBe(true);
    await screenshot(page, 'isolation-3-other-case');

    // The API, route by route: a foreign case is a missing one.
    const other = client(svc.url, b);
    const image = `/api/cases/${caseId}/documents/${documentId}/pages/1/image?width=200`;
    for (const path of [`/api/cases/${caseId}`, `/api/cases/${caseId}/report`, `/api/cases/${caseId}/events`, image]) {
      const res = await fetch(svc.url + path, { headers: { authorization: `Bearer ${b}` } });
      expect(res.status, path).toBe(404);
      await res.body?.cancel();
    }
    const missing = await fetch(`${svc.url}/api/cases/00000000-0000-4000-8000-000000000000/documents/${documentId}/pages/1/image`, { headers: { authorization: `Bearer ${b}` } });
    expect(missing.status).toBe(404);
    expect((await other.upload(caseId, await makeScanPdf(1, 42), 'b.pdf')).status).toBe(404);
    // Without a token, or with the owner's case but another document id, nothing either.
    expect((await fetch(svc.url + image)).status).toBe(401);
    const wrongDoc = await fetch(`${svc.url}/api/cases/${caseId}/documents/00000000-0000-4000-8000-000000000000/pages/1/image`, { headers: { authorization: `Bearer ${a}` } });
    expect(wrongDoc.status).toBe(404);

    // Each refusal is in the audit trail, like any other route's.
    await expect
      .poll(async () => (await client(svc.url, admin).json('GET', '/api/audit?action=page_image&limit=50')).body.events.filter((e: { outcome: string }) => e.outcome === 'denied').length)
      .toBeGreaterThanOrEqual(3);
  });
});
