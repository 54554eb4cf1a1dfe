import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { adminSession, createUser } from './support/api-client';
import { ADMIN_PASSWORD, type RunningApp, startApp } from './support/app-server';
import { launch, openPage, signIn } from './support/browser';

/**
 * 双监控 in the browser: a unit's 填报人 fills a 1–7月 report — 全年预算数 100, 执行数 30, one indicator
 * ≥ 120 个 with 42 done — and sees, computed live by the engine:
 *   执行进度 = 30 ÷ 100 = 30.00%, 时序进度 = 7 ÷ 12 = 58.33%,
 *   progress = 42 ÷ (120 ÷ 12 × 7) = 42 ÷ 70 = 60.00% → yellow (60 ≤ p < 80);
 * saves and submits; the 财政局 reviewer finds it in the monitoring overview and records a follow-up.
 */
const PREPARER = { username: 'jk-tianbao', password: 'Preparer-Pass-2026', name: '监控填报人' };
const REVIEWER = { username: 'jk-caizheng', password: 'Reviewer-Pass-2026', name: '监控财政审核人' };
const UNIT = '西城区科协（本级）';
const PROJECT = '科普讲座监控项目';

let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  app = await startApp();
  browser = await launch();
  const { admin, orgs } = await adminSession(app.url, ADMIN_PASSWORD);
  const unit = orgs.find((o) => o.kind === 'unit' && o.name === UNIT);
  const department = orgs.find((o) => o.id === unit?.parentId);
  const bureau = orgs.find((o) => o.id === department?.parentId);
  if (!unit || !bureau) throw new Error(`no ${UNIT} under a bureau`);
  await createUser(admin, PREPARER.username, PREPARER.name, 'preparer', unit.id, PREPARER.password);
  await createUser(admin, REVIEWER.username, REVIEWER.name, 'financeReviewer', bureau.id, REVIEWER.password);
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('monitoring (双监控)', () => {
  it('a preparer fills a 1–7月 report, sees 30.00% against 58.33% and a yellow light, and submits it', async () => {
    const w = await openPage(browser);
    onTestFailed(() => w.screenshot('failed-monitoring-fill'));
    w.expectFailure(/\/api\/session$/);
    const { page } = w;
    await signIn(w, app.url, PREPARER);
    await page.getByRole('link', { name: '绩效监控' }).click();
    await page.getByLabel('项目名称').fill(PROJECT);
    await page.getByLabel('年度').fill('2024');
    await page.getByLabel('监控期间（截至月份）').fill('7');
    await page.getByRole('button', { name: '新建监控表' }).click();
    await page.waitForURL(/\/monitoring\/[0-9a-f-]{36}$/);

    await page.getByLabel('全年预算数').fill('100');
    await page.getByLabel('执行数', { exact: true }).fill('30');
    await expect.poll(() => page.getByTestId('execution-progress').textContent()).toBe('30.00%');
    expect(await page.getByTestId('time-progress').textContent()).toBe('58.33%');

    await page.getByRole('button', { name: '添加指标' }).click();
    await page.getByLabel('三级指标 1').fill('举办科普讲座次数');
    await page.getByLabel('二级指标 1').fill('数量指标');
    await page.getByLabel('年度指标值 1').fill('120');
    await page.getByLabel('计量单位 1').fill('个');
    await page.getByLabel('执行情况 1').fill('42');
    const light = page.locator('tbody [data-light]').first();
    await expect.poll(() => light.getAttribute('data-light')).toBe('yellow');
    await light.hover();
    await expect
      .poll(() => page.getByTestId('light-explanation').first().textContent())
      .toContain('42 ÷ (120 ÷ 12 × 7) = 60.00%');

    await page.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => page.getByText('版本 2').count()).toBe(1);
    await page.getByRole('button', { name: '提交' }).click();
    await expect.poll(() => page.getByText('已提交', { exact: true }).count()).toBeGreaterThan(0);
    await w.screenshot('monitoring-submitted');
    w.assertNoConsoleErrors();
    await page.context().close();
  });

  it('the finance reviewer sees it in the monitoring overview and records a follow-up', async () => {
    const w = await openPage(browser);
    onTestFailed(() => w.screenshot('failed-monitoring-overview'));
    w.expectFailure(/\/api\/session$/);
    const { page } = w;
    await signIn(w, app.url, REVIEWER);
    await page.getByRole('link', { name: '监控总览' }).click();
    await page.getByLabel('年度').fill('2024');
    await page.getByLabel('年度').press('Enter');
    const row = page.locator('tbody tr.ant-table-row').filter({ hasText: PROJECT });
    await expect.poll(() => row.count()).toBe(1);
    const cells = (await row.locator('td').allTextContents()).map((c) => c.trim());
    expect(cells).toContain('30.00%');
    expect(cells).toContain('58.33%');
    await row.getByRole('button', { name: '记录跟进' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('是', { exact: true }).check();
    await dialog.getByLabel('整改要求和建议').fill('加快讲座进度，8 月底前补齐');
    await dialog
      .getByRole('button', { name: '保 存' })
      .or(dialog.getByRole('button', { name: '保存' }))
      .click();
    await expect.poll(() => row.getByRole('button', { name: '修改跟进' }).count()).toBe(1);
    await w.screenshot('monitoring-overview');
    w.assertNoConsoleErrors();
    await page.context().close();
  });
});
