import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { adminSession, createUser, TestApi } from './support/api-client';
import { ADMIN_PASSWORD, type RunningApp, startApp } from './support/app-server';
import { launch, openPage, signIn, type WatchedPage } from './support/browser';

/**
 * Issue 16, "never lose work": the same preparer in two tabs saves different parts of one evaluation
 * and neither undoes the other (a 409 is merged three ways); only a field both tabs changed differently
 * is asked, naming the other tab as the same user's; a tab closed mid-edit gives its draft back when the
 * evaluation is opened again; Ctrl+S saves; closing with unsaved changes warns.
 */
const PREPARER = { username: 'never-lose', password: 'Preparer-Pass-2026', name: '周填报' };

interface Stored {
  version: number;
  evaluation: {
    funds: { total: Record<string, string> };
    indicators: { id?: string; name: string; weight: string; actual?: { value?: string } }[];
    narrative: Record<string, string>;
  };
}

let app: RunningApp;
let browser: Browser;
let preparer: TestApi;
let evaluationUrl: string;
let evaluationId: string;

beforeAll(async () => {
  app = await startApp();
  browser = await launch();
  const { admin, orgs } = await adminSession(app.url, ADMIN_PASSWORD);
  const unit = orgs.find((o) => o.kind === 'unit');
  if (!unit) throw new Error('the demo data has no unit');
  await createUser(admin, PREPARER.username, PREPARER.name, 'preparer', unit.id, PREPARER.password);
  preparer = new TestApi(app.url);
  await preparer.signIn(PREPARER.username, PREPARER.password);
  // Rows without ids, as an imported sheet gives them: both tabs must still match them row by row.
  const created = await preparer.call<{ id: string }>('POST', `/api/organisations/${unit.id}/evaluations`, {
    evaluation: {
      kind: 'project',
      fiscalYear: 2024,
      ruleSet: 'mof-2020',
      unit: { name: unit.name },
      project: { name: '科技创新券项目' },
      funds: { total: { adjustedBudget: '200', executed: '150' } },
      goals: [{ expected: '支持中小企业研发' }],
      indicators: [
        {
          level1: '产出指标',
          level2: '数量指标',
          name: '发放创新券企业数',
          weight: '50',
          target: { comparator: '>=', value: '100', unit: '家' },
          actual: { value: '90' },
        },
        {
          level1: '效益指标',
          level2: '社会效益指标',
          name: '企业研发投入增长率',
          weight: '40',
          target: { comparator: '>=', value: '10', unit: '%' },
          actual: { value: '12' },
        },
      ],
      narrative: { problems: '宣传不足' },
    },
  });
  evaluationId = created.id;
  evaluationUrl = `${app.url}/evaluations/${created.id}`;
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

const stored = () => preparer.call<Stored>('GET', `/api/evaluations/${evaluationId}`);

async function open(w: WatchedPage) {
  w.expectFailure(/\/api\/session$/);
  // The stale save's 409 is logged by the browser as a failed request: it is the case under test.
  w.expectFailure(/\/api\/evaluations\/[0-9a-f-]+$/);
  await signIn(w, app.url, PREPARER);
  await w.page.goto(evaluationUrl);
  await w.page.getByTestId('wb-title').waitFor();
}

async function narrative(page: Page, label: string) {
  const header = page.getByRole('button', { name: label, exact: true });
  if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
  return page.getByLabel(label, { exact: true });
}

/** How many drafts this browser profile keeps for unsaved work (read from IndexedDB as the app writes it). */
function localDraftCount(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const req = indexedDB.open('jixiao-drafts');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          if (!db.objectStoreNames.contains('drafts')) return resolve(0);
          const count = db.transaction('drafts').objectStore('drafts').count();
          count.onsuccess = () => resolve(count.result);
          count.onerror = () => reject(count.error);
        };
      }),
  );
}

async function saved(page: Page, how: 'button' | 'keys' = 'button') {
  if (how === 'keys') await page.keyboard.press('Control+s');
  else await page.getByTestId('save').click();
  await expect.poll(() => page.getByTestId('dirty').count()).toBe(0);
}

