import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { adminSession, type Org } from './support/api-client';
import { ADMIN_PASSWORD, type RunningApp, startApp } from './support/app-server';
import { launch, openPage, signIn, type WatchedPage } from './support/browser';

/**
 * Issue 16's administration, in the web app only: the administrator makes a 主管部门 under the demo finance
 * bureau and a 单位 under it (/admin/organisations), then four users — 填报人 and 单位负责人 of the unit,
 * 主管部门审核人 of the department, 财政局审核人 of the bureau — each with the one-time password the server
 * makes (/admin/users); one of them signs in with it, must change it, and lands on the home page.
 */
const DEPARTMENT = { name: '璧山区教育委员会', code: '11500227MB0000001A' };
const UNIT = { name: '璧山区实验中学', code: '12500227MB0000002B' };
const PEOPLE = [
  { username: 'syzx-tianbao', name: '实验中学填报人', role: '单位填报人', at: UNIT.name },
  { username: 'syzx-fuzeren', name: '实验中学负责人', role: '单位负责人', at: UNIT.name },
  { username: 'jw-shenhe', name: '教委审核人', role: '主管部门审核人', at: DEPARTMENT.name },
  { username: 'czj-fushen', name: '财政局复审人', role: '财政局审核人', at: '' },
] as const;
const NEW_PASSWORD = 'Shiyan-Zhongxue-2026';
/** 重庆市璧山区's administrative division code. */
const REGION = '500227';

let app: RunningApp;
let browser: Awaited<ReturnType<typeof launch>>;
let bureau: Org;
const oneTimePasswords = new Map<string, string>();

/** The tree row showing this organisation's name. */
const orgRow = (page: Page, name: string) =>
  page.getByRole('row').filter({ has: page.getByTestId('org-name').getByText(name, { exact: true }) });

/** Picks an option of an antd select: opens it, types to narrow the list, clicks the option. */
async function choose(page: Page, select: Locator, typed: string, option: string) {
  await select.click();
  if (typed) await select.fill(typed);
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: option })
    .first()
    .click();
}

