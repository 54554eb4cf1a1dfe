import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { adminSession, createUser, TestApi } from './support/api-client';
import { ADMIN_PASSWORD, type RunningApp, startApp } from './support/app-server';
import { launch, openPage, signIn, type WatchedPage } from './support/browser';
import { submitWithNotes, takeStep } from './support/workflow';

/**
 * Issue 16's review chain in a real Chromium against a started server: a preparer's submission passes
 * 单位负责人签字 → 主管部门初审 → 财政局复审 in order. The finance reviewer sees no approve action while the
 * department has not acted, and a direct API call is refused; the submission is withdrawn once (撤回) and
 * submitted again; the department passes it from the review queue with a batch approval; the finance
 * bureau returns it with a field comment, which the preparer answers and the finance reviewer resolves;
 * resubmitted, it passes the chain again and is approved. The history drawer tells the whole story.
 */
const PEOPLE = {
  preparer: { username: 'rc-tianbao', password: 'Preparer-Pass-2026', name: '链填报人', role: 'preparer' },
  approver: {
    username: 'rc-fuzeren',
    password: 'Approver-Pass-2026',
    name: '链单位负责人',
    role: 'unitApprover',
  },
  department: {
    username: 'rc-zhuguan',
    password: 'Department-Pass-2026',
    name: '链主管部门审核人',
    role: 'departmentReviewer',
  },
  finance: {
    username: 'rc-caizheng',
    password: 'Finance-Pass-2026',
    name: '链财政局审核人',
    role: 'financeReviewer',
  },
} as const;
type Who = keyof typeof PEOPLE;
const EVERYONE: Who[] = ['preparer', 'approver', 'department', 'finance'];

const YEAR = 2031;
const RETURN_REASON = '请补充未执行资金的结转说明。';
const FIELD_COMMENT = '全年执行数偏低，结转部分的依据是什么？';
const REPLY = '结转部分已列入下年预算，依据见决算报表附注。';

let app: RunningApp;
let browser: Browser;
let evaluationId = '';
const apis = new Map<Who, TestApi>();
/** Why each warning stands, written on submission. */
const NOTE = '资金已结转下年，目标按计划完成。';
const watched = new Map<Who, WatchedPage>();
function apiOf(who: Who): TestApi {
  const a = apis.get(who);
  if (!a) throw new Error(`${who} has no API session`);
  return a;
}
function pageOf(who: Who): WatchedPage {
  const w = watched.get(who);
  if (!w) throw new Error(`${who} has no page`);
  return w;
}

const url = () => `${app.url}/evaluations/${evaluationId}`;

async function open(who: Who): Promise<Page> {
  const { page } = pageOf(who);
  await page.goto(url());
  await page.getByTestId('wb-title').waitFor();
  return page;
}

async function statusIs(page: Page, label: string) {
  await expect.poll(() => page.getByText(label, { exact: true }).first().isVisible()).toBe(true);
}

const buttons = (page: Page) =>
  Promise.all(
    ['sign', 'approve', 'return', 'withdraw'].map(async (b) =>
      (await page.getByTestId(b).count()) ? b : '',
    ),
  ).then((xs) => xs.filter(Boolean));

