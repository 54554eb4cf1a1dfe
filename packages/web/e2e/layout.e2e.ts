import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { adminSession, createUser, TestApi } from './support/api-client';
import { ADMIN_PASSWORD, type RunningApp, startApp } from './support/app-server';
import { launch, openPage, signIn, type WatchedPage } from './support/browser';

/**
 * The layout at 1366×768, page by page and role by role: no visible control is off-screen or covered
 * (the point at the centre of every button, input and link, once scrolled to, belongs to that control),
 * the console shows no error and no unhandled rejection, and a screenshot of each page lands in
 * artifacts/layout/. The workbench is seed 004's (重庆市璧山区科学技术局 2022, 20 indicator rows).
 */
const LAYOUT = join(import.meta.dirname, '../../../artifacts/layout');
const PASSWORD = 'Layout-Pass-2026!';

type Who = 'preparer' | 'unitApprover' | 'departmentReviewer' | 'financeReviewer' | 'admin';
const USERS: Record<Who, { username: string; password: string }> = {
  preparer: { username: 'bs-tianbao', password: PASSWORD },
  unitApprover: { username: 'bs-fuzeren', password: PASSWORD },
  departmentReviewer: { username: 'bs-zhuguan', password: PASSWORD },
  financeReviewer: { username: 'bs-caizheng', password: PASSWORD },
  admin: { username: 'admin', password: ADMIN_PASSWORD },
};

let app: RunningApp;
let browser: Browser;
let workbench = '';
let evaluationId = '';
let admin: TestApi;
const places = { unit: '', department: '' };

/**
 * Every visible control that is not where a click would reach it, as "what it is: why". A control is
 * scrolled to first (a page and a grid may scroll; that is not off-screen), then its box must lie inside
 * the window and the element at its centre must be the control or inside it (a select's parts count as it).
 */
async function unreachableControls(page: Page, within: string): Promise<string[]> {
  return page.evaluate((scope) => {
    const SELECTOR =
      'button, a[href], input:not([type=hidden]), textarea, select, [role="button"], [role="tab"], [role="menuitem"], [role="combobox"]';
    const ROOTS =
      '.ant-select, .ant-picker, .ant-input-affix-wrapper, .ant-input-number, .ant-radio-button-wrapper, .ant-radio-wrapper, .ant-checkbox-wrapper, .ant-upload, .ant-menu-item, .ant-menu-submenu-title';
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.getAttribute('aria-label') ? `[${el.getAttribute('aria-label')}]` : ''} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
    const problems: string[] = [];
    const area = document.querySelector(scope) ?? document.body;
    for (const el of area.querySelectorAll<HTMLElement>(SELECTOR)) {
      if (!el.checkVisibility({ visibilityProperty: true })) continue;
      el.scrollIntoView({ block: 'center', inline: 'center' });
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if (
        r.left < 0 ||
        r.right > window.innerWidth + 0.5 ||
        r.top < 0 ||
        r.bottom > window.innerHeight + 0.5
      ) {
        // Taller than the window (a long text box): its centre is still reachable if on screen.
        if (!(r.height > window.innerHeight && r.left >= 0 && r.right <= window.innerWidth + 0.5)) {
          problems.push(`${name(el)}: off-screen at ${Math.round(r.left)},${Math.round(r.top)}`);
          continue;
        }
      }
      const x = Math.min(Math.max(r.left + r.width / 2, 0), window.innerWidth - 1);
      const y = Math.min(Math.max(r.top + r.height / 2, 0), window.innerHeight - 1);
      const hit = document.elementFromPoint(x, y);
      if (!hit) {
        problems.push(`${name(el)}: nothing at its centre`);
        continue;
      }
      if (el === hit || el.contains(hit)) continue;
      const root = el.closest(ROOTS);
      if (root?.contains(hit)) continue;
      problems.push(`${name(el)}: covered by ${name(hit)} (${hit.className})`);
    }
    // Back to where the page was: scrolled grids and panels to their start.
    for (const el of document.querySelectorAll<HTMLElement>('*')) if (el.scrollLeft > 0) el.scrollLeft = 0;
    window.scrollTo(0, 0);
    return problems;
  }, within);
}

/**
 * The checks of one page: settled, screenshot written, every control reachable, no console error. With a
 * dialog open only its controls count (the page behind it is covered on purpose).
 */
async function checkPage(w: WatchedPage, file: string, within = 'body') {
  const { page } = w;
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: join(LAYOUT, `${file}.png`) });
  expect(await unreachableControls(page, within), file).toEqual([]);
  w.assertNoConsoleErrors();
}

