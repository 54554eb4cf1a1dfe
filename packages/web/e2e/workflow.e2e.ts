import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluate, getRuleSet, parseEvaluation } from '@jixiao/domain';
import {
  readEvaluationBytes,
  readEvaluationGrid,
  writeSelfEvaluationXlsx,
  xlsxToGrids,
} from '@jixiao/formats';
import JSZip from 'jszip';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { createUser, type Org, TestApi } from './support/api-client';
import { ADMIN_PASSWORD, type RunningApp, startApp } from './support/app-server';
import { launch, openPage, signIn, type WatchedPage } from './support/browser';
import { submitWithNotes, takeStep } from './support/workflow';

/**
 * Issue 5's main flow against a started server and a real Chromium: a unit preparer creates a 部门整体
 * self-evaluation, enters seed 004 (重庆市璧山区科学技术局 2022) by typing and by pasting rows, sees the
 * live score (42.42%, 4.24, 94.24, 优) and the red flag, downloads the .docx and .xlsx and checks their
 * figures, submits acknowledging each warning, the unit approver signs off, the department reviewer passes
 * it (主管部门初审), the finance reviewer returns it with a reason and a field comment, the preparer fixes
 * and resubmits, it is signed and passed again, the finance reviewer approves, and everyone sees it locked
 * with the comments and names in its history. (review-chain.e2e.ts follows the chain itself in detail.)
 */
const PREPARER = { username: 'kjj-tianbao', password: 'Preparer-Pass-2026', name: '科技局填报人' };
const REVIEWER = { username: 'czj-shenhe', password: 'Reviewer-Pass-2026', name: '财政局审核人' };
const APPROVER = { username: 'kjj-fuzeren', password: 'Approver-Pass-2026', name: '科技局负责人' };
const DEPARTMENT = { username: 'zgbm-chushen', password: 'Department-Pass-2026', name: '主管部门审核人' };
const RETURN_REASON = '预算执行率仅 42.42%，请在“存在的问题”中说明资金执行偏低的原因。';
const FIELD_COMMENT = '全年执行数 1209.56 万元与决算报表核对一致，请补充未执行部分的结转说明。';
const BASIS = '自评报告表1：未列年度指标值，按“根据评价标准，该指标得100%权重分”计分';

/** Seed 004's indicators after the first (typed): 一级, 二级, 三级, 指标值, 实际完成值, 分值, 得分. */
const PASTED_ROWS = [
  ['产出指标', '数量指标', '新增高新技术企业数量', '', '59家', '15', '15'],
  ['', '', '举办创新创业大赛场次', '', '1次', '10', '10'],
  ['', '', '举办科技活动周场次', '', '1次', '10', '10'],
  ['', '', '选派科技特派员人数', '', '53名', '10', '10'],
  ['', '', '技术合同认定个数', '', '28个', '10', '10'],
  ['', '', '科技成果认定个数', '', '151个', '10', '10'],
  ['满意度指标', '服务对象满意度指标', '职工满意度', '', '100%', '5', '5'],
  ['', '', '企业满意度', '', '98%', '5', '5'],
];

let app: RunningApp;
let browser: Browser;
/** Why the warnings (the red flag among them) stand, written on submission. */
const EXPLANATION = '因财政资金紧张、支付困难，执行率偏低；目标已按计划完成。';
let evaluationUrl = '';

async function text(page: Page, testId: string): Promise<string> {
  return (await page.getByTestId(testId).first().textContent())?.trim() ?? '';
}

/** Opens a narrative section (a collapsed panel) and returns its text box. */
async function narrative(page: Page, label: string) {
  const header = page.getByRole('button', { name: label, exact: true });
  if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
  return page.getByLabel(label, { exact: true });
}

/** The text of a .docx body with the runs joined (Word may split "94.24" across runs). */
async function docxText(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  return xml.replace(/<w:tab\/>/g, '\t').replace(/<[^>]+>/g, '');
}

async function openEvaluation(w: WatchedPage) {
  await w.page.goto(evaluationUrl);
  await w.page.getByTestId('wb-title').waitFor();
}