describe('two tabs of the same user, and a tab closed mid-edit', () => {
  let a: WatchedPage;
  let b: WatchedPage;

  it('keeps a 三级指标 saved in one tab when the other saves two other fields', async () => {
    a = await openPage(browser);
    b = await openPage(browser);
    onTestFailed(() => b.screenshot('failed-never-lose-merge'));
    await open(a);
    await open(b);

    await a.page.getByRole('button', { name: '添加指标' }).click();
    await a.page.getByLabel('三级指标 3', { exact: true }).fill('新增专利申请数');
    await a.page.getByLabel('分值 3', { exact: true }).fill('10');
    await saved(a.page);

    await b.page.getByLabel('年度资金总额 全年执行数').fill('180');
    await b.page.getByLabel('实际完成值 1', { exact: true }).fill('95');
    await saved(b.page);
    await expect.poll(() => b.page.getByText('已保存，并已合并另一处保存的修改').isVisible()).toBe(true);
    // Tab B now shows tab A's row too.
    expect(await b.page.getByLabel('三级指标 3', { exact: true }).inputValue()).toBe('新增专利申请数');

    const s = await stored();
    expect(s.evaluation.funds.total.executed).toBe('180');
    expect(s.evaluation.indicators.map((r) => [r.name, r.weight, r.actual?.value])).toEqual([
      ['发放创新券企业数', '50', '95'],
      ['企业研发投入增长率', '40', '12'],
      ['新增专利申请数', '10', undefined],
    ]);
    a.assertNoConsoleErrors();
    b.assertNoConsoleErrors();
  });

  it('asks only about the one field both tabs changed, naming the other tab as the same user’s', async () => {
    onTestFailed(() => b.screenshot('failed-never-lose-conflict'));
    // Tab A is behind tab B's save: its change to another field merges silently.
    await a.page.getByLabel('分值 3', { exact: true }).fill('8');
    await (await narrative(a.page, '存在的问题及原因分析')).fill('宣传不足，申领流程复杂。');
    await saved(a.page);

    await (await narrative(b.page, '存在的问题及原因分析')).fill('宣传覆盖面窄。');
    await (await narrative(b.page, '有关建议')).fill('简化申领流程。');
    await b.page.getByTestId('save').click();
    const dialog = b.page.getByRole('dialog', { name: /保存冲突/ });
    await dialog.waitFor();
    await expect
      .poll(() => dialog.getByTestId('conflict-body').textContent())
      .toContain('您在另一个窗口中的修改');
    expect(await dialog.getByTestId('conflict-body').textContent()).toContain('以下 1 处两边改得不同');
    expect(await dialog.textContent()).not.toContain('他人');
    expect(await dialog.locator('tbody tr.ant-table-row').allTextContents()).toEqual([
      '存在的问题及原因分析宣传覆盖面窄。宣传不足，申领流程复杂。',
    ]);
    await b.screenshot('05-save-conflict');
    await dialog.getByTestId('conflict-theirs-narrative.problems').click();
    await dialog.getByTestId('conflict-save').click();
    await expect.poll(() => b.page.getByTestId('dirty').count()).toBe(0);

    const s = await stored();
    expect(s.evaluation.narrative).toEqual({
      problems: '宣传不足，申领流程复杂。',
      suggestions: '简化申领流程。',
    });
    expect(s.evaluation.indicators[2]?.weight).toBe('8');
    expect(s.evaluation.funds.total.executed).toBe('180');
    a.assertNoConsoleErrors();
    b.assertNoConsoleErrors();
    await a.page.context().close();
  });

  it('gives back the draft of a tab closed without saving, and saves it with Ctrl+S', async () => {
    onTestFailed(() => b.screenshot('failed-never-lose-draft'));
    const context = b.page.context();
    await (await narrative(b.page, '有关建议')).fill('简化申领流程，扩大宣传。');
    await b.page.getByLabel('实际完成值 2', { exact: true }).fill('15');
    await expect.poll(() => localDraftCount(b.page)).toBe(1);

    // Closing the tab with unsaved changes asks first.
    const asked = new Promise<string>((resolve) =>
      b.page.once('dialog', (d) => {
        resolve(d.type());
        void d.dismiss();
      }),
    );
    await b.page.close({ runBeforeUnload: true });
    expect(await asked).toBe('beforeunload');
    // The tab is gone (as after a crash): nothing was saved.
    await b.page.close();
    expect((await stored()).evaluation.narrative.suggestions).toBe('简化申领流程。');

    const page = await context.newPage();
    await page.goto(evaluationUrl);
    const offer = page.getByRole('dialog', { name: '本机有尚未保存的草稿' });
    await offer.waitFor();
    expect(await offer.getByTestId('draft-differences').locator('li').allTextContents()).toEqual([
      '绩效指标 第 2 行 实际完成值',
      '有关建议',
    ]);
    await page.screenshot({
      path: `${import.meta.dirname}/../../../artifacts/screenshots/06-draft-restore.png`,
    });
    await offer.getByTestId('draft-restore').click();
    expect(await (await narrative(page, '有关建议')).inputValue()).toBe('简化申领流程，扩大宣传。');
    expect(await page.getByLabel('实际完成值 2', { exact: true }).inputValue()).toBe('15');

    await saved(page, 'keys');
    const s = await stored();
    expect(s.evaluation.narrative.suggestions).toBe('简化申领流程，扩大宣传。');
    expect(s.evaluation.indicators[1]?.actual?.value).toBe('15');
    await expect.poll(() => localDraftCount(page)).toBe(0);

    // Opened again with nothing left unsaved: no offer.
    await page.reload();
    await page.getByTestId('wb-title').waitFor();
    await page.waitForTimeout(300);
    expect(await page.getByRole('dialog').count()).toBe(0);
    await context.close();
  });
});
