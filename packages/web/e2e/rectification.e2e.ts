import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { adminSession, createUser, seed004Chain, TestApi } from './support/api-client';
import { ADMIN_PASSWORD, type RunningApp, startApp } from './support/app-server';
import { launch, openPage, signIn, type WatchedPage } from './support/browser';

/**
 * 整改台账 in the browser: the 主管部门 reviewer opens a self-evaluation (seed 004, whose checks find
 * indicator.score-rate-mismatch, an error) and enters that finding in the ledger with a measure; the unit's
 * 填报人 finds it on 整改台账 (待整改), starts it and reports what was done (待销号); the reviewer closes it out
 * (已销号). The deadline is the rule set's 30 days for a finding, worked out by the server.
 */
const PREPARER = { username: 'zg-tianbao', password: 'Preparer-Pass-2026', name: '整改填报人' };
const REVIEWER = { username: 'zg-zhuguan', password: 'Reviewer-Pass-2026', name: '整改主管审核人' };
const MEASURE = '核对第 9 行得分率并按评分标准重新计算';
const REPORT = '已按 得分 ÷ 分值 重新计算得分率并更正';

let app: RunningApp;
let browser: Browser;
let evaluationId = '';

beforeAll(async () => {
  app = await startApp();
  browser = await launch();
  const { admin, orgs } = await adminSession(app.url, ADMIN_PASSWORD);
  const { unit, department } = seed004Chain(orgs);
  await createUser(admin, PREPARER.username, PREPARER.name, 'preparer', unit.id, PREPARER.password);
  await createUser(
    admin,
    REVIEWER.username,
    REVIEWER.name,
    'departmentReviewer',
    department.id,
    REVIEWER.password,
  );
  const preparer = new TestApi(app.url);
  await preparer.signIn(PREPARER.username, PREPARER.password);
  const seed: Record<string, unknown> = JSON.parse(
    readFileSync(join(import.meta.dirname, '../../../examples/seeds/seed-004.json'), 'utf8'),
  );
  const made = await preparer.call<{ id: string }>('POST', `/api/organisations/${unit.id}/evaluations`, {
    evaluation: seed,
  });
  evaluationId = made.id;
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/** The ledger row of our item (its measure is unique to this test). */
const row = (w: WatchedPage) => w.page.locator('tr', { hasText: MEASURE });

async function openLedger(w: WatchedPage) {
  await w.page.getByRole('link', { name: '整改台账' }).click();
  await row(w).waitFor();
}

describe('rectification ledger (整改台账)', () => {
  it('a reviewer raises a finding, the unit reports, the reviewer closes it out', async () => {
    const reviewer = await openPage(browser);
    onTestFailed(() => reviewer.screenshot('failed-rectification-reviewer'));
    reviewer.expectFailure(/\/api\/session$/);
    await signIn(reviewer, app.url, REVIEWER);
    await reviewer.page.goto(`${app.url}/evaluations/${evaluationId}`);
    const finding = reviewer.page
      .getByTestId('checks-panel')
      .locator('[data-code="indicator.score-rate-mismatch"]');
    await finding.getByRole('button', { name: '登记整改' }).click();
    const dialog = reviewer.page.getByRole('dialog', { name: '登记整改' });
    await dialog.getByLabel('整改要求').fill(MEASURE);
    await dialog.getByRole('button', { name: '登记' }).click();
    await expect
      .poll(() => reviewer.page.getByText(/已登记为整改事项，期限 \d{4}-\d{2}-\d{2}/).count())
      .toBe(1);

    const unit = await openPage(browser);
    onTestFailed(() => unit.screenshot('failed-rectification-unit'));
    unit.expectFailure(/\/api\/session$/);
    await signIn(unit, app.url, PREPARER);
    await openLedger(unit);
    expect(await row(unit).textContent()).toContain('自评审核发现');
    expect(await row(unit).textContent()).toContain('待整改');
    await row(unit).getByRole('button', { name: '开始整改' }).click();
    await expect.poll(() => row(unit).textContent()).toContain('整改中');
    await row(unit).getByRole('button', { name: '报送整改情况' }).click();
    const report = unit.page.getByRole('dialog', { name: '报送整改情况' });
    await report.getByLabel('整改情况（做了什么、结果如何）').fill(REPORT);
    await report.getByRole('button', { name: '报送整改情况' }).click();
    await expect.poll(() => row(unit).textContent()).toContain('待销号');
    expect(await row(unit).textContent()).toContain(REPORT);
    await unit.screenshot('rectification-reported');

    await openLedger(reviewer);
    await row(reviewer).getByRole('button', { name: '销号' }).click();
    await expect.poll(() => row(reviewer).textContent()).toContain('已销号');
    // No move is left; only the item's evidence (佐证材料) can still be opened, read-only.
    expect(await row(reviewer).getByRole('button').allTextContents()).toEqual(['佐证材料']);
    await reviewer.screenshot('rectification-closed');
    reviewer.assertNoConsoleErrors();
    unit.assertNoConsoleErrors();
  });
});
