import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import seedOne from '../../../examples/seeds/seed-001.json' with { type: 'json' };
import { adminSession, createUser, TestApi } from './support/api-client';
import { ADMIN_PASSWORD, type RunningApp, startApp } from './support/app-server';
import { launch, openPage, signIn } from './support/browser';

/**
 * The overview counts what has been handed in. The demo data holds seed 001 (西城区科协（本级）,
 * 全区科普经费项目, 2024, 89.45) as a draft; the unit then has a second evaluation of the same project with
 * 项目产出 40.45 for 50.45, 79.45 (中), submitted, signed and approved. The overview of 2024 counts the
 * approved one only: 1 evaluation of 1 unit averaging 79.45 (with the draft it would be 2 averaging 84.45),
 * and says the draft apart.
 */
const PREPARER = { username: 'xc-tianbao', password: 'Preparer-Pass-2026', name: '西城填报人' };
const APPROVER = { username: 'xc-fuzeren', password: 'Approver-Pass-2026', name: '西城负责人' };
const DEPARTMENT = { username: 'xc-zhuguan', password: 'Department-Pass-2026', name: '西城主管审核人' };
const REVIEWER = { username: 'xc-caizheng', password: 'Reviewer-Pass-2026', name: '西城财政审核人' };
const UNIT = '西城区科协（本级）';

let app: RunningApp;
let browser: Browser;

/** Seed 001 with 项目产出 at 40.45 and no stated figures (they would contradict the changed score). */
function changedSeed(): Record<string, unknown> {
  const evaluation: Record<string, unknown> = structuredClone(seedOne);
  const indicators = evaluation.indicators as { score?: string; manualScore: { score: string } }[];
  const [output] = indicators;
  if (!output) throw new Error('seed 001 has no indicators');
  output.score = '40.45';
  output.manualScore.score = '40.45';
  delete evaluation.stated;
  return evaluation;
}

beforeAll(async () => {
  app = await startApp();
  browser = await launch();
  const { admin, orgs } = await adminSession(app.url, ADMIN_PASSWORD);
  const unit = orgs.find((o) => o.kind === 'unit' && o.name === UNIT);
  const department = orgs.find((o) => o.id === unit?.parentId);
  const bureau = orgs.find((o) => o.id === department?.parentId);
  if (!unit || !department || !bureau)
    throw new Error(`no ${UNIT} under a bureau among ${orgs.map((o) => o.name).join('、')}`);
  await createUser(admin, PREPARER.username, PREPARER.name, 'preparer', unit.id, PREPARER.password);
  await createUser(admin, APPROVER.username, APPROVER.name, 'unitApprover', unit.id, APPROVER.password);
  await createUser(
    admin,
    DEPARTMENT.username,
    DEPARTMENT.name,
    'departmentReviewer',
    department.id,
    DEPARTMENT.password,
  );
  await createUser(admin, REVIEWER.username, REVIEWER.name, 'financeReviewer', bureau.id, REVIEWER.password);
  const as = async (who: { username: string; password: string }) => {
    const api = new TestApi(app.url);
    await api.signIn(who.username, who.password);
    return api;
  };
  const preparer = await as(PREPARER);
  const created = await preparer.call<{ id: string; totalScore: string }>(
    'POST',
    `/api/organisations/${unit.id}/evaluations`,
    { evaluation: changedSeed() },
  );
  if (created.totalScore !== '79.45') throw new Error(`expected 79.45, scored ${created.totalScore}`);
  const check = await preparer.call<{
    findings: { code: string; severity: string; location: { path: string } }[];
  }>('POST', `/api/evaluations/${created.id}/check`, {});
  const acknowledgements = check.findings
    .filter((f) => f.severity === 'warning')
    .map((f) => ({ code: f.code, path: f.location.path, note: '已核实' }));
  await preparer.call('POST', `/api/evaluations/${created.id}/submit`, { version: 1, acknowledgements });
  await (await as(APPROVER)).call('POST', `/api/evaluations/${created.id}/sign`, { version: 2 });
  // The default review chain: 主管部门初审, then 财政局复审.
  await (await as(DEPARTMENT)).call('POST', `/api/evaluations/${created.id}/approve`, { version: 3 });
  await (await as(REVIEWER)).call('POST', `/api/evaluations/${created.id}/approve`, { version: 4 });
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('the overview', () => {
  it('counts the approved evaluation, says the draft apart, and ranks rows with their project', async () => {
    const w = await openPage(browser);
    onTestFailed(() => w.screenshot('failed-overview-counted'));
    w.expectFailure(/\/api\/session$/);
    const { page } = w;
    await signIn(w, app.url, REVIEWER);
    await page.getByRole('link', { name: '全局总览' }).click();
    await page.getByLabel('年度').fill('2024');
    await page.getByLabel('年度').press('Enter');
    const notCounted = page.getByTestId('overview-not-counted');
    await expect.poll(() => notCounted.textContent()).toBe('另有草稿或已退回 1 份，不计入统计');
    await expect.poll(() => page.getByTestId('overview-average').textContent()).toBe('79.45');
    const card = (title: string) =>
      page.locator('.ant-statistic').filter({ has: page.getByText(title, { exact: true }) });
    expect(await card('计入统计的自评').locator('.ant-statistic-content').textContent()).toBe('1');
    expect(await card('单位数').locator('.ant-statistic-content').textContent()).toBe('1');
    await expect.poll(() => page.locator('canvas').count()).toBeGreaterThanOrEqual(4);

    const table = page.getByTestId('overview-table');
    const rows = table.locator('tbody tr.ant-table-row');
    await expect.poll(() => rows.count()).toBe(1);
    const cells = (await rows.first().locator('td').allTextContents()).map((c) => c.trim());
    expect(cells.slice(0, 7)).toEqual(['1', UNIT, '全区科普经费项目', '西城区科协', '已通过', '79.45', '中']);

    // A long name is cut to its column and shown whole on hover.
    // (Hovered again while polling: the cards around the table load on their own and can move the row away
    // from under a single hover, which then closes the tooltip before it shows.)
    const name = rows.first().locator('td').nth(1).getByText(UNIT);
    await expect
      .poll(async () => {
        await name.hover();
        return page.getByRole('tooltip').filter({ hasText: UNIT }).count();
      })
      .toBeGreaterThan(0);

    // The department filter offers only departments with counted evaluations that year: one.
    await page.getByRole('combobox', { name: '主管部门' }).click();
    const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
    await expect.poll(() => options.allTextContents()).toEqual(['西城区科协']);
    await page.keyboard.press('Escape');
    await w.screenshot('overview-counted');
    w.assertNoConsoleErrors();
    await page.context().close();
  });
});
