import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { adminSession, peopleSignedIn, seed004Chain, type TestApi } from './support/api-client';
import { ADMIN_PASSWORD, type RunningApp, startApp } from './support/app-server';
import { launch, openPage, signIn, type WatchedPage } from './support/browser';
import { printedScore } from './support/public-site';
import { submitWithNotes, takeStep } from './support/workflow';

/**
 * Issue 14's whole loop in a real Chromium (its Done-when, sentence by sentence): a finding on an evaluation
 * becomes a rectification item with a deadline; the unit answers with evidence; the reviewer closes it; the
 * item appears in next year's declaration; the evaluation is approved and published; a visitor who is not
 * signed in finds it on /public, opens its PDF and sees the score; the bureau withdraws it and it is gone
 * from /public and /api/public. Only the people, the evaluation (seed 001 with its stated 项目产出 weight changed,
 * so its checks warn weights.stated-block-mismatch) and next year's declaration are set up through the API;
 * every step is the UI's.
 */
const PEOPLE = {
  preparer: { username: 'loop-tianbao', name: '闭环填报人', role: 'preparer' },
  approver: { username: 'loop-fuzeren', name: '闭环单位负责人', role: 'unitApprover' },
  department: { username: 'loop-zhuguan', name: '闭环主管部门审核人', role: 'departmentReviewer' },
  finance: { username: 'loop-caizheng', name: '闭环财政局审核人', role: 'financeReviewer' },
} as const;
type Who = keyof typeof PEOPLE;
const PASSWORD = 'Loop-Pass-2026';
const YEAR = 2033;
const PROJECT = '闭环测试科普宣传项目';
const MEASURE = '按评分标准核对项目产出分值并更正自评表';
const REPORT = '已按评分标准核对项目产出分值为 55 分，更正并经单位负责人确认';
const EVIDENCE = '整改佐证-分值核对表.pdf';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

let app: RunningApp;
let browser: Browser;
let api: (who: Who) => TestApi;
let evaluationId = '';
let declarationId = '';
/** The item as the server keeps it, read once it is raised (its problem is the finding's own words). */
let item = { id: '', problem: '', deadline: '' };
let publicationId = '';
const watched = new Map<Who, WatchedPage>();

function pageOf(who: Who): WatchedPage {
  const w = watched.get(who);
  if (!w) throw new Error(`${who} has no page`);
  return w;
}