beforeAll(async () => {
  app = await startApp();
  browser = await launch();
  const admin = new TestApi(app.url);
  await admin.signIn('admin', ADMIN_PASSWORD);
  const { items: orgs } = await admin.call<{ items: Org[] }>('GET', '/api/organisations');
  const unit = orgs.find((o) => o.kind === 'unit' && o.name.includes('璧山区科学技术局'));
  if (!unit) throw new Error(`seed 004 unit not among ${orgs.map((o) => o.name).join('、')}`);
  let bureau: Org | undefined = unit;
  while (bureau?.parentId) bureau = orgs.find((o) => o.id === bureau?.parentId);
  if (bureau?.kind !== 'financeBureau') throw new Error('no finance bureau above the unit');
  const department = orgs.find((o) => o.id === unit.parentId);
  if (department?.kind !== 'department') throw new Error('no department above the unit');
  await createUser(admin, PREPARER.username, PREPARER.name, 'preparer', unit.id, PREPARER.password);
  await createUser(admin, REVIEWER.username, REVIEWER.name, 'financeReviewer', bureau.id, REVIEWER.password);
  await createUser(admin, APPROVER.username, APPROVER.name, 'unitApprover', unit.id, APPROVER.password);
  await createUser(
    admin,
    DEPARTMENT.username,
    DEPARTMENT.name,
    'departmentReviewer',
    department.id,
    DEPARTMENT.password,
  );
});

