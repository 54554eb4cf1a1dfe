import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { adminSession, createUser, type Org, TestApi } from './support/api-client';
import { ADMIN_PASSWORD, type RunningApp, startApp } from './support/app-server';
import { launch, openPage, signIn, type WatchedPage } from './support/browser';

/**
 * The administrator runs a year from the web app: creates fiscal year 2022, sets its 绩效自评 deadline,
 * uploads a custom rule set (first a broken one, whose mistakes are listed by field), assigns it to the
 * demo region 重庆市璧山区 for 2022, reads the assignment back in the audit log's changes, and finally
 * removes the demo data after a confirmation. A preparer of that region sees the deadline on the home page,
 * and a new 2022 evaluation there is scored with the assigned rule set.
 */
const PREPARER = { username: 'bs-tianbao', password: 'Preparer-Pass-2026', name: '璧山填报人' };
const REGION = '重庆市璧山区财政局（演示）';
const CHONGQING = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../domain/src/rules/builtin/chongqing-unit-wide.json'), 'utf8'),
);
const CUSTOM = { ...CHONGQING, id: 'bishan-2022', version: '2022.1', name: '璧山区部门整体支出绩效自评规则' };
const SEED_004 = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../../examples/seeds/seed-004.json'), 'utf8'),
);

/** A calendar day `days` from today where the browser is (same machine, same time zone). */
function dayFromToday(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
const DEADLINE = dayFromToday(10);

let app: RunningApp;
let browser: Browser;
let admin: WatchedPage;
let unit: Org;

/** Picks an option of the antd Select labelled `label` by the option's text. */
async function choose(page: Page, label: string, option: string) {
  await page.getByLabel(label, { exact: true }).click();
  await page.locator('.ant-select-item-option', { hasText: option }).first().click();
}

async function uploadRuleSet(page: Page, name: string, content: unknown) {
  await page
    .locator('input[type=file]')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(content)) });
}

