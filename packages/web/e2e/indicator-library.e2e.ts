import { readFile } from 'node:fs/promises';
import { readLibraryXlsx } from '@jixiao/formats';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { adminSession, createUser } from './support/api-client';
import { ADMIN_PASSWORD, type RunningApp, startApp } from './support/app-server';
import { launch, openPage, signIn, type WatchedPage } from './support/browser';

/**
 * The finance bureau keeps the indicator library in the web app: its reviewer finds 开展科普活动次数 by
 * typing two words, adds 开展青少年科技夏令营期数 (≥ 期, 科普), retires it, and exports the library as
 * .xlsx, whose rows read back through the library reader with the new entry marked 停用.
 */
const REVIEWER = { username: 'bs-caizheng', password: 'Finance-Pass-2026', name: '璧山财政审核人' };
const NEW_NAME = '开展青少年科技夏令营期数';

let app: RunningApp;
let browser: Browser;
let reviewer: WatchedPage;

beforeAll(async () => {
  app = await startApp();
  browser = await launch();
  const { admin, orgs } = await adminSession(app.url, ADMIN_PASSWORD);
  const bureau = orgs.find((o) => o.kind === 'financeBureau');
  if (!bureau) throw new Error('demo finance bureau missing');
  await createUser(admin, REVIEWER.username, REVIEWER.name, 'financeReviewer', bureau.id, REVIEWER.password);
  reviewer = await openPage(browser);
  reviewer.expectFailure(/\/api\/session$/);
  await signIn(reviewer, app.url, REVIEWER);
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('the finance bureau keeps the indicator library', () => {
  it('opens the library from the side menu and finds an entry by two words', async () => {
    const { page } = reviewer;
    onTestFailed(() => reviewer.screenshot('failed-library-search'));
    await page.getByRole('menuitem', { name: '系统管理' }).click();
    await page.getByRole('menuitem', { name: '指标库' }).click();
    await page.getByRole('heading', { name: '指标库' }).waitFor();
    const search = page.getByRole('searchbox', { name: '搜索指标库' });
    await search.fill('科普 活动');
    await search.press('Enter');
    const rows = page.getByTestId('library-list').locator('tbody tr.ant-table-row');
    // Five builtin names hold both words: 开展科普活动次数, 科普活动参与人次, 科普活动内容科学性,
    // 科普活动按期开展率, 科普活动参与者满意度; the library keeps them in its order.
    await expect.poll(() => rows.count()).toBe(5);
    await expect.poll(() => rows.first().textContent()).toContain('开展科普活动次数');
  });

  it('adds an entry', async () => {
    const { page } = reviewer;
    onTestFailed(() => reviewer.screenshot('failed-library-add'));
    await page.getByRole('button', { name: '新增指标' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('指标名称').fill(NEW_NAME);
    await dialog.getByLabel('适用类别').click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '科普' })
      .first()
      .click();
    await dialog.getByLabel('指标名称').click();
    await dialog.getByLabel('度量单位').fill('期');
    await dialog.getByLabel('填写说明').fill('写明举办的期数，如 ≥2期');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText(`已保存「${NEW_NAME}」`).waitFor();
    const search = page.getByRole('searchbox', { name: '搜索指标库' });
    await search.fill('夏令营');
    await search.press('Enter');
    const rows = page.getByTestId('library-list').locator('tbody tr.ant-table-row');
    await expect.poll(() => rows.count()).toBe(1);
    await expect.poll(() => rows.first().textContent()).toContain('≥ 期');
  });

  it('retires it: it leaves the search and comes back with 显示已停用', async () => {
    const { page } = reviewer;
    onTestFailed(() => reviewer.screenshot('failed-library-retire'));
    const rows = page.getByTestId('library-list').locator('tbody tr.ant-table-row');
    await rows.first().getByRole('button', { name: '停用' }).click();
    await page.getByText(`已停用「${NEW_NAME}」`).waitFor();
    await expect.poll(() => rows.count()).toBe(0);
    await page.getByRole('checkbox', { name: '显示已停用' }).check();
    await expect.poll(() => rows.count()).toBe(1);
    await expect.poll(() => rows.first().textContent()).toContain('停用');
  });

  it('exports the library as a workbook the library reader reads back', async () => {
    const { page } = reviewer;
    onTestFailed(() => reviewer.screenshot('failed-library-export'));
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出 .xlsx' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('指标库.xlsx');
    const path = await download.path();
    const entries = await readLibraryXlsx(new Uint8Array(await readFile(path)), '指标库.xlsx');
    const added = entries.find((e) => e.name === NEW_NAME);
    expect(added).toMatchObject({
      comparator: '>=',
      unit: '期',
      categories: ['general', 'popularScience'],
      retired: true,
    });
    expect(entries.length).toBeGreaterThan(120);
    reviewer.assertNoConsoleErrors();
  });
});
