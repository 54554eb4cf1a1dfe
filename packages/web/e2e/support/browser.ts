import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type ConsoleMessage, chromium, type Page } from 'playwright-core';

/**
 * Debian's Chromium (never a downloaded browser) with the flags a sandbox-less CI needs. Every page
 * records console errors and uncaught exceptions; `assertNoConsoleErrors` fails the test on any of them
 * except network failures the test declared as expected (e.g. the 401 of "am I signed in?").
 */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = join(import.meta.dirname, '../../../../artifacts/screenshots');
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
];

export function launch(): Promise<Browser> {
  // Screenshots of failures from an earlier run would mislead whoever reads the artifacts.
  mkdirSync(SCREENSHOTS, { recursive: true });
  for (const f of readdirSync(SCREENSHOTS)) if (f.startsWith('failed-')) rmSync(join(SCREENSHOTS, f));
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
}

export interface WatchedPage {
  page: Page;
  errors: string[];
  /** URLs of every request, to check what a page loaded. */
  requests: string[];
  /** Network failures the test expects (e.g. /api/session answering 401 before sign-in). */
  expectFailure(pattern: RegExp): void;
  assertNoConsoleErrors(): void;
  screenshot(name: string): Promise<void>;
}

export async function openPage(browser: Browser, lang: 'zh' | 'en' = 'zh'): Promise<WatchedPage> {
  const context = await browser.newContext({
    viewport: { width: 1366, height: 768 },
    locale: lang === 'zh' ? 'zh-CN' : 'en-US',
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  const allowed: RegExp[] = [];
  const failedUrls: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('response', (r) => {
    if (r.status() >= 400) failedUrls.push(`${r.status()} ${r.url()}`);
  });
  page.on('console', (m: ConsoleMessage) => {
    if (m.type() !== 'error') return;
    const text = m.text();
    if (text.startsWith('Failed to load resource')) {
      const url = m.location().url;
      if (allowed.some((re) => re.test(url))) return;
      errors.push(`${text} (${url})`);
      return;
    }
    errors.push(text);
  });
  page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    page,
    errors,
    requests,
    expectFailure: (re) => allowed.push(re),
    assertNoConsoleErrors() {
      if (errors.length > 0)
        throw new Error(`console errors:\n${errors.join('\n')}\nfailed responses:\n${failedUrls.join('\n')}`);
    },
    async screenshot(name) {
      await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: false });
    },
  };
}

/** Signs in on the sign-in page as a person would, and waits for the signed-in header. */
export async function signIn(w: WatchedPage, base: string, who: { username: string; password: string }) {
  const { page } = w;
  await page.goto(`${base}/signin`);
  await page.locator('#signin-username').fill(who.username);
  await page.locator('#signin-password').fill(who.password);
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByRole('button', { name: '退出登录' }).waitFor();
}