beforeAll(async () => {
  app = await startApp();
  browser = await launch();
  const { admin, orgs } = await adminSession(app.url, ADMIN_PASSWORD);
  const { unit, department, bureau } = seed004Chain(orgs);
  const at: Record<Who, string> = {
    preparer: unit.id,
    approver: unit.id,
    department: department.id,
    finance: bureau.id,
  };
  api = await peopleSignedIn(
    admin,
    app.url,
    Object.fromEntries(
      (Object.keys(PEOPLE) as Who[]).map((who) => [who, { ...PEOPLE[who], organisationId: at[who] }]),
    ) as Record<Who, { username: string; name: string; role: string; organisationId: string }>,
    PASSWORD,
  );
  const seed: { stated: { blockScores: { weight: string }[] } } & Record<string, unknown> = JSON.parse(
    readFileSync(join(import.meta.dirname, '../../../examples/seeds/seed-001.json'), 'utf8'),
  );
  // The finding: the form states 项目产出 at 50 points where the rule set weighs it 55 (a warning, so the
  // evaluation can still be submitted once the warning is explained).
  const stated = seed.stated;
  const block = stated.blockScores[1];
  if (block) block.weight = '50';
  const made = await api('preparer').call<{ id: string }>(
    'POST',
    `/api/organisations/${unit.id}/evaluations`,
    {
      evaluation: { ...seed, fiscalYear: YEAR, project: { name: PROJECT } },
    },
  );
  evaluationId = made.id;
  // Next year's 绩效目标申报表 of the same unit, a draft the unit is writing.
  const declared = await api('preparer').call<{ id: string }>(
    'POST',
    `/api/organisations/${unit.id}/declarations`,
    {
      declaration: {
        kind: 'project',
        fiscalYear: YEAR + 1,
        unit: { name: unit.name },
        project: { name: PROJECT },
        funds: { annual: { total: '120' } },
        goals: { annual: '继续开展科普宣传' },
      },
    },
  );
  declarationId = declared.id;
  for (const who of Object.keys(PEOPLE) as Who[]) {
    const w = await openPage(browser);
    w.expectFailure(/\/api\/session$/);
    await signIn(w, app.url, { username: PEOPLE[who].username, password: PASSWORD });
    watched.set(who, w);
  }
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/** The ledger row of our item (its measure is unique to this test). */
const row = (page: Page) => page.locator('tr', { hasText: MEASURE });
/** The evidence area under the item's row, opened with its 佐证材料 button. */
const evidence = (page: Page) => page.locator('[data-testid=evidence-panel]');

async function openLedger(page: Page) {
  await page.goto(`${app.url}/`);
  await page.getByRole('navigation', { name: '导航菜单' }).getByRole('link', { name: '整改台账' }).click();
  await row(page).waitFor();
}

async function openEvaluation(page: Page) {
  await page.goto(`${app.url}/evaluations/${evaluationId}`);
  await page.getByTestId('wb-title').waitFor();
}

/** Today's date in China (the ledger's clock) plus `days` calendar days, as an ISO date. */
function chinaDatePlus(days: number): string {
  const d = new Date(Date.now() + 8 * 3600_000);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

describe('closing the loop: rectification, next year, publication and withdrawal', () => {
  it('a finding on the evaluation becomes a rectification item with the rule set’s 30-day deadline', async () => {
    const { page } = pageOf('department');
    onTestFailed(() => pageOf('department').screenshot('failed-loop-raise'));
    await openEvaluation(page);
    const finding = page
      .getByTestId('checks-panel')
      .locator('[data-code="weights.stated-block-mismatch"]')
      .first();
    await finding.getByRole('button', { name: '登记整改' }).click();
    const dialog = page.getByRole('dialog', { name: '登记整改' });
    await dialog.getByLabel('整改要求').fill(MEASURE);
    await dialog.getByRole('button', { name: '登记' }).click();
    // A finding's deadline: the day it is raised (in China) + 30 days (the default: no builtin rule set changes it).
    const deadline = chinaDatePlus(30);
    await expect.poll(() => page.getByText(`已登记为整改事项，期限 ${deadline}`).count()).toBe(1);

    const listed = await api('department').call<{
      items: { id: string; problem: string; measure: string; deadline: string; fiscalYear: number }[];
    }>('GET', `/api/rectification?year=${YEAR}`);
    const raised = listed.items.find((i) => i.measure === MEASURE);
    expect(raised?.deadline).toBe(deadline);
    item = { id: raised?.id ?? '', problem: raised?.problem ?? '', deadline };
    expect(item.problem).not.toBe('');
    await openLedger(page);
    expect(await row(page).textContent()).toContain('自评审核发现');
    expect(await row(page).textContent()).toContain(deadline);
    expect(await row(page).textContent()).toContain('待整改');
    pageOf('department').assertNoConsoleErrors();
  });

  it('the unit starts it, attaches evidence on the ledger and reports what it did', async () => {
    const { page } = pageOf('preparer');
    onTestFailed(() => pageOf('preparer').screenshot('failed-loop-answer'));
    await openLedger(page);
    await row(page).getByRole('button', { name: '开始整改' }).click();
    await expect.poll(() => row(page).textContent()).toContain('整改中');

    await row(page).getByTestId('rect-evidence').click();
    await evidence(page).getByTestId('evidence-upload').waitFor();
    await evidence(page)
      .locator('input[type=file]')
      .setInputFiles({ name: EVIDENCE, mimeType: 'application/pdf', buffer: PDF });
    await expect
      .poll(() => evidence(page).getByTestId('evidence-name').allTextContents())
      .toEqual([EVIDENCE]);
    await expect.poll(() => page.getByText(`已上传「${EVIDENCE}」到整改事项`).count()).toBe(1);

    await row(page).getByRole('button', { name: '报送整改情况' }).click();
    const report = page.getByRole('dialog', { name: '报送整改情况' });
    await report.getByLabel('整改情况（做了什么、结果如何）').fill(REPORT);
    await report.getByRole('button', { name: '报送整改情况' }).click();
    await expect.poll(() => row(page).textContent()).toContain('待销号');
    expect(await row(page).textContent()).toContain(REPORT);
    // The file stays attached to the item (the server's list, not only the page).
    const files = await api('preparer').call<{ files: { fileName: string }[] }>(
      'GET',
      `/api/rectification/${item.id}/evidence`,
    );
    expect(files.files.map((f) => f.fileName)).toEqual([EVIDENCE]);
    await pageOf('preparer').screenshot('loop-answered-with-evidence');
    pageOf('preparer').assertNoConsoleErrors();
  });

  it('the reviewer reads the evidence (read-only, the PDF itself) and closes the item out', async () => {
    const { page } = pageOf('department');
    onTestFailed(() => pageOf('department').screenshot('failed-loop-close'));
    await openLedger(page);
    await row(page).getByTestId('rect-evidence').click();
    await expect
      .poll(() => evidence(page).getByTestId('evidence-name').allTextContents())
      .toEqual([EVIDENCE]);
    expect(await evidence(page).getByTestId('evidence-upload').count()).toBe(0);
    expect(await evidence(page).getByTestId('evidence-delete').count()).toBe(0);
    const href = await evidence(page).getByTestId('evidence-preview').getAttribute('href');
    const file = await page.request.get(`${app.url}${href ?? ''}`);
    expect(file.status()).toBe(200);
    expect(file.headers()['content-type']).toBe('application/pdf');
    expect(Buffer.from(await file.body())).toEqual(PDF);

    await row(page).getByRole('button', { name: '销号' }).click();
    await expect.poll(() => row(page).textContent()).toContain('已销号');
    expect(await row(page).getByRole('button', { name: '销号' }).count()).toBe(0);
    await pageOf('department').screenshot('loop-closed');

    // Closed out, the item's evidence is frozen with it: the unit no longer gets an upload.
    const unit = pageOf('preparer').page;
    await openLedger(unit);
    expect(await row(unit).textContent()).toContain('已销号');
    await row(unit).getByTestId('rect-evidence').click();
    await expect
      .poll(() => evidence(unit).getByTestId('evidence-name').allTextContents())
      .toEqual([EVIDENCE]);
    expect(await evidence(unit).getByTestId('evidence-upload').count()).toBe(0);
    pageOf('department').assertNoConsoleErrors();
    pageOf('preparer').assertNoConsoleErrors();
  });

  it('appears, closed out, on next year’s declaration of the unit', async () => {
    const { page } = pageOf('preparer');
    onTestFailed(() => pageOf('preparer').screenshot('failed-loop-next-year'));
    await page.goto(`${app.url}/targets/${declarationId}`);
    await page.getByTestId('declaration-page').waitFor();
    const card = page.getByTestId('prior-rectification');
    await expect.poll(() => card.textContent()).toContain(item.problem);
    expect(await card.textContent()).toContain(`${YEAR} 年度整改事项（上年度）`);
    const line = card.locator('tr', { hasText: MEASURE });
    expect(await line.textContent()).toContain('已销号');
    expect(await line.textContent()).toContain(REPORT);
    await pageOf('preparer').screenshot('loop-next-year-declaration');
    pageOf('preparer').assertNoConsoleErrors();
  });

  it('is approved through the review chain and published by the finance bureau', async () => {
    onTestFailed(() => pageOf('finance').screenshot('failed-loop-approve'));
    const preparer = pageOf('preparer').page;
    await openEvaluation(preparer);
    await submitWithNotes(preparer, '分值按本项目评分办法设置，已在整改中核对。', { warned: true });
    const approver = pageOf('approver').page;
    await openEvaluation(approver);
    await takeStep(approver, 'sign', '单位签批');
    const department = pageOf('department').page;
    await openEvaluation(department);
    await takeStep(department, 'approve', '审核通过');
    const finance = pageOf('finance').page;
    await openEvaluation(finance);
    await takeStep(finance, 'approve', '审核通过');
    await expect.poll(() => finance.getByText('已通过审核，已锁定').isVisible()).toBe(true);

    await finance.getByTestId('publish').click();
    const confirm = finance.getByRole('dialog').filter({ hasText: '确定发布' });
    await confirm.getByRole('button', { name: '发布' }).click();
    await finance.getByTestId('published-tag').waitFor();
    expect(await finance.getByTestId('published-tag').textContent()).toContain('已发布');
    for (const who of ['preparer', 'approver', 'department', 'finance'] as const)
      pageOf(who).assertNoConsoleErrors();
  });

  it('a visitor who never signed in finds it on /public, opens its PDF and sees the score', async () => {
    const record = await api('finance').call<{ status: string; totalScore: string | null }>(
      'GET',
      `/api/evaluations/${evaluationId}`,
    );
    expect(record.status).toBe('approved');
    const score = record.totalScore ?? '';
    expect(score).not.toBe('');

    const visitor = await openPage(browser);
    onTestFailed(() => visitor.screenshot('failed-loop-public'));
    const { page } = visitor;
    await page.goto(`${app.url}/public`);
    const search = page.getByPlaceholder('搜索项目、单位或部门');
    await search.fill('闭环测试');
    await search.press('Enter');
    const card = page.getByTestId('public-card').filter({ hasText: PROJECT });
    await card.waitFor();
    expect(await card.getByTestId('public-card-score').textContent()).toBe(printedScore(score));
    await card.getByTestId('public-card-link').click();
    await page.getByTestId('public-item-title').waitFor();
    publicationId = new URL(page.url()).pathname.split('/').pop() ?? '';
    expect(publicationId).toMatch(/^[0-9a-f-]{36}$/);
    expect(await page.getByTestId('public-item-title').textContent()).toBe(PROJECT);
    expect(await page.getByTestId('public-item-score').textContent()).toBe(printedScore(score));
    const href = await page.getByTestId('public-report').getAttribute('href');
    expect(href).toBe(`/api/public/publications/${publicationId}/report.pdf`);
    const pdf = await page.request.get(`${app.url}${href}`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // The open data lists it too (what the withdrawal must take away again).
    const list = await (await page.request.get(`${app.url}/api/public/publications`)).text();
    expect(list).toContain(publicationId);
    expect(list).toContain(PROJECT);
    const csv = await (await page.request.get(`${app.url}/api/public/results.csv`)).text();
    expect(csv).toContain(publicationId);
    expect(csv).toContain(PROJECT);
    // Never signed in: no session cookie was ever set in this context.
    expect((await page.context().cookies()).some((c) => c.name === 'jixiao_session')).toBe(false);
    await visitor.screenshot('loop-public-item');
    visitor.assertNoConsoleErrors();
    await page.context().close();
  });

  it('the bureau withdraws it with a reason and it is gone from /public and /api/public', async () => {
    const { page } = pageOf('finance');
    onTestFailed(() => pageOf('finance').screenshot('failed-loop-withdraw'));
    await page.getByTestId('unpublish').click();
    await page.getByTestId('unpublish-reason').fill('整改后数据更正，撤回公开');
    await page.getByTestId('unpublish-confirm').click();
    await expect.poll(() => page.getByTestId('published-tag').count()).toBe(0);
    await page.getByTestId('publish').waitFor();

    const visitor = await openPage(browser);
    onTestFailed(() => visitor.screenshot('failed-loop-gone'));
    visitor.expectFailure(/\/api\/public\/publications\/[0-9a-f-]+$/);
    await visitor.page.goto(`${app.url}/public`);
    await visitor.page.getByTestId('public-total').waitFor();
    expect(await visitor.page.getByTestId('public-card').filter({ hasText: PROJECT }).count()).toBe(0);
    const request = visitor.page.request;
    const list = await (await request.get(`${app.url}/api/public/publications`)).text();
    expect(list).not.toContain(publicationId);
    expect(list).not.toContain(PROJECT);
    expect(list).not.toContain(evaluationId);
    const csv = await (await request.get(`${app.url}/api/public/results.csv`)).text();
    expect(csv).not.toContain(publicationId);
    expect(csv).not.toContain(PROJECT);
    expect((await request.get(`${app.url}/api/public/publications/${publicationId}`)).status()).toBe(404);
    expect(
      (await request.get(`${app.url}/api/public/publications/${publicationId}/report.pdf`)).status(),
    ).toBe(404);
    visitor.assertNoConsoleErrors();
    pageOf('finance').assertNoConsoleErrors();
  });
});