async function signedIn(who: Who): Promise<WatchedPage> {
  const w = await openPage(browser);
  await signIn(w, app.url, USERS[who]);
  return w;
}

beforeAll(async () => {
  mkdirSync(LAYOUT, { recursive: true });
  app = await startApp();
  browser = await launch();
  const session = await adminSession(app.url, ADMIN_PASSWORD);
  admin = session.admin;
  const orgs = session.orgs;
  const unit = orgs.find((o) => o.kind === 'unit' && o.name.includes('璧山区科学技术局'));
  const department = orgs.find((o) => o.id === unit?.parentId);
  const bureau = orgs.find((o) => o.id === department?.parentId);
  if (!unit || !department || bureau?.kind !== 'financeBureau') throw new Error('seed 004 has no unit chain');
  places.unit = unit.id;
  places.department = department.id;
  await createUser(admin, USERS.preparer.username, '璧山填报人', 'preparer', unit.id, PASSWORD);
  await createUser(admin, USERS.unitApprover.username, '璧山负责人', 'unitApprover', unit.id, PASSWORD);
  await createUser(
    admin,
    USERS.departmentReviewer.username,
    '主管部门审核人',
    'departmentReviewer',
    department.id,
    PASSWORD,
  );
  await createUser(
    admin,
    USERS.financeReviewer.username,
    '财政局审核人',
    'financeReviewer',
    bureau.id,
    PASSWORD,
  );
  const list = await admin.call<{ items: { id: string }[] }>(
    'GET',
    `/api/evaluations?organisationId=${unit.id}`,
  );
  evaluationId = list.items[0]?.id ?? '';
  if (!evaluationId) throw new Error('seed 004 has no demo evaluation');
  workbench = `${app.url}/evaluations/${evaluationId}`;
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('every main page at 1366×768', () => {
  it('sign-in: controls reachable, no console error before anyone signs in', async () => {
    const w = await openPage(browser);
    onTestFailed(() => w.screenshot('failed-layout-signin'));
    await w.page.goto(`${app.url}/`);
    await w.page.waitForURL(/\/signin$/);
    await w.page.getByRole('button', { name: '登录' }).waitFor();
    await checkPage(w, 'signin');
    // The "who is signed in?" question was asked and answered without a failed request.
    expect(w.requests.some((u) => u.endsWith('/api/session/current'))).toBe(true);
    await w.page.context().close();
  });

  it.each<[Who, string[]]>([
    ['preparer', ['home', 'evaluations']],
    ['unitApprover', ['home', 'evaluations', 'review']],
    ['departmentReviewer', ['home', 'evaluations', 'review', 'overview', 'audit']],
    ['financeReviewer', ['home', 'evaluations', 'review', 'overview', 'audit']],
    [
      'admin',
      [
        'home',
        'evaluations',
        'overview',
        'audit',
        'admin/users',
        'admin/organisations',
        'admin/years',
        'admin/rule-sets',
        'admin/audit-log',
      ],
    ],
  ])('%s: %j', async (who, pages) => {
    const w = await signedIn(who);
    onTestFailed(() => w.screenshot(`failed-layout-${who}`));
    for (const p of pages) {
      await w.page.goto(`${app.url}/${p === 'home' ? '' : p}`);
      await w.page.getByRole('navigation', { name: '当前位置' }).waitFor();
      await checkPage(w, `${p.replace('/', '-')}-${who}`);
    }
    await w.page.context().close();
  });

  it.each<Who>(['preparer', 'financeReviewer'])(
    'the workbench of seed 004 as %s: grid readable, row actions on screen',
    async (who) => {
      const w = await signedIn(who);
      onTestFailed(() => w.screenshot(`failed-layout-workbench-${who}`));
      const { page } = w;
      await page.goto(workbench);
      await page.getByTestId('wb-title').waitFor();
      await checkPage(w, `workbench-${who}`);
      const grid = page.locator('.jx-indicator-table');
      await grid.scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(LAYOUT, `workbench-grid-${who}.png`) });
      if (who === 'preparer') {
        // Without scrolling the grid sideways, every row's delete button is inside the grid's visible box.
        const box = await grid.locator('.ant-table-content, .ant-table-body').first().boundingBox();
        const deletes = grid.getByRole('button', { name: /^删除 \d+$/ });
        // Seed 004 has 9 indicator rows.
        expect(await deletes.count()).toBe(9);
        const first = await deletes.first().boundingBox();
        expect(box && first && first.x + first.width <= box.x + box.width + 1).toBe(true);
      }
      // 三级指标 and 单位 show their whole text: the input is as wide as what it holds.
      const clipped = await grid.locator('input').evaluateAll((inputs) =>
        inputs
          .filter((i): i is HTMLInputElement => i instanceof HTMLInputElement)
          .filter((i) => /^(三级指标|单位) \d+$/.test(i.getAttribute('aria-label') ?? ''))
          .filter((i) => i.scrollWidth > i.clientWidth + 1)
          .map((i) => `${i.getAttribute('aria-label')}: ${i.value}`),
      );
      expect(clipped).toEqual([]);
      await page.context().close();
    },
  );

  it('403 for a page the role may not open, 404 for an unknown address', async () => {
    const w = await signedIn('preparer');
    onTestFailed(() => w.screenshot('failed-layout-403-404'));
    const { page } = w;
    await page.goto(`${app.url}/overview`);
    await page.getByText('无权访问').first().waitFor();
    await checkPage(w, 'forbidden-preparer');
    await page.goto(`${app.url}/admin/users`);
    await page.getByText('无权访问').first().waitFor();
    await page.goto(`${app.url}/no-such-page`);
    await page.getByText('页面不存在').first().waitFor();
    await checkPage(w, 'not-found-preparer');
    await page.getByRole('button', { name: '返回我的工作台' }).click();
    await page.waitForURL(`${app.url}/`);
    await page.context().close();
  });

  it('the administrator reads 系统管理员 (no empty brackets) and sees the 系统管理 group', async () => {
    const w = await signedIn('admin');
    const { page } = w;
    await expect.poll(() => page.getByTestId('current-roles').textContent()).toBe('系统管理员');
    await page.getByRole('menuitem', { name: '系统管理' }).click();
    for (const name of ['用户管理', '组织机构', '年度与截止日期', '规则集', '操作日志'])
      await page.getByRole('link', { name }).waitFor();
    w.assertNoConsoleErrors();
    await page.context().close();
  });

  it('a 100-character name and three roles leave every header button in the window', async () => {
    const name = '璧山区科学技术局综合业务科'.repeat(8).slice(0, 100);
    await admin.call('POST', '/api/users', {
      username: 'bs-duozhi',
      displayName: name,
      password: PASSWORD,
      roles: [
        { role: 'preparer', organisationId: places.unit },
        { role: 'unitApprover', organisationId: places.unit },
        { role: 'departmentReviewer', organisationId: places.department },
      ],
    });
    const w = await openPage(browser);
    onTestFailed(() => w.screenshot('failed-layout-long-name'));
    await signIn(w, app.url, { username: 'bs-duozhi', password: PASSWORD });
    await checkPage(w, 'home-long-name-three-roles');
    const signOut = await w.page.getByRole('button', { name: '退出登录' }).boundingBox();
    expect(signOut && signOut.x + signOut.width <= 1366).toBe(true);
    await w.page.context().close();
  });

  it('a failed form validation leaves no unhandled rejection', async () => {
    const w = await signedIn('preparer');
    const { page } = w;
    await page.getByRole('button', { name: '修改密码' }).click();
    const dialog = page.getByRole('dialog', { name: '修改密码' });
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => dialog.getByText('此项必填').count()).toBeGreaterThan(0);
    await checkPage(w, 'password-dialog-refused', '.ant-modal-wrap');
    await page.context().close();
  });

  it('the longest title the server takes stays one line in the sticky bar, whole in its tooltip', async () => {
    const preparer = new TestApi(app.url);
    await preparer.signIn(USERS.preparer.username, PASSWORD);
    const record = await preparer.call<{ version: number; evaluation: { unit: { name: string } } }>(
      'GET',
      `/api/evaluations/${evaluationId}`,
    );
    const long = `重庆市璧山区科学技术局${'科技创新与成果转化专项'.repeat(20)}`.slice(0, 200);
    await preparer.call('PUT', `/api/evaluations/${evaluationId}`, {
      version: record.version,
      evaluation: { ...record.evaluation, unit: { ...record.evaluation.unit, name: long } },
    });
    const w = await signedIn('preparer');
    onTestFailed(() => w.screenshot('failed-layout-long-title'));
    const { page } = w;
    await page.goto(workbench);
    const title = page.getByTestId('wb-title');
    await title.waitFor();
    const box = await title.boundingBox();
    expect(box?.height ?? 999).toBeLessThan(40);
    await checkPage(w, 'workbench-long-title');
    await title.hover();
    await expect.poll(() => page.getByRole('tooltip').textContent()).toBe(long);
    await page.context().close();
  });
});