/** The department reviewer passes the signed evaluation on to the finance bureau (主管部门初审). */
async function departmentPasses() {
  const dep = await openPage(browser);
  onTestFailed(() => dep.screenshot('failed-department'));
  dep.expectFailure(/\/api\/session$/);
  await signIn(dep, app.url, DEPARTMENT);
  await openEvaluation(dep);
  await takeStep(dep.page, 'approve', '审核通过');
  await expect
    .poll(() => dep.page.getByText('主管部门已初审（待财政局复审）').first().isVisible())
    .toBe(true);
  dep.assertNoConsoleErrors();
  await dep.page.context().close();
}

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('unit preparer → unit approver → department → finance reviewer', () => {
  it('shows the sign-in page without loading the chart library', async () => {
    const w = await openPage(browser);
    w.expectFailure(/\/api\/session$/);
    await w.page.goto(`${app.url}/`);
    await w.page.waitForURL(/\/signin$/);
    await expect.poll(() => w.page.getByRole('button', { name: '登录' }).isVisible()).toBe(true);
    await w.screenshot('01-sign-in');
    expect(w.requests.filter((u) => /echarts|zrender/i.test(u))).toEqual([]);
    // English is one click away and stays chosen; Chinese is the default.
    await w.page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => w.page.getByRole('button', { name: 'Sign in' }).isVisible()).toBe(true);
    await w.page.reload();
    await expect.poll(() => w.page.getByRole('button', { name: 'Sign in' }).isVisible()).toBe(true);
    await w.page.getByRole('button', { name: 'Chinese' }).click();
    await expect.poll(() => w.page.getByRole('button', { name: '登录' }).isVisible()).toBe(true);
    w.assertNoConsoleErrors();
    await w.page.context().close();
  });

  it('lets the preparer create a 部门整体 evaluation and enter seed 004 with live scoring', async () => {
    const w = await openPage(browser);
    onTestFailed(() => w.screenshot('failed-preparer-entry'));
    w.expectFailure(/\/api\/session$/);
    const { page } = w;
    await signIn(w, app.url, PREPARER);
    await expect.poll(() => page.getByText('我的草稿').isVisible()).toBe(true);
    await w.screenshot('02-home-preparer');

    await page.getByRole('button', { name: '新建自评' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('部门（单位）整体支出').click();
    await dialog.getByLabel('预算年度').fill('2022');
    await dialog.getByLabel('单位名称').fill('重庆市璧山区科学技术局');
    await dialog.getByLabel('评分规则集').click();
    const ruleSetOption = page.locator('.ant-select-item-option[title="重庆市部门（单位）整体支出绩效自评"]');
    await ruleSetOption.click();
    // Under load antd can miss a click made while its dropdown is still opening, and the open dropdown then
    // covers 创建: click the option again until the dropdown has closed on the choice.
    await expect
      .poll(async () => {
        if (await ruleSetOption.isVisible())
          await ruleSetOption.click({ timeout: 1000 }).catch(() => undefined);
        return ruleSetOption.isVisible();
      })
      .toBe(false);
    await dialog.getByRole('button', { name: '创建' }).click();
    await page.getByTestId('wb-title').waitFor();
    evaluationUrl = page.url();

    // 资金情况, typed.
    await page.getByLabel('年度资金总额 年初预算数').fill('2931.88');
    await page.getByLabel('年度资金总额 全年预算数').fill('2851.19');
    await page.getByLabel('年度资金总额 全年执行数').fill('1209.56');
    await expect.poll(() => text(page, 'live-rate')).toBe('42.42%');
    expect(await text(page, 'live-execution-score')).toBe('4.24');

    // First indicator typed row by row.
    await page.getByRole('button', { name: '添加指标' }).click();
    await page.getByLabel('一级指标 1').fill('产出指标');
    await page.getByLabel('二级指标 1').fill('数量指标');
    await page.getByLabel('三级指标 1').fill('新增科技型企业数量');
    await page.getByLabel('分值 1').fill('15');
    await page.getByLabel('实际完成值 1').fill('171');
    await page.getByLabel('单位 1').fill('家');

    // Weights not adding up to the rule set's 90 indicator points show at once.
    await expect
      .poll(() => page.getByTestId('weight-mismatch').textContent())
      .toContain('指标分值合计 15 分，应为 90 分');

    // The other eight pasted as Excel copies them (tab-separated).
    await page.getByRole('button', { name: '从 Excel 粘贴' }).click();
    await page.getByTestId('paste-area').fill(PASTED_ROWS.map((r) => r.join('\t')).join('\n'));
    await expect.poll(() => page.getByText('识别出 8 行指标').isVisible()).toBe(true);
    await page.getByRole('button', { name: '追加到表格末尾' }).click();
    await expect.poll(() => page.getByLabel(/^三级指标 \d+$/).count()).toBe(9);

    // No targets in the seed: each score is entered as stated, with its basis.
    for (let row = 1; row <= 9; row++) {
      await page.getByRole('button', { name: `按说明计分 第 ${row} 行` }).click();
      const score = page.getByLabel('得分', { exact: true }).last();
      if ((await score.inputValue()) === '') await score.fill('15');
      await page.getByLabel('计分依据').last().fill(BASIS);
      await page.keyboard.press('Escape');
      await expect.poll(() => page.locator('.ant-popover:not(.ant-popover-hidden)').count()).toBe(0);
    }
    await expect.poll(() => text(page, 'live-total')).toBe('94.24');
    expect(await text(page, 'live-grade')).toBe('优');
    expect(await text(page, 'live-rate')).toBe('42.42%');
    expect(await text(page, 'live-execution-score')).toBe('4.24');
    await expect.poll(() => page.locator('[data-code="flag.red"]').count()).toBe(1);
    expect(await page.getByTestId('weight-mismatch').count()).toBe(0);
    await w.screenshot('03-workbench-live-score');
    // A finding links to the place it concerns and highlights it.
    await page.locator('[data-code="flag.red"]').getByRole('button', { name: /定位/ }).click();
    await expect.poll(() => page.locator('[data-path="indicators"].jx-highlight').count()).toBe(1);

    await page.getByTestId('save').click();
    await expect.poll(() => page.getByText('已保存').first().isVisible()).toBe(true);
    await page.locator('#wb-indicators').scrollIntoViewIfNeeded();
    await w.screenshot('04-workbench-indicators');

    // The report preview is built from the same document model as the .docx.
    await page.getByRole('button', { name: '预览报告' }).click();
    await expect.poll(() => page.getByTestId('report-preview').textContent()).toContain('94.24');
    await page.waitForTimeout(500); // let the drawer finish sliding in, for the screenshot only
    await w.screenshot('04b-report-preview');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('report-preview').isVisible()).toBe(false);

    // The official 自评表 downloaded from the page carries the same figures (read back with the engine's reader).
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('download-xlsx').click(),
    ]);
    const file = await download.path();
    const bytes = new Uint8Array(readFileSync(file));
    const sheet = await readEvaluationBytes(bytes, download.suggestedFilename());
    expect(sheet.funds.total).toMatchObject({
      initialBudget: '2931.88',
      adjustedBudget: '2851.19',
      executed: '1209.56',
    });
    expect(sheet.indicators.map((i) => [i.name, i.weight, i.score])).toContainEqual(['企业满意度', '5', '5']);
    // The figures printed on the visible form, read without the hidden data sheet (which gives back the
    // evaluation as entered, with nothing stated).
    const [form] = await xlsxToGrids(bytes, download.suggestedFilename());
    if (!form) throw new Error('the 自评表 has no sheet');
    expect(readEvaluationGrid(form).stated).toMatchObject({
      executionRate: '42.42',
      executionScore: '4.24',
      totalScore: '94.24',
      grade: '优',
    });

    // The 自评报告 (.docx) from the same page: its body states the same figures.
    const [report] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('download-docx').click(),
    ]);
    expect(report.suggestedFilename()).toMatch(/\.docx$/);
    const body = await docxText(new Uint8Array(readFileSync(await report.path())));
    for (const figure of ['42.42%', '4.24', '94.24', '优', '1209.56', '2851.19'])
      expect(body).toContain(figure);
    w.assertNoConsoleErrors();
    await page.context().close();
  });

  it('merges a stale save with what another tab saved, and warns before leaving unsaved work', async () => {
    const a = await openPage(browser);
    const b = await openPage(browser);
    onTestFailed(() => b.screenshot('failed-conflict'));
    for (const w of [a, b]) {
      w.expectFailure(/\/api\/session$/);
      w.expectFailure(/\/api\/evaluations\/[0-9a-f-]+$/);
      await signIn(w, app.url, PREPARER);
      await openEvaluation(w);
    }
    await (await narrative(a.page, '存在的问题及原因分析')).fill('科技服务水平有待提高。');
    await a.page.getByTestId('save').click();
    await expect.poll(() => a.page.getByTestId('dirty').count()).toBe(0);

    await (await narrative(b.page, '有关建议')).fill('强化川渝地区合作交流。');
    await b.page.getByTestId('save').click();
    // Different fields: merged without asking (never-lose-work.e2e.ts asks about a true conflict).
    await expect.poll(() => b.page.getByText('已保存，并已合并另一处保存的修改').isVisible()).toBe(true);
    await expect.poll(() => b.page.getByTestId('dirty').count()).toBe(0);
    expect(await (await narrative(b.page, '存在的问题及原因分析')).inputValue()).toBe(
      '科技服务水平有待提高。',
    );
    // Leaving with unsaved changes asks first; staying keeps what was typed.
    await (await narrative(b.page, '有关建议')).fill('强化川渝地区合作交流。加大科技特派员宣传培训力度。');
    await b.page.getByRole('link', { name: '我的工作台' }).click();
    const leave = b.page.getByRole('dialog', { name: '有尚未保存的修改，离开后将丢失。确定离开吗？' });
    await leave.waitFor();
    await leave.getByRole('button', { name: '取消' }).click();
    expect(await (await narrative(b.page, '有关建议')).inputValue()).toBe(
      '强化川渝地区合作交流。加大科技特派员宣传培训力度。',
    );
    await (await narrative(b.page, '有关建议')).fill('强化川渝地区合作交流。');
    await expect.poll(() => b.page.getByTestId('dirty').count()).toBe(0);
    await b.page.reload();
    await b.page.getByTestId('wb-title').waitFor();
    expect(await (await narrative(b.page, '有关建议')).inputValue()).toBe('强化川渝地区合作交流。');
    a.assertNoConsoleErrors();
    b.assertNoConsoleErrors();
    await a.page.context().close();
    await b.page.context().close();
  });

  it('submits with warnings acknowledged; signed off, returned with comments, fixed, signed and approved', async () => {
    const prep = await openPage(browser);
    onTestFailed(() => prep.screenshot('failed-submit'));
    prep.expectFailure(/\/api\/session$/);
    await signIn(prep, app.url, PREPARER);
    await openEvaluation(prep);
    await submitWithNotes(prep.page, EXPLANATION, { warned: true });
    expect(await prep.page.getByText('只读：已提交，等待审核').isVisible()).toBe(true);
    prep.assertNoConsoleErrors();

    // The unit approver signs it off (单位签批); only then does it reach the finance bureau.
    const appr = await openPage(browser);
    onTestFailed(() => appr.screenshot('failed-sign'));
    appr.expectFailure(/\/api\/session$/);
    await signIn(appr, app.url, APPROVER);
    await expect
      .poll(() => appr.page.getByTestId('home-review').getByText('重庆市璧山区科学技术局').count())
      .toBeGreaterThan(0);
    await openEvaluation(appr);
    expect(await appr.page.getByTestId('approve').count()).toBe(0);
    await takeStep(appr.page, 'sign', '单位签批');
    await expect.poll(() => appr.page.getByText('单位已签批（待审核）').first().isVisible()).toBe(true);
    appr.assertNoConsoleErrors();
    await departmentPasses();

    const rev = await openPage(browser);
    onTestFailed(() => rev.screenshot('failed-review'));
    rev.expectFailure(/\/api\/session$/);
    await signIn(rev, app.url, REVIEWER);
    await expect
      .poll(() => rev.page.getByTestId('home-review').getByText('重庆市璧山区科学技术局').count())
      .toBeGreaterThan(0);
    await rev.page.getByRole('link', { name: '审核队列' }).click();
    await expect.poll(() => rev.page.getByRole('row').count()).toBeGreaterThan(1);
    await expect.poll(() => rev.page.locator('.ant-spin-spinning').count()).toBe(0);
    await expect
      .poll(() => rev.page.getByRole('row', { name: /重庆市璧山区科学技术局.*94\.24.*优.*42\.42%/ }).count())
      .toBe(1);
    await rev.screenshot('06-review-queue');
    await rev.page.goto(evaluationUrl);
    await rev.page.getByTestId('wb-title').waitFor();
    await expect.poll(() => rev.page.locator('[data-code="flag.red"]').count()).toBe(1);
    expect(await rev.page.getByTestId('save').count()).toBe(0);
    // A comment on one field (the funds' 全年执行数), shown beside the funds for everyone.
    await rev.page.getByTestId('comment-add-funds').click();
    const commentDialog = rev.page.getByRole('dialog', { name: '添加意见' });
    await commentDialog.getByTestId('comment-path').click();
    await rev.page.getByTitle('年度资金总额 全年执行数').click();
    await commentDialog.getByTestId('comment-text').fill(FIELD_COMMENT);
    await commentDialog.getByTestId('comment-confirm').click();
    await expect
      .poll(() => rev.page.locator('#wb-funds').getByTestId('field-comment').textContent())
      .toContain(FIELD_COMMENT);
    await rev.screenshot('07-review-read-only');
    await takeStep(rev.page, 'return', '退回修改', RETURN_REASON);
    await expect.poll(() => rev.page.getByText('已退回').first().isVisible()).toBe(true);
    rev.assertNoConsoleErrors();

    // The preparer sees it returned with the reason and the field comment, fixes it and submits again.
    await prep.page.goto(`${app.url}/`);
    await expect
      .poll(() => prep.page.getByTestId('home-returned').getByText('重庆市璧山区科学技术局').count())
      .toBeGreaterThan(0);
    await openEvaluation(prep);
    await expect.poll(() => prep.page.getByTestId('return-notice').textContent()).toContain(RETURN_REASON);
    expect(await prep.page.getByTestId('return-notice').textContent()).toContain(REVIEWER.name);
    expect(await prep.page.locator('#wb-funds').getByTestId('field-comment').textContent()).toContain(
      `${FIELD_COMMENT}`,
    );
    await prep.screenshot('07b-returned-with-comments');
    await (await narrative(prep.page, '存在的问题及原因分析')).fill(
      '因财政资金紧张，支付困难，预算执行率仅 42.42%；未执行部分已按规定结转下年。',
    );
    await prep.page.getByTestId('save').click();
    await expect.poll(() => prep.page.getByTestId('dirty').count()).toBe(0);
    await submitWithNotes(prep.page, EXPLANATION, { warned: true });
    prep.assertNoConsoleErrors();

    // Signed off again, then the finance reviewer approves: approved means locked, for everyone.
    await openEvaluation(appr);
    await takeStep(appr.page, 'sign', '单位签批');
    await departmentPasses();
    await openEvaluation(rev);
    await takeStep(rev.page, 'approve', '审核通过');
    await expect.poll(() => rev.page.getByText('已通过审核，已锁定').isVisible()).toBe(true);

    for (const w of [prep, appr, rev]) {
      await openEvaluation(w);
      await expect.poll(() => w.page.getByText('已通过审核，已锁定').isVisible()).toBe(true);
      for (const action of ['save', 'submit', 'sign', 'approve', 'return', 'comment-add-funds'])
        expect(await w.page.getByTestId(action).count()).toBe(0);
      expect(await w.page.getByLabel('年度资金总额 全年执行数').getAttribute('readonly')).not.toBeNull();
    }

    // The history: every state with who did it, the return reason and the field comment by name.
    await prep.page.getByTestId('history-open').click();
    const history = prep.page.getByTestId('history');
    await expect.poll(() => history.isVisible()).toBe(true);
    const log = (await history.textContent()) ?? '';
    expect(log).toContain(`${REVIEWER.name} 退回修改`);
    expect(log).toContain(RETURN_REASON);
    expect(log).toContain(`${REVIEWER.name} 添加意见`);
    expect(log).toContain(FIELD_COMMENT);
    expect(log).toContain(`${APPROVER.name} 单位签批`);
    expect(log).toContain(`${DEPARTMENT.name} 审核通过`);
    expect(log).toContain(`${REVIEWER.name} 审核通过`);
    expect(log).toContain(`${PREPARER.name} 提交审核`);
    await prep.screenshot('08-approved-history');
    for (const w of [prep, rev, appr]) {
      w.assertNoConsoleErrors();
      await w.page.context().close();
    }
  });

  it('shows the bureau overview with its charts', async () => {
    const w = await openPage(browser);
    onTestFailed(() => w.screenshot('failed-overview'));
    w.expectFailure(/\/api\/session$/);
    await signIn(w, app.url, REVIEWER);
    await w.page.getByRole('link', { name: '全局总览' }).click();
    await w.page.getByLabel('年度').fill('2022');
    await w.page.getByLabel('年度').press('Enter');
    await expect.poll(() => w.page.locator('canvas').count()).toBeGreaterThanOrEqual(4);
    await w.screenshot('09-overview');
    expect(w.requests.some((u) => /echarts/i.test(u))).toBe(true);
    // The table exported as .xlsx (GET /api/reports/overview.xlsx) lists the unit with its score.
    const [download] = await Promise.all([
      w.page.waitForEvent('download'),
      w.page.getByTestId('overview-export').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const zip = await JSZip.loadAsync(readFileSync(await download.path()));
    const parts = await Promise.all(
      Object.keys(zip.files)
        .filter((n) => /^xl\/(sharedStrings|worksheets\/sheet\d+)\.xml$/.test(n))
        .map((n) => zip.file(n)?.async('string') ?? ''),
    );
    const cells = parts.join('\n');
    expect(cells).toContain('重庆市璧山区科学技术局');
    expect(cells).toContain('94.24');
    w.assertNoConsoleErrors();
    await w.page.context().close();
  });
});

