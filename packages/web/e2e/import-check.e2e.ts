import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluate, getRuleSet, parseEvaluation } from '@jixiao/domain';
import { writeSelfEvaluationXlsx } from '@jixiao/formats';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { adminSession, createUser, type TestApi } from './support/api-client';
import { ADMIN_PASSWORD, type RunningApp, startApp } from './support/app-server';
import { launch, openPage, signIn } from './support/browser';

/**
 * Issue 16 item 3: importing another unit's 自评表 — seed 004 of 重庆市璧山区科学技术局, written by the
 * repository's sheet writer — into 西城区科协's unit asks first, showing both names; refusing stores
 * nothing; confirming keeps the sheet's rule set (重庆 部门整体) and shows the findings of the source and
 * no others.
 */
const PREPARER = { username: 'import-check', password: 'Preparer-Pass-2026', name: '导入填报人' };
const SEED = join(import.meta.dirname, '../../../examples/seeds/seed-004.json');

let app: RunningApp;
let browser: Browser;
let admin: TestApi;
let dir = '';
let sheetPath = '';
let unitName = '';
/** The evaluation the confirmed import made. */
let importedUrl = '';
const source = parseEvaluation(JSON.parse(readFileSync(SEED, 'utf8')));
const ruleSet = getRuleSet(source.ruleSet);
const sourceFindings = evaluate(source, ruleSet).findings;

const evaluationCount = async () =>
  (await admin.call<{ total: number }>('GET', '/api/evaluations?pageSize=1')).total;

beforeAll(async () => {
  app = await startApp();
  browser = await launch();
  const session = await adminSession(app.url, ADMIN_PASSWORD);
  admin = session.admin;
  const unit = session.orgs.find((o) => o.kind === 'unit' && o.name.startsWith('西城区科协'));
  if (!unit) throw new Error('the demo data has no unit of 西城区科协');
  unitName = unit.name;
  await createUser(admin, PREPARER.username, PREPARER.name, 'preparer', unit.id, PREPARER.password);
  dir = mkdtempSync(join(tmpdir(), 'jixiao-import-check-'));
  sheetPath = join(dir, '璧山区科学技术局-自评表.xlsx');
  const { result } = evaluate(source, ruleSet);
  writeFileSync(sheetPath, await writeSelfEvaluationXlsx(source, result, ruleSet));
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('importing another unit’s 自评表', () => {
  it('asks with both names, stores nothing when refused, and after confirming keeps the rule set and adds no error', async () => {
    const w = await openPage(browser);
    onTestFailed(() => w.screenshot('failed-import-check'));
    w.expectFailure(/\/api\/session$/);
    const { page } = w;
    await signIn(w, app.url, PREPARER);
    const before = await evaluationCount();

    const choose = async () => {
      await page.getByRole('button', { name: '导入自评表' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.locator('input[type=file]').setInputFiles(sheetPath);
      await dialog.getByTestId('import-compare').waitFor();
      return dialog;
    };

    const dialog = await choose();
    const compare = dialog.getByTestId('import-compare');
    expect(await compare.getByText('重庆市璧山区科学技术局', { exact: true }).isVisible()).toBe(true);
    expect(await compare.getByText(unitName, { exact: true }).isVisible()).toBe(true);
    expect(await dialog.getByTestId('import-rule-set').textContent()).toBe(
      `评分规则集：${ruleSet.name}（表中写明，沿用）`,
    );
    await w.screenshot('import-check-confirm');
    await dialog.getByTestId('import-refuse').click();
    await dialog.getByTestId('import-refused').waitFor();
    expect(await evaluationCount()).toBe(before);
    await dialog.getByRole('button', { name: /close|关闭/i }).click();

    const again = await choose();
    await again.getByTestId('import-confirm').click();
    await page.getByTestId('wb-title').waitFor();
    importedUrl = page.url();
    expect(await evaluationCount()).toBe(before + 1);

    const panel = page.getByTestId('checks-panel');
    const errors = sourceFindings.filter((f) => f.severity === 'error');
    await expect.poll(() => panel.locator('[data-severity="error"]').count()).toBe(errors.length);
    expect(await panel.locator('[data-severity="entry"]').count()).toBe(0);
    const codes = await panel
      .locator('[data-severity="error"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-code')));
    expect(codes.sort()).toEqual(errors.map((f) => f.code).sort());
    expect(await page.locator('[data-path="ruleSet"]').textContent()).toContain(ruleSet.name);
    await w.screenshot('import-check-imported');
    w.assertNoConsoleErrors();
    await w.page.context().close();
  });

  it('refuses "1e5" in the browser with the server’s own sentence, on the field, and counts alike in the panel and the submit dialog', async () => {
    const w = await openPage(browser);
    onTestFailed(() => w.screenshot('failed-import-check-1e5'));
    w.expectFailure(/\/api\/session$/);
    w.expectFailure(/\/api\/evaluations\/[^/]+$/);
    const { page } = w;
    await signIn(w, app.url, PREPARER);
    await page.goto(importedUrl);
    await page.getByTestId('wb-title').waitFor();
    const sentence = '须填写数字，例如 1209.56';
    const field = page.locator('[data-path="funds.total.adjustedBudget"]');
    await field.getByRole('textbox').fill('1e5');
    await expect.poll(() => field.getByRole('alert').textContent()).toBe(sentence);

    const refused = page.waitForResponse(
      (r) =>
        r.url().endsWith(new URL(importedUrl).pathname.replace('/evaluations/', '/api/evaluations/')) &&
        r.status() === 400,
    );
    await page.getByRole('button', { name: '保存' }).click();
    const answer = (await (await refused).json()) as {
      error: { issues: { message: string; location?: { path?: string } }[] };
    };
    expect(answer.error.issues.map((i) => [i.location?.path, i.message])).toEqual([
      ['evaluation.funds.total.adjustedBudget', sentence],
    ]);
    await expect
      .poll(() => field.getByRole('textbox').evaluate((el) => el === document.activeElement))
      .toBe(true);
    expect(await field.getByRole('alert').textContent()).toBe(sentence);

    const panel = page.getByTestId('checks-panel');
    const entries = await panel.locator('[data-severity="entry"]').count();
    const errors = await panel.locator('[data-severity="error"]').count();
    expect(entries).toBe(1);
    await page.getByRole('button', { name: '提交审核' }).click();
    await expect
      .poll(() => page.getByText(`还有 ${entries + errors} 个错误，改正后才能提交。`).isVisible())
      .toBe(true);
    await w.screenshot('import-check-1e5');
    w.assertNoConsoleErrors();
    await w.page.context().close();
  });
});