beforeAll(async () => {
  app = await startApp();
  browser = await launch();
  // Read only, to know the demo bureau's name; everything the test makes is made in the browser.
  const { orgs } = await adminSession(app.url, ADMIN_PASSWORD);
  const found = orgs.find((o) => o.kind === 'financeBureau' && o.name.includes('璧山区'));
  if (!found) throw new Error(`no demo finance bureau of 璧山区 among ${orgs.map((o) => o.name).join('、')}`);
  bureau = found;
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('the administrator sets up a department, a unit and its people in the web app', () => {
  let admin: WatchedPage;
  beforeAll(async () => {
    admin = await openPage(browser);
    admin.expectFailure(/\/api\/session$/);
    await signIn(admin, app.url, { username: 'admin', password: ADMIN_PASSWORD });
  });

  it('creates a 主管部门 under the demo finance bureau and a 单位 under it, with codes', async () => {
    onTestFailed(() => admin.screenshot('failed-admin-organisations'));
    const { page } = admin;
    await page.goto(`${app.url}/admin/organisations`);
    await orgRow(page, bureau.name).waitFor();
    // The demo bureau comes without a 财政区划: the administrator gives it 璧山区's, and the tree groups it there.
    await orgRow(page, bureau.name).getByRole('button', { name: '修改' }).click();
    const edit = page.getByRole('dialog', { name: `修改「${bureau.name}」` });
    await edit.locator('#org-region').fill('50022');
    await edit.getByRole('button', { name: '保存' }).click();
    await expect
      .poll(() => edit.locator('.ant-form-item-explain-error').allTextContents())
      .toEqual(['财政区划代码为 6 位数字']);
    await edit.locator('#org-region').fill(REGION);
    await edit.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => edit.isVisible()).toBe(false);
    await expect.poll(() => page.getByText(`财政区划 ${REGION}`, { exact: true }).isVisible()).toBe(true);
    await orgRow(page, bureau.name).getByTestId('org-add-department').click();
    let dialog = page.getByRole('dialog', { name: `在「${bureau.name}」下新建主管部门` });
    await dialog.locator('#org-name').fill(DEPARTMENT.name);
    await dialog.locator('#org-code').fill(DEPARTMENT.code);
    await dialog.getByRole('button', { name: '保存' }).click();
    await orgRow(page, DEPARTMENT.name).waitFor();
    expect(await orgRow(page, DEPARTMENT.name).textContent()).toContain(DEPARTMENT.code);

    await orgRow(page, DEPARTMENT.name).getByTestId('org-add-unit').click();
    dialog = page.getByRole('dialog', { name: `在「${DEPARTMENT.name}」下新建单位` });
    // The unit takes the bureau's fiscal region; the dialog says which.
    expect(await dialog.textContent()).toContain(`财政区划随上级：${REGION}`);
    await dialog.locator('#org-name').fill(UNIT.name);
    // A code already used in this region is refused on the field, in plain words; the dialog stays open.
    admin.expectFailure(/\/api\/organisations$/);
    await dialog.locator('#org-code').fill(DEPARTMENT.code);
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect
      .poll(() => dialog.locator('.ant-form-item-explain-error').allTextContents())
      .toEqual([`同一财政区划内已有代码为「${DEPARTMENT.code}」的组织`]);
    await dialog.locator('#org-code').fill(UNIT.code);
    await dialog.getByRole('button', { name: '保存' }).click();
    await orgRow(page, UNIT.name).waitFor();
    expect(await orgRow(page, UNIT.name).textContent()).toContain('单位');
    await admin.screenshot('admin-organisations');
    admin.assertNoConsoleErrors();
  });

  it('creates four users, each shown a one-time password once', async () => {
    onTestFailed(() => admin.screenshot('failed-admin-users'));
    const { page } = admin;
    await page.goto(`${app.url}/admin/users`);
    await page.getByRole('button', { name: '新建用户' }).click();
    for (const person of PEOPLE) {
      if (person !== PEOPLE[0]) await page.getByRole('button', { name: '新建用户' }).click();
      const dialog = page.getByRole('dialog', { name: '新建用户' });
      await dialog.locator('#user-username').fill(person.username);
      await dialog.locator('#user-display-name').fill(person.name);
      await choose(page, dialog.getByLabel('角色', { exact: true }), '', person.role);
      await choose(page, dialog.getByLabel('所在组织'), person.at || '璧山区', person.at || bureau.name);
      await dialog.getByRole('button', { name: '保存' }).click();
      const shown = page.getByRole('dialog', { name: '一次性密码' });
      const text = (await shown.getByTestId('one-time-password').textContent()) ?? '';
      const password = /[A-Za-z0-9]{16}/.exec(text)?.[0];
      expect(password, `one-time password of ${person.username}`).toBeDefined();
      oneTimePasswords.set(person.username, password ?? '');
      expect(await shown.textContent()).toContain('此密码只显示这一次');
      if (person === PEOPLE[3]) await admin.screenshot('admin-one-time-password');
      await shown.locator('.ant-modal-footer').getByRole('button', { name: '关闭' }).click();
      await expect.poll(() => shown.isVisible()).toBe(false);
    }
    // Every password differs, and the list shows the four awaiting their first change, at their organisations.
    expect(new Set(oneTimePasswords.values()).size).toBe(4);
    for (const person of PEOPLE) {
      const row = page.getByRole('row').filter({ hasText: person.username });
      await row.waitFor();
      const cells = (await row.textContent()) ?? '';
      expect(cells).toContain('待修改初始密码');
      expect(cells).toContain(`${person.role}：`);
      expect(cells).toContain(person.at || bureau.name);
    }
    await admin.screenshot('admin-users');
    admin.assertNoConsoleErrors();
  });

  it('lets a new user sign in with the one-time password, forces the change, and lands on home', async () => {
    const w = await openPage(browser);
    onTestFailed(() => w.screenshot('failed-first-sign-in'));
    w.expectFailure(/\/api\/session$/);
    const { page } = w;
    const person = PEOPLE[0];
    await signIn(w, app.url, {
      username: person.username,
      password: oneTimePasswords.get(person.username) ?? '',
    });
    const dialog = page.getByRole('dialog', { name: '修改密码' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('您正在使用管理员提供的一次性密码');
    // Forced: the dialog has no close button.
    expect(await dialog.getByRole('button', { name: 'Close' }).count()).toBe(0);
    await dialog.getByLabel('当前密码').fill(oneTimePasswords.get(person.username) ?? '');
    await dialog.getByLabel('新密码', { exact: true }).fill(NEW_PASSWORD);
    await dialog.getByLabel('再次输入新密码').fill(NEW_PASSWORD);
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(new URL(page.url()).pathname).toBe('/');
    await expect.poll(() => page.getByText(`${person.name}，您好`).isVisible()).toBe(true);
    expect(await page.textContent('body')).toContain(UNIT.name);
    await w.screenshot('admin-first-sign-in-home');
    w.assertNoConsoleErrors();
    await page.context().close();

    // The administrator's list no longer shows the first change as pending.
    await admin.page.reload();
    const row = admin.page.getByRole('row').filter({ hasText: person.username });
    await row.waitFor();
    await expect.poll(async () => (await row.textContent()) ?? '').not.toContain('待修改初始密码');
    admin.assertNoConsoleErrors();
  });

  it('refuses to delete the department while its unit and reviewer remain, saying so; deletes an empty unit', async () => {
    onTestFailed(() => admin.screenshot('failed-admin-delete'));
    const { page } = admin;
    await page.goto(`${app.url}/admin/organisations`);
    admin.expectFailure(/\/api\/organisations\/[0-9a-f-]+\?version=\d+$/);
    await orgRow(page, DEPARTMENT.name).getByRole('button', { name: '删除' }).click();
    await page.locator('.ant-popconfirm:visible').getByRole('button', { name: '删除' }).click();
    const refusal = page.getByRole('alert').filter({ hasText: '未删除' });
    await expect
      .poll(async () => (await refusal.textContent()) ?? '')
      .toContain(`「${DEPARTMENT.name}」下还有 1 个下级组织、1 个用户，不能删除`);
    expect(await orgRow(page, DEPARTMENT.name).count()).toBe(1);

    await orgRow(page, DEPARTMENT.name).getByTestId('org-add-unit').click();
    const dialog = page.getByRole('dialog', { name: `在「${DEPARTMENT.name}」下新建单位` });
    await dialog.locator('#org-name').fill('璧山区待撤并学校');
    await dialog.getByRole('button', { name: '保存' }).click();
    await orgRow(page, '璧山区待撤并学校').waitFor();
    await orgRow(page, '璧山区待撤并学校').getByRole('button', { name: '删除' }).click();
    await page.locator('.ant-popconfirm:visible').getByRole('button', { name: '删除' }).click();
    await expect.poll(() => orgRow(page, '璧山区待撤并学校').count()).toBe(0);
    admin.assertNoConsoleErrors();
  });

  it('resets a user’s password to a new one-time password and disables another', async () => {
    onTestFailed(() => admin.screenshot('failed-admin-reset'));
    const { page } = admin;
    await page.goto(`${app.url}/admin/users`);
    const [, approver, reviewer] = PEOPLE;
    const approverRow = page.getByRole('row').filter({ hasText: approver.username });
    await approverRow.getByRole('button', { name: '重置密码' }).click();
    await page.locator('.ant-popconfirm:visible').getByRole('button', { name: '重置密码' }).click();
    const shown = page.getByRole('dialog', { name: '一次性密码' });
    const text = (await shown.getByTestId('one-time-password').textContent()) ?? '';
    const fresh = /[A-Za-z0-9]{16}/.exec(text)?.[0];
    expect(fresh).toBeDefined();
    expect(fresh).not.toBe(oneTimePasswords.get(approver.username));
    await shown.locator('.ant-modal-footer').getByRole('button', { name: '关闭' }).click();

    const reviewerRow = page.getByRole('row').filter({ hasText: reviewer.username });
    await reviewerRow.getByRole('button', { name: '停用' }).click();
    await page.locator('.ant-popconfirm:visible').getByRole('button', { name: '停用' }).click();
    await expect.poll(async () => (await reviewerRow.textContent()) ?? '').toContain('已停用');
    // The status filter finds exactly the disabled one.
    await choose(page, page.getByLabel('状态'), '', '已停用');
    await page.getByRole('button', { name: '查询' }).click();
    await expect
      .poll(async () => (await page.locator('.ant-table-tbody tr.ant-table-row').allTextContents()).length)
      .toBe(1);
    expect(await page.locator('.ant-table-tbody').textContent()).toContain(reviewer.username);
    admin.assertNoConsoleErrors();
  });
});