beforeAll(async () => {
  app = await startApp();
  browser = await launch();
  const { admin, orgs } = await adminSession(app.url, ADMIN_PASSWORD);
  const unit = orgs.find((o) => o.kind === 'unit' && o.name.includes('璧山区科学技术局'));
  const department = orgs.find((o) => o.id === unit?.parentId);
  const bureau = orgs.find((o) => o.id === department?.parentId);
  if (!unit || department?.kind !== 'department' || bureau?.kind !== 'financeBureau')
    throw new Error('the demo data should hold seed 004’s unit with its department and bureau');
  const at: Record<Who, string> = {
    preparer: unit.id,
    approver: unit.id,
    department: department.id,
    finance: bureau.id,
  };
  for (const who of EVERYONE) {
    const p = PEOPLE[who];
    await createUser(admin, p.username, p.name, p.role, at[who], p.password);
    const a = new TestApi(app.url);
    await a.signIn(p.username, p.password);
    apis.set(who, a);
  }
  const seed: Record<string, unknown> = JSON.parse(
    readFileSync(join(import.meta.dirname, '../../../examples/seeds/seed-001.json'), 'utf8'),
  );
  const made = await apiOf('preparer').call<{ id: string }>(
    'POST',
    `/api/organisations/${unit.id}/evaluations`,
    {
      evaluation: { ...seed, fiscalYear: YEAR },
    },
  );
  evaluationId = made.id;
  for (const who of EVERYONE) {
    const w = await openPage(browser);
    w.expectFailure(/\/api\/session$/);
    await signIn(w, app.url, PEOPLE[who]);
    watched.set(who, w);
  }
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('the review chain 单位负责人 → 主管部门 → 财政局', () => {
  it('is submitted, withdrawn once by the submitter, and submitted again', async () => {
    onTestFailed(() => pageOf('preparer').screenshot('failed-chain-withdraw'));
    const page = await open('preparer');
    await submitWithNotes(page, NOTE);
    await statusIs(page, '已提交');
    expect(await buttons(page)).toEqual(['withdraw']);
    await takeStep(page, 'withdraw', '撤回');
    await statusIs(page, '草稿');
    expect(await page.getByTestId('read-only').count()).toBe(0);
    await submitWithNotes(page, NOTE);
    await pageOf('preparer').screenshot('rc-01-submitted-again');
    pageOf('preparer').assertNoConsoleErrors();
  });

  it('is signed by the unit approver, and the finance reviewer cannot act before the department', async () => {
    onTestFailed(() => pageOf('finance').screenshot('failed-chain-early'));
    const approver = await open('approver');
    expect(await buttons(approver)).toEqual(['sign', 'return']);
    await takeStep(approver, 'sign', '单位签批');
    await statusIs(approver, '单位已签批（待审核）');
    pageOf('approver').assertNoConsoleErrors();

    const finance = await open('finance');
    await statusIs(finance, '单位已签批（待审核）');
    expect(await buttons(finance)).toEqual([]);
    const record = await apiOf('finance').call<{ version: number }>(
      'GET',
      `/api/evaluations/${evaluationId}`,
    );
    const direct = apiOf('finance').call('POST', `/api/evaluations/${evaluationId}/approve`, {
      version: record.version,
    });
    await expect(direct).rejects.toThrow(/403.*现在应由主管部门审核人处理/);
    await pageOf('finance').screenshot('rc-02-finance-before-department');
    pageOf('finance').assertNoConsoleErrors();
  });

  it('is passed by the department from its review queue with a batch approval', async () => {
    onTestFailed(() => pageOf('department').screenshot('failed-chain-department'));
    const { page } = pageOf('department');
    await page.goto(`${app.url}/review`);
    const row = page.getByRole('row', { name: new RegExp(`全区科普经费项目.*${YEAR}`) });
    await expect.poll(() => row.count()).toBe(1);
    await row.getByRole('checkbox').check();
    await expect.poll(() => page.getByTestId('batch-selected').textContent()).toBe('已选 1 条');
    await page.getByTestId('batch-approve').click();
    const dialog = page.getByRole('dialog', { name: '批量审核通过' });
    await dialog.getByTestId('review-text').fill('初审同意');
    await dialog.getByTestId('review-confirm').click();
    await expect.poll(() => row.count()).toBe(0);
    await pageOf('department').screenshot('rc-03-department-batch');
    const departmentView = await open('department');
    await statusIs(departmentView, '主管部门已初审（待财政局复审）');
    expect(await buttons(departmentView)).toEqual(['withdraw']);
    pageOf('department').assertNoConsoleErrors();
  });

  it('is returned by the finance bureau with a comment that the preparer answers', async () => {
    onTestFailed(() => pageOf('finance').screenshot('failed-chain-return'));
    const finance = await open('finance');
    expect(await buttons(finance)).toEqual(['approve', 'return']);
    await finance.getByTestId('comment-add-funds').click();
    const commentDialog = finance.getByRole('dialog', { name: '添加意见' });
    await commentDialog.getByTestId('comment-text').fill(FIELD_COMMENT);
    await commentDialog.getByTestId('comment-confirm').click();
    await expect
      .poll(() => finance.locator('#wb-funds').getByTestId('field-comment').textContent())
      .toContain(FIELD_COMMENT);
    await takeStep(finance, 'return', '退回修改', RETURN_REASON);
    await statusIs(finance, '已退回');
    pageOf('finance').assertNoConsoleErrors();

    const todo = await apiOf('preparer').call<{ returned: number; comments: number }>(
      'GET',
      '/api/todo-counts',
    );
    expect(todo.returned).toBeGreaterThanOrEqual(1);
    expect(todo.comments).toBeGreaterThanOrEqual(1);

    onTestFailed(() => pageOf('preparer').screenshot('failed-chain-reply'));
    const prep = await open('preparer');
    await expect.poll(() => prep.getByTestId('return-notice').textContent()).toContain(RETURN_REASON);
    const thread = prep.locator('#wb-funds').getByTestId('field-comment');
    // The preparer neither wrote the comment nor reviews: they answer it, they do not resolve it.
    expect(await thread.getByTestId('comment-resolve').count()).toBe(0);
    await thread.getByTestId('comment-reply-open').click();
    await thread.getByTestId('comment-reply-text').fill(REPLY);
    await thread.getByTestId('comment-reply-send').click();
    await expect.poll(() => thread.getByTestId('comment-reply').textContent()).toContain(REPLY);
    await pageOf('preparer').screenshot('rc-04-comment-answered');
    await submitWithNotes(prep, NOTE);
    pageOf('preparer').assertNoConsoleErrors();
  });

  it('passes the chain again, the comment resolved by the finance reviewer, and is approved', async () => {
    onTestFailed(() => pageOf('finance').screenshot('failed-chain-approve'));
    await takeStep(await open('approver'), 'sign', '单位签批');
    const dep = await open('department');
    await takeStep(dep, 'approve', '审核通过');
    await statusIs(dep, '主管部门已初审（待财政局复审）');

    const finance = await open('finance');
    const thread = finance.locator('#wb-funds').getByTestId('field-comment');
    await expect.poll(() => thread.getByTestId('comment-reply').textContent()).toContain(REPLY);
    await thread.getByTestId('comment-resolve').click();
    await expect.poll(() => thread.getAttribute('data-resolved')).toBe('true');
    expect(await thread.getByTestId('comment-resolved').textContent()).toBe('已解决');
    await takeStep(finance, 'approve', '审核通过', '同意');
    await statusIs(finance, '已通过');
    expect(await buttons(finance)).toEqual([]);

    await finance.getByTestId('history-open').click();
    const history = finance.getByTestId('history');
    await expect.poll(() => history.isVisible()).toBe(true);
    const log = (await history.textContent()) ?? '';
    const p = (who: Who) => PEOPLE[who].name;
    for (const line of [
      `${p('preparer')} 撤回`,
      `${p('approver')} 单位签批`,
      `${p('department')} 审核通过`,
      `${p('finance')} 添加意见`,
      `${p('finance')} 退回修改`,
      `${p('preparer')} 回复意见`,
      `${p('finance')} 标记意见已解决`,
      `${p('finance')} 审核通过`,
    ])
      expect(log).toContain(line);
    expect(log).toContain(REPLY);
    // The order of the steps as the history shows them.
    const order = ['撤回', '主管部门已初审', '退回修改', '回复意见', '标记意见已解决'].map((s) =>
      log.indexOf(s),
    );
    expect(order).toEqual([...order].sort((a, b) => a - b));
    await pageOf('finance').screenshot('rc-05-approved-history');
    for (const who of EVERYONE) {
      pageOf(who).assertNoConsoleErrors();
    }
  });
});