describe('import', () => {
  it("imports seed 001 from the official .xlsx and shows the engine's score", async () => {
    const seed = parseEvaluation(
      JSON.parse(readFileSync(join(import.meta.dirname, '../../../examples/seeds/seed-001.json'), 'utf8')),
    );
    const ruleSet = getRuleSet(seed.ruleSet);
    const bytes = await writeSelfEvaluationXlsx(seed, evaluate(seed, ruleSet).result, ruleSet);
    const path = join(tmpdir(), `seed-001-${process.pid}.xlsx`);
    writeFileSync(path, bytes);
    // What the server's reader makes of the file is what the page must show.
    const read = await readEvaluationBytes(new Uint8Array(bytes), 'seed-001.xlsx');
    const expected = evaluate(read, getRuleSet(read.ruleSet)).result;

    const w = await openPage(browser);
    onTestFailed(() => w.screenshot('failed-import'));
    w.expectFailure(/\/api\/session$/);
    await signIn(w, app.url, PREPARER);
    await w.page.getByRole('button', { name: '导入自评表' }).click();
    await w.page.locator('input[type=file]').setInputFiles(path);
    // Seed 001 is 西城区科协's sheet, imported into 璧山区科学技术局: the difference is confirmed (import-check.e2e.ts).
    await w.page.getByTestId('import-confirm').click();
    await w.page.getByTestId('wb-title').waitFor();
    await expect.poll(() => text(w.page, 'live-total')).toBe(expected.totalScore.toFixed(2));
    expect(await text(w.page, 'live-grade')).toBe(expected.grade?.label);
    expect(await w.page.getByLabel('单位名称').inputValue()).toBe(read.unit.name);
    await w.screenshot('10-imported-seed-001');

    // Rows copied from Excel can also be pasted straight into any cell of the grid: they go in below it.
    const names = w.page.getByLabel(/^三级指标 \d+$/);
    const before = await names.count();
    await names.first().evaluate((input) => {
      const data = new DataTransfer();
      data.setData('text/plain', '产出指标\t质量指标\t培训合格率\t≥95%\t97%\t5\t5\n');
      input.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    });
    await expect.poll(() => names.count()).toBe(before + 1);
    expect(await w.page.getByLabel('三级指标 2', { exact: true }).inputValue()).toBe('培训合格率');
    expect(await w.page.getByLabel('年度指标值 2', { exact: true }).inputValue()).toBe('95');
    w.assertNoConsoleErrors();
    await w.page.context().close();
  });
});
