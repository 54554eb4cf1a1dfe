import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { seedReportPath } from '../../formats/test/seed-reports/seeds';
import { createUser, type Org, TestApi } from './support/api-client';
import { ADMIN_PASSWORD, type RunningApp, startApp } from './support/app-server';
import { launch, openPage, signIn } from './support/browser';

/**
 * 报告审核 against a started server and a real Chromium: the finance reviewer uploads two reports written
 * elsewhere (seed reports 003 and 004 as text, packages/formats/test/seed-reports) and sees, with the quoted evidence, seed 003's income items
 * 0.84 + 163.68 = 164.52 against its stated total 163.68 and seed 004's red flag (every indicator at full
 * marks while only 42.42% of the budget was spent).
 */
const REVIEWER = { username: 'czj-baogao', password: 'Reviewer-Pass-2026', name: '财政局报告审核人' };

let app: RunningApp;
let browser: Browser;
let dir = '';

beforeAll(async () => {
  app = await startApp();
  browser = await launch();
  const admin = new TestApi(app.url);
  await admin.signIn('admin', ADMIN_PASSWORD);
  const { items: orgs } = await admin.call<{ items: Org[] }>('GET', '/api/organisations');
  const bureau = orgs.find((o) => o.kind === 'financeBureau');
  if (!bureau) throw new Error('the demo data has no finance bureau');
  await createUser(admin, REVIEWER.username, REVIEWER.name, 'financeReviewer', bureau.id, REVIEWER.password);
  dir = mkdtempSync(join(tmpdir(), 'jixiao-e2e-audit-'));
  copyFileSync(seedReportPath('s003'), join(dir, '003-科协项目自评报告.txt'));
  copyFileSync(seedReportPath('s004'), join(dir, '004-科技局整体自评报告.txt'));
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('报告审核 for a finance reviewer', () => {
  it('uploads seeds 003 and 004 and shows the income mismatch and the red flag with their quotes', async () => {
    const w = await openPage(browser);
    onTestFailed(() => w.screenshot('failed-audit'));
    w.expectFailure(/\/api\/session$/);
    const { page } = w;
    await signIn(w, app.url, REVIEWER);

    await page.getByRole('menuitem', { name: '报告审核' }).click();
    await page.waitForURL(/\/audit$/);
    await page
      .locator('input[type=file]')
      .setInputFiles([join(dir, '003-科协项目自评报告.txt'), join(dir, '004-科技局整体自评报告.txt')]);
    const run = page.getByTestId('audit-run');
    await expect.poll(() => run.textContent()).toContain('2 个文件');
    await run.click();

    const cards = page.getByTestId('audit-file');
    await expect.poll(() => cards.count()).toBe(2);
    const s003 = cards.filter({ hasText: '003-科协项目自评报告.txt' });
    const s004 = cards.filter({ hasText: '004-科技局整体自评报告.txt' });

    // Seed 003: 0.84 + 163.68 + 0 + 0 = 164.52 against the stated income total 163.68, quoted.
    const income = s003.locator(
      '[data-testid=audit-finding][data-code="text.breakdown-sum"][data-severity=error]',
    );
    await expect.poll(() => income.count()).toBeGreaterThan(0);
    expect(await income.first().textContent()).toContain('164.52');
    expect(await income.first().getByTestId('audit-evidence').first().textContent()).toContain('163.68');

    // Seed 004: all indicators at full marks while 1209.56 ÷ 2851.19 = 42.42% was spent.
    const red = s004.locator('[data-testid=audit-finding][data-code="text.indicators-ahead-of-execution"]');
    await expect.poll(() => red.count()).toBe(1);
    expect(await red.textContent()).toContain('42.42');
    expect(await red.getByTestId('audit-evidence').count()).toBeGreaterThan(0);
    expect(await s004.getByTestId('audit-file-summary').textContent()).toContain('执行率 42.42%');

    // The chosen files leave the upload list once audited (wait for antd's leave animation).
    await expect.poll(() => page.locator('.ant-upload-list-item').count()).toBe(0);
    await w.screenshot('audit-00-summary');
    // The summary table lists both files.
    const summary = page.getByTestId('audit-summary');
    expect(await summary.textContent()).toContain('003-科协项目自评报告.txt');
    expect(await summary.textContent()).toContain('004-科技局整体自评报告.txt');

    // The export is a JSON file of what the page shows.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('audit-export').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^jixiao-audit-\d{8}-\d{6}\.json$/);

    await red.scrollIntoViewIfNeeded();
    await w.screenshot('audit-01-seeds-003-004');
    w.assertNoConsoleErrors();
    await page.context().close();
  });
});
