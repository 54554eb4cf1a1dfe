import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminSession, createUser, seed004Chain, TestApi } from './support/api-client';
import { ADMIN_PASSWORD, type RunningApp, startApp } from './support/app-server';
import { launch, openPage, signIn, type WatchedPage } from './support/browser';

/**
 * 佐证材料 in a real Chromium: the preparer uploads a small PDF on the first indicator row from the
 * workbench and sees it listed under that row; a .pdf that is really a PNG is refused with the server's
 * Chinese sentence naming the file; the department reviewer opens the same evaluation, sees the file
 * read-only (no upload) and its preview answers the PDF itself.
 */
const PASSWORD = 'Evidence-Pass-2026';
const PEOPLE = {
  preparer: { username: 'ev-tianbao', name: '佐证填报人', role: 'preparer' },
  reviewer: { username: 'ev-zhuguan', name: '佐证主管审核人', role: 'departmentReviewer' },
} as const;
const YEAR = 2032;
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

let app: RunningApp;
let browser: Browser;
let evaluationId = '';
const pages = new Map<keyof typeof PEOPLE, WatchedPage>();

async function open(who: keyof typeof PEOPLE): Promise<Page> {
  const w = pages.get(who);
  if (!w) throw new Error(`${who} has no page`);
  await w.page.goto(`${app.url}/evaluations/${evaluationId}`);
  await w.page.locator('[data-testid=evidence-panel][data-evidence-scope=indicators]').waitFor();
  return w.page;
}

async function choose(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
  await page
    .locator('[data-testid=evidence-panel][data-evidence-scope=indicators]')
    .locator('input[type=file]')
    .setInputFiles(file);
}

beforeAll(async () => {
  app = await startApp();
  browser = await launch();
  const { admin, orgs } = await adminSession(app.url, ADMIN_PASSWORD);
  const { unit, department } = seed004Chain(orgs);
  await createUser(admin, PEOPLE.preparer.username, PEOPLE.preparer.name, 'preparer', unit.id, PASSWORD);
  await createUser(
    admin,
    PEOPLE.reviewer.username,
    PEOPLE.reviewer.name,
    'departmentReviewer',
    department.id,
    PASSWORD,
  );
  const preparer = new TestApi(app.url);
  await preparer.signIn(PEOPLE.preparer.username, PASSWORD);
  const seed: Record<string, unknown> = JSON.parse(
    readFileSync(join(import.meta.dirname, '../../../examples/seeds/seed-001.json'), 'utf8'),
  );
  const made = await preparer.call<{ id: string }>('POST', `/api/organisations/${unit.id}/evaluations`, {
    evaluation: { ...seed, fiscalYear: YEAR },
  });
  evaluationId = made.id;
  for (const who of ['preparer', 'reviewer'] as const) {
    const w = await openPage(browser);
    w.expectFailure(/\/api\/session$/);
    await signIn(w, app.url, { username: PEOPLE[who].username, password: PASSWORD });
    pages.set(who, w);
  }
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('evidence (佐证材料) in the workbench', () => {
  it('the preparer uploads a PDF on the first indicator row and sees it listed there', async () => {
    const page = await open('preparer');
    await page.getByTestId('evidence-upload').first().waitFor();
    await choose(page, { name: '产出佐证.pdf', mimeType: 'application/pdf', buffer: PDF });
    const group = page.locator('[data-testid=evidence-group][data-evidence-path="indicators.0"]');
    await expect.poll(() => group.getByTestId('evidence-name').allTextContents()).toEqual(['产出佐证.pdf']);
    await expect.poll(() => group.getByText('绩效指标第 1 行「项目产出」').isVisible()).toBe(true);
  });

  it('refuses a .pdf whose content is a PNG with a Chinese sentence naming the file', async () => {
    const page = await open('preparer');
    pages.get('preparer')?.expectFailure(/\/evidence\?path=/);
    await choose(page, { name: '伪装.pdf', mimeType: 'application/pdf', buffer: PNG });
    await expect
      .poll(() => page.getByText('文件「伪装.pdf」的内容与扩展名 .pdf 不符').first().isVisible())
      .toBe(true);
    expect(await page.getByTestId('evidence-name').allTextContents()).toEqual(['产出佐证.pdf']);
  });

  it('the department reviewer sees the file read-only and previews the PDF itself', async () => {
    const page = await open('reviewer');
    await expect.poll(() => page.getByTestId('evidence-name').allTextContents()).toEqual(['产出佐证.pdf']);
    expect(await page.getByTestId('evidence-upload').count()).toBe(0);
    expect(await page.getByTestId('evidence-delete').count()).toBe(0);
    const href = await page.getByTestId('evidence-preview').getAttribute('href');
    const res = await page.request.get(`${app.url}${href ?? ''}`);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toBe('application/pdf');
    expect(res.headers()['content-disposition']).toContain('inline;');
    expect(Buffer.from(await res.body())).toEqual(PDF);
    pages.get('reviewer')?.assertNoConsoleErrors();
  });
});