beforeAll(async () => {
  app = await startApp();
  browser = await launch();
  const { admin: api, orgs } = await adminSession(app.url, ADMIN_PASSWORD);
  const found = orgs.find((o) => o.kind === 'unit' && o.name.includes('璧山区科学技术局'));
  if (!found) throw new Error('seed 004 unit missing');
  unit = found;
  await createUser(api, PREPARER.username, PREPARER.name, 'preparer', unit.id, PREPARER.password);
  admin = await openPage(browser);
  admin.expectFailure(/\/api\/session$/);
  await signIn(admin, app.url, { username: 'admin', password: ADMIN_PASSWORD });
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('the administrator runs a year in the web app', () => {
  it('creates fiscal year 2022 and sets its self-evaluation deadline', async () => {
    const { page } = admin;
    onTestFailed(() => admin.screenshot('failed-admin-years'));
    await page.goto(`${app.url}/admin/years`);
    await page.getByText('还没有预算年度。').waitFor();
    await page.getByLabel('年度', { exact: true }).fill('2022');
    await page.getByRole('button', { name: '新建', exact: true }).click();
    await page.getByText('已新建 2022 年度').waitFor();
    await page.getByLabel('2022 年度绩效自评截止日期').fill(DEADLINE);
    await page.getByTestId('years-table').getByRole('button', { name: '保存' }).click();
    await page.getByText('2022 年度已保存').waitFor();
    await page.reload();
    await expect.poll(() => page.getByLabel('2022 年度绩效自评截止日期').inputValue()).toBe(DEADLINE);
    await admin.screenshot('admin-years');
    admin.assertNoConsoleErrors();
  });

  it('lists what is wrong in a broken rule set, then stores a good one as a custom rule set', async () => {
    const { page } = admin;
    onTestFailed(() => admin.screenshot('failed-admin-rule-sets'));
    await page.goto(`${app.url}/admin/rule-sets`);
    await page.getByTestId('rule-set-list').waitFor();
    admin.expectFailure(/\/api\/rule-sets$/);
    await uploadRuleSet(page, 'bishan.json', { ...CUSTOM, indicatorWeight: '70' });
    const errors = page.getByTestId('rule-set-errors');
    await errors.waitFor();
    // 10 + 70 ≠ 100, said in Chinese on the field it concerns.
    expect(await errors.textContent()).toContain('绩效指标总分值');
    expect(await errors.textContent()).toContain('应等于总分 100');
    await uploadRuleSet(page, 'bishan.json', CUSTOM);
    await page.getByText('已上传「璧山区部门整体支出绩效自评规则」版本 2022.1（第 1 次上传）').waitFor();
    await expect
      .poll(() => page.getByTestId('rule-set-list').textContent())
      .toContain('自定义（第 1 次上传）');
  });

  it('assigns the custom rule set to the demo region for 2022', async () => {
    const { page } = admin;
    onTestFailed(() => admin.screenshot('failed-admin-assign'));
    const assignments = page.getByTestId('rule-set-assignments');
    const row = assignments.getByRole('row').filter({ hasText: REGION });
    expect(await row.textContent()).toContain('年度默认：财政部项目支出绩效自评');
    await choose(page, `为「${REGION}」指定的规则集`, 'bishan-2022');
    await row.getByRole('button', { name: '指定', exact: true }).click();
    await page.getByText(`已为「${REGION}」指定 2022 年度规则集：璧山区部门整体支出绩效自评规则`).waitFor();
    await expect
      .poll(() => row.getByTestId('assigned-rule-set').textContent())
      .toBe('璧山区部门整体支出绩效自评规则');
    await admin.screenshot('admin-rule-sets');
    admin.assertNoConsoleErrors();
  });

  it('finds the assignment in the audit log and shows what it changed', async () => {
    const { page } = admin;
    onTestFailed(() => admin.screenshot('failed-admin-audit-log'));
    await page.goto(`${app.url}/admin/audit-log`);
    await page.getByTestId('audit-log').waitFor();
    await choose(page, '对象', '规则集指定');
    await page.getByTestId('audit-search').click();
    const rows = page.getByTestId('audit-log').locator('tbody tr.ant-table-row');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain('新建');
    await rows.first().getByRole('button', { name: '查看改动' }).click();
    const diff = page.getByTestId('audit-diff');
    await diff.waitFor();
    expect(await diff.textContent()).toContain('ruleSetIdbishan-2022');
    await admin.screenshot('admin-audit-log');
    await page.locator('.ant-modal-footer').getByRole('button', { name: '关闭' }).click();
    admin.assertNoConsoleErrors();
  });
});

describe('the preparer of that region', () => {
  it('sees the self-evaluation deadline with the days left on the home page, and the assigned rule set when creating', async () => {
    const w = await openPage(browser);
    onTestFailed(() => w.screenshot('failed-preparer-deadline'));
    w.expectFailure(/\/api\/session$/);
    await signIn(w, app.url, PREPARER);
    const card = w.page.getByTestId('home-deadlines');
    await card.waitFor();
    await expect.poll(() => card.textContent()).toContain(`2022 年度绩效自评：${DEADLINE} 截止`);
    expect(await card.textContent()).toContain('还剩 10 天');
    await w.screenshot('preparer-deadlines');
    // A new evaluation for 2022 says which rule set the region assigned, instead of offering a choice.
    await w.page.getByRole('button', { name: '新建自评' }).click();
    const dialog = w.page.getByRole('dialog', { name: '新建自评' });
    await dialog.getByLabel('预算年度').fill('2022');
    await expect
      .poll(() => dialog.getByTestId('assigned-rule-set-note').textContent())
      .toBe('本区划 2022 年度指定按「璧山区部门整体支出绩效自评规则」计分');
    await dialog.getByLabel('预算年度').fill('2021');
    await expect.poll(() => dialog.getByTestId('assigned-rule-set-note').count()).toBe(0);
    await dialog.getByRole('button', { name: '取消' }).click();
    w.assertNoConsoleErrors();
    await w.page.context().close();
  });

  it('gets the assigned rule set on a new 2022 evaluation, and the workbench scores with it live', async () => {
    const preparer = new TestApi(app.url);
    await preparer.signIn(PREPARER.username, PREPARER.password);
    const made = await preparer.call<{ id: string; version: number; ruleSetId: string; totalScore: string }>(
      'POST',
      `/api/organisations/${unit.id}/evaluations`,
      { evaluation: SEED_004 },
    );
    // Seed 004 names chongqing-unit-wide; the region's assignment for 2022 wins.
    expect(made.ruleSetId).toBe('bishan-2022');
    const w = await openPage(browser);
    onTestFailed(() => w.screenshot('failed-preparer-custom-rule-set'));
    w.expectFailure(/\/api\/session$/);
    await signIn(w, app.url, PREPARER);
    await w.page.goto(`${app.url}/evaluations/${made.id}`);
    await w.page.getByTestId('wb-title').waitFor();
    // The browser fetched the uploaded rule set and scores as the server did.
    await expect.poll(() => w.page.getByTestId('live-total').first().textContent()).toBe(made.totalScore);
    expect(await w.page.locator('[data-path="ruleSet"]').textContent()).toContain(
      '璧山区部门整体支出绩效自评规则',
    );
    w.assertNoConsoleErrors();
    await w.page.context().close();
    // Not left under the demo unit: removing the demo data refuses while real work sits there.
    await preparer.call('DELETE', `/api/evaluations/${made.id}?version=${made.version}`);
  });
});

describe('removing the demo data', () => {
  it('asks first, then removes the demo organisations', async () => {
    const { page } = admin;
    onTestFailed(() => admin.screenshot('failed-admin-demo'));
    await page.goto(`${app.url}/admin/years`);
    await page.getByTestId('remove-demo').click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('.ant-modal-confirm-title', { hasText: '删除全部演示数据？' }).waitFor();
    await dialog.getByRole('button', { name: '取消' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await page.getByTestId('remove-demo').click();
    await page.getByRole('dialog').getByRole('button', { name: '删除', exact: true }).click();
    await page.getByText(/已删除 \d+ 个演示组织、\d+ 份演示自评/).waitFor();
    const { orgs } = await adminSession(app.url, ADMIN_PASSWORD);
    expect(orgs.filter((o) => o.name.includes('（演示）'))).toEqual([]);
    admin.assertNoConsoleErrors();
  });
});
