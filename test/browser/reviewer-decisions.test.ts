import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client } from '../integration/support/test-env.ts';
import { chromiumMissing, launchBrowser, newPage, screenshot, signIn, startService, type Service } from './support/index.ts';

/**
 * A reviewer, in Chromium against the real service (serve + worker processes, real PostgreSQL and
 * Redis): opens the queue, opens a case, sees a flag with its box drawn on the page, opens the page
 * full size, dismisses the flag with a comment, and after a reload the flag is still there, marked
 * dismissed with the comment.
 */
describe.skipIf(chromiumMissing() !== null)('reviewer pages', () => {
  let service: Service;
  let browser: Browser;
  let page: Page;
  let caseId: string;
  let employerToken: string;

  beforeAll(async () => {
    service = await startService();
    employerToken = await service.token('employer', 'tenant-a');
    const employer = client(service.url, employerToken);
    caseId = (
      await employer.json('POST', '/api/cases', {
        id: 'demo-review',
        applicationType: 'new',
        applicationDate: '2021-08-20',
        applicant: { name: '杨霞', idNumber: '610113198911195222' },
        employer: { name: '北京中关村华信数据服务有限公司', category: 'high_tech' },
        condition: 'degree',
      })
    ).body.id;
    const up = await employer.upload(caseId, readFileSync('samples/demo/tax-record.pdf'), 'tax-record.pdf', { kind: 'tax_record' });
    expect(up.status).toBe(202);
    // One page through OCR in the worker's sandbox: tens of seconds on a busy 2-core machine.
    for (let i = 0; i < 300 && (await employer.json('GET', `/api/cases/${caseId}/report`)).status !== 200; i++) {
      await new Promise((r) => setTimeout(r, 1000));
    }
    browser = await launchBrowser();
    page = await newPage(browser);
  }, 400_000);
  afterAll(async () => {
    await browser?.close();
    await service?.stop();
  });

  it('when a reviewer signs in, then the queue lists the case with its open flags', async () => {
    await signIn(page, service.url, await service.token('reviewer'), /\/reviewer\/cases$/);
    const row = page.locator(`#queue tr[data-id="${caseId}"]`);
    await row.waitFor();
    expect(await row.locator('td').first().innerText()).toBe('demo-review');
    await screenshot(page, 'reviewer-queue');
  });

  it('when the reviewer opens the case, then a flag shows its page with the box drawn, its clause and its code beside the message', async () => {
    await page.click(`#queue tr[data-id="${caseId}"] a`);
    await page.waitForURL(new RegExp(`/reviewer/cases/${caseId}$`));
    const boxed = page.locator('.page-group', { has: page.locator('.figure .box') }).first();
    await boxed.waitFor();
    // The image arrived (a blob: URL fetched with the token) and the box sits on it.
    await boxed.locator('img.thumb[src^="blob:"]').waitFor();
    const box = await boxed.locator('.figure .box').first().boundingBox();
    const img = await boxed.locator('img.thumb').boundingBox();
    expect(box!.width).toBeGreaterThan(2);
    expect(box!.x).toBeGreaterThanOrEqual(img!.x - 1);
    expect(box!.x + box!.width).toBeLessThanOrEqual(img!.x + img!.width + 1);
    const flag = boxed.locator('article.flag').first();
    expect(await flag.locator('.code').innerText()).toMatch(/^[A-Z_]+$/);
    expect(await flag.locator('.message').innerText()).not.toMatch(/[A-Z]{2,}_[A-Z_]+/);
    expect(await flag.locator('dl.evidence dd').first().innerText()).toMatch(/^[一二三四五]/);
    // The ID number is masked until asked for.
    expect(await page.locator('.id-number').innerText()).toBe('**************5222');
    await screenshot(page, 'reviewer-case');

    await boxed.locator('.thumb-button').click();
    await page.locator('dialog#full-page img.full[src^="blob:"]').waitFor();
    expect(await page.locator('dialog#full-page .box').count()).toBeGreaterThan(0);
    await screenshot(page, 'reviewer-page-full');
    await page.click('dialog#full-page button[type=submit]');
  });

  it('when the reviewer dismisses the flag with a comment, then after a reload it is still shown, marked dismissed, with the comment', async () => {
    const boxed = page.locator('.page-group', { has: page.locator('.figure .box') }).first();
    const flag = boxed.locator('article.flag').first();
    const key = await flag.getAttribute('data-key');
    expect(key).toMatch(/^[0-9a-f]{20}$/);
    await flag.locator('textarea[name=comment]').fill('已电话核实：原件有经办人签字，扫描时遮挡');
    await flag.locator('button.dismiss').click();
    await page.locator(`article.flag.dismissed[data-key="${key}"]`).waitFor();

    await page.reload();
    const after = page.locator(`article.flag[data-key="${key}"]`);
    await after.waitFor();
    expect(await after.getAttribute('class')).toContain('dismissed');
    expect(await after.locator('.decision-note').innerText()).toContain('已电话核实：原件有经办人签字，扫描时遮挡');
    expect(await after.locator('.decision-tag').innerText()).toBe('已驳回');
    await screenshot(page, 'reviewer-dismissed');
  });

  it('when the employer opens the same case, then it sees the messages but no decision, comment or flag code', async () => {
    const employerPage = await newPage(browser);
    await signIn(employerPage, service.url, employerToken, /\/employer\/cases$/);
    await employerPage.goto(`${service.url}/employer/cases/${caseId}`);
    await employerPage.locator('#flags li').first().waitFor();
    const text = await employerPage.locator('main').innerText();
    expect(text).toContain('缺少户口本首页及本人页');
    for (const hidden of ['已驳回', '已电话核实', 'SIGNATURE_MISSING', 'MATERIAL_MISSING']) expect(text).not.toContain(hidden);
    expect(await employerPage.locator('form.decide, article.flag').count()).toBe(0);
    // The reviewer's pages are not for an employer: sent back to sign-in.
    await employerPage.goto(`${service.url}/reviewer/cases/${caseId}`);
    await employerPage.waitForURL(`${service.url}/`);
    await screenshot(employerPage, 'reviewer-employer-view');
    await employerPage.context().close();
  });
});
