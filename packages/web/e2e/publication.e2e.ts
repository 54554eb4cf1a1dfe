import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { adminSession, peopleSignedIn, seed004Chain, type TestApi } from './support/api-client';
import { ADMIN_PASSWORD, type RunningApp, startApp } from './support/app-server';
import { launch, openPage, signIn, type WatchedPage } from './support/browser';
import { printedScore } from './support/public-site';

/**
 * 信息公开 (issue 14 §4) in a real Chromium: an evaluation approved through the API (submit → sign → 主管部门 →
 * 财政局) is published by the finance reviewer from the workbench (发布, then the 已发布 tag); a fresh browser
 * context that never signed in finds it on /public by search, opens it, sees its score and gets its PDF
 * (200, application/pdf); the reviewer withdraws it with a reason and it is gone from /public and /api/public.
 */
const PEOPLE = {
  preparer: { username: 'pub-tianbao', name: '公开填报人', role: 'preparer' },
  approver: { username: 'pub-fuzeren', name: '公开单位负责人', role: 'unitApprover' },
  department: { username: 'pub-zhuguan', name: '公开主管部门审核人', role: 'departmentReviewer' },
  finance: { username: 'pub-caizheng', name: '公开财政局审核人', role: 'financeReviewer' },
} as const;
type Who = keyof typeof PEOPLE;
const PASSWORD = 'Publish-Pass-2026';
const YEAR = 2032;
const PROJECT = '公开测试科普项目';

let app: RunningApp;
let browser: Browser;
let evaluationId = '';
let score = '';
let api: (who: Who) => TestApi;
let finance: WatchedPage;

beforeAll(async () => {
  app = await startApp();
  browser = await launch();
  const { admin, orgs } = await adminSession(app.url, ADMIN_PASSWORD);
  const { unit, department, bureau } = seed004Chain(orgs);
  const at: Record<Who, string> = {
    preparer: unit.id,
    approver: unit.id,
    department: department.id,
    finance: bureau.id,
  };
  api = await peopleSignedIn(
    admin,
    app.url,
    Object.fromEntries(
      (Object.keys(PEOPLE) as Who[]).map((who) => [who, { ...PEOPLE[who], organisationId: at[who] }]),
    ) as Record<Who, { username: string; name: string; role: string; organisationId: string }>,
    PASSWORD,
  );
  const seed: Record<string, unknown> = JSON.parse(
    readFileSync(join(import.meta.dirname, '../../../examples/seeds/seed-001.json'), 'utf8'),
  );
  const made = await api('preparer').call<{ id: string; version: number }>(
    'POST',
    `/api/organisations/${unit.id}/evaluations`,
    { evaluation: { ...seed, fiscalYear: YEAR, project: { name: PROJECT } } },
  );
  evaluationId = made.id;
  let version = made.version;
  for (const [who, move] of [
    ['preparer', 'submit'],
    ['approver', 'sign'],
    ['department', 'approve'],
    ['finance', 'approve'],
  ] as const) {
    const moved = await api(who).call<{ version: number; status: string; totalScore: string | null }>(
      'POST',
      `/api/evaluations/${evaluationId}/${move}`,
      { version },
    );
    version = moved.version;
    score = moved.totalScore ?? '';
  }
  expect(score).not.toBe('');
  finance = await openPage(browser);
  finance.expectFailure(/\/api\/session$/);
  await signIn(finance, app.url, { username: PEOPLE.finance.username, password: PASSWORD });
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('publishing an approved evaluation to the public site', () => {
  it('is published by the finance reviewer from the workbench and tagged 已发布', async () => {
    onTestFailed(() => finance.screenshot('failed-publication-publish'));
    const { page } = finance;
    await page.goto(`${app.url}/evaluations/${evaluationId}`);
    await page.getByTestId('wb-title').waitFor();
    await page.getByTestId('publish').click();
    const confirm = page.getByRole('dialog').filter({ hasText: '确定发布' });
    await confirm.getByRole('button', { name: '发布' }).click();
    await page.getByTestId('published-tag').waitFor();
    expect(await page.getByTestId('published-tag').textContent()).toContain('已发布');
    expect(await page.getByTestId('publish').count()).toBe(0);
    finance.assertNoConsoleErrors();
  });

  it('is found on /public by a visitor who never signed in, with its score and its PDF', async () => {
    const visitor = await openPage(browser);
    onTestFailed(() => visitor.screenshot('failed-publication-public'));
    const { page } = visitor;
    await page.goto(`${app.url}/public`);
    const search = page.getByPlaceholder('搜索项目、单位或部门');
    await search.fill('科普');
    await search.press('Enter');
    await expect.poll(() => page.url()).toContain('q=');
    const card = page.getByTestId('public-card').filter({ hasText: PROJECT });
    await card.waitFor();
    expect(await card.getByTestId('public-card-score').textContent()).toBe(printedScore(score));
    await card.getByTestId('public-card-link').click();
    await page.getByTestId('public-item-title').waitFor();
    expect(await page.getByTestId('public-item-title').textContent()).toBe(PROJECT);
    expect(await page.getByTestId('public-item-score').textContent()).toBe(printedScore(score));
    const href = await page.getByTestId('public-report').getAttribute('href');
    expect(href).toMatch(/^\/api\/public\/publications\/[0-9a-f-]+\/report\.pdf$/);
    const pdf = await page.request.get(`${app.url}${href}`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // Never signed in: no session cookie was ever set in this context.
    expect((await page.context().cookies()).some((c) => c.name === 'jixiao_session')).toBe(false);
    visitor.assertNoConsoleErrors();
    await page.context().close();
  });

  it('is withdrawn with a reason and is gone from /public and /api/public', async () => {
    onTestFailed(() => finance.screenshot('failed-publication-withdraw'));
    const { page } = finance;
    await page.getByTestId('unpublish').click();
    await page.getByTestId('unpublish-reason').fill('数据更正后重新公开');
    await page.getByTestId('unpublish-confirm').click();
    await expect.poll(() => page.getByTestId('published-tag').count()).toBe(0);
    await page.getByTestId('publish').waitFor();

    const visitor = await openPage(browser);
    onTestFailed(() => visitor.screenshot('failed-publication-gone'));
    await visitor.page.goto(`${app.url}/public`);
    await visitor.page.getByTestId('public-total').waitFor();
    expect(await visitor.page.getByTestId('public-card').filter({ hasText: PROJECT }).count()).toBe(0);
    const list = await visitor.page.request.get(
      `${app.url}/api/public/publications?q=${encodeURIComponent(PROJECT)}`,
    );
    expect((await list.json()).total).toBe(0);
    const results = await (await visitor.page.request.get(`${app.url}/api/public/results.csv`)).text();
    expect(results).not.toContain(PROJECT);
    visitor.assertNoConsoleErrors();
    finance.assertNoConsoleErrors();
  });
});
