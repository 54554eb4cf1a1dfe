import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import seedOne from '../../../examples/seeds/seed-001.json' with { type: 'json' };
import { adminSession, createUser, TestApi } from './support/api-client';
import { ADMIN_PASSWORD, type RunningApp, startApp } from './support/app-server';
import { launch, openPage, signIn } from './support/browser';

/**
 * 结果应用 in the browser. Seed 001 (西城区科协（本级）, 2024) with 项目产出 40.45 and 全年预算数 137.85万元
 * (= its 全年执行数, so the execution score stays 10) scores 79.45 (中) and is approved through the default
 * chain. The finance reviewer's list shows the practice rule: 137.85 × −10% = −13.785 → −13.79万元 (half up),
 * the department 西城区科协 −13.79; the reviewer sets −20.00 with a reason, the department follows to
 * −20.00, and the export holds the figure.
 */
const PREPARER = { username: 'jg-tianbao', password: 'Preparer-Pass-2026', name: '结果填报人' };
const APPROVER = { username: 'jg-fuzeren', password: 'Approver-Pass-2026', name: '结果负责人' };
const DEPARTMENT = { username: 'jg-zhuguan', password: 'Department-Pass-2026', name: '结果主管审核人' };
const REVIEWER = { username: 'jg-caizheng', password: 'Reviewer-Pass-2026', name: '结果财政审核人' };
const UNIT = '西城区科协（本级）';

let app: RunningApp;
let browser: Browser;

function changedSeed(): Record<string, unknown> {
  const evaluation: Record<string, unknown> = structuredClone(seedOne);
  const indicators = evaluation.indicators as { score?: string; manualScore: { score: string } }[];
  const [output] = indicators;
  if (!output) throw new Error('seed 001 has no indicators');
  output.score = '40.45';
  output.manualScore.score = '40.45';
  delete evaluation.stated;
  (evaluation.funds as { total: Record<string, string> }).total.adjustedBudget = '137.85';
  return evaluation;
}

beforeAll(async () => {
  app = await startApp();
  browser = await launch();
  const { admin, orgs } = await adminSession(app.url, ADMIN_PASSWORD);
  const unit = orgs.find((o) => o.kind === 'unit' && o.name === UNIT);
  const department = orgs.find((o) => o.id === unit?.parentId);
  const bureau = orgs.find((o) => o.id === department?.parentId);
  if (!unit || !department || !bureau) throw new Error(`no ${UNIT} under a bureau`);
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
  await (await as(DEPARTMENT)).call('POST', `/api/evaluations/${created.id}/approve`, { version: 3 });
  await (await as(REVIEWER)).call('POST', `/api/evaluations/${created.id}/approve`, { version: 4 });
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('结果应用 (use of the results)', () => {
  it('the finance reviewer sees the list, adjusts one entry with a reason and exports it', async () => {
    const w = await openPage(browser);
    onTestFailed(() => w.screenshot('failed-results'));
    w.expectFailure(/\/api\/session$/);
    const { page } = w;
    await signIn(w, app.url, REVIEWER);
    await page.getByRole('link', { name: '结果应用' }).click();
    await page.getByLabel('年度').fill('2024');
    await page.getByLabel('年度').press('Enter');

    const departmentChange = page.getByTestId('department-change').first();
    await expect.poll(() => departmentChange.textContent()).toBe('-13.79');
    const table = page.getByTestId('results-table');
    await expect.poll(() => table.getByText(UNIT).count()).toBeGreaterThan(0);
    await expect.poll(() => table.getByText('中', { exact: true }).count()).toBe(1);
    await expect.poll(() => table.getByText('核减', { exact: true }).count()).toBe(1);

    // The rule with its arithmetic on hover.
    await page.getByTestId('result-change').first().hover();
    await expect
      .poll(() => page.getByRole('tooltip').first().textContent())
      .toContain('全年预算数 137.85万元 × -10% = -13.79万元');

    await page
      .getByRole('button', { name: /^调整 / })
      .first()
      .click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await dialog.getByLabel('调整金额（万元，核减写负数）').fill('-20');
    // Without a reason the dialog cannot be saved.
    expect(await dialog.getByRole('button', { name: /保\s*存/ }).isDisabled()).toBe(true);
    await dialog.getByLabel('调整理由（必填）').fill('连续两年为中');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await expect.poll(() => departmentChange.textContent()).toBe('-20.00');
    await expect.poll(() => table.getByText('已调整', { exact: true }).count()).toBe(1);
    await w.screenshot('results-adjusted');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出 .xlsx' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('结果应用建议2024.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await download.path());
    const sheet = book.getWorksheet('结果应用建议');
    const row = sheet?.getRow(2);
    expect([
      row?.getCell(2).value,
      row?.getCell(6).value,
      row?.getCell(10).value,
      row?.getCell(12).value,
    ]).toEqual([UNIT, '中', -20, '连续两年为中']);
    w.assertNoConsoleErrors();
    await page.context().close();
  });
});
