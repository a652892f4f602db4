import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's chromium package; CHROMIUM_PATH overrides it. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = join(import.meta.dirname, '..', '..', '..', 'out', 'screenshots');

export function chromiumMissing(): string | null {
  return existsSync(CHROMIUM) ? null : `${CHROMIUM} is missing: install the Debian package chromium (.ci/run does)`;
}

/** Headless Chromium at a laptop's screen size (1366×768), pages in Chinese. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-dev-shm-usage', '--lang=zh-CN'] });
}

export async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
  return context.newPage();
}

/**
 * Signs in through the sign-in page, as a user does (the token stays in that tab's sessionStorage),
 * and waits for the page the role lands on.
 */
export async function signIn(page: Page, baseUrl: string, token: string, landing: string | RegExp): Promise<void> {
  await page.goto(`${baseUrl}/`);
  await page.fill('input[name=token]', token);
  await page.click('form#sign-in button[type=submit]');
  await page.waitForURL(landing);
}

/** A full-page screenshot under out/screenshots/<name>.png (git-ignored test artefact). */
export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
