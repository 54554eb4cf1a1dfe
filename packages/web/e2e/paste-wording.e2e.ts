import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { adminSession, createUser } from './support/api-client';
import { ADMIN_PASSWORD, type RunningApp, startApp } from './support/app-server';
import { launch, openPage, signIn } from './support/browser';

/**
 * Issue 9: rows pasted from Excel into the workbench's indicator grid read their official wording as the
 * sheet reader does (`jixiao convert` of the same targets gives the same readings, see the CLI's
 * convert-wording test): "3天以内" is ≤ 3 天, "不小于95%" ≥ 95 %, "50个以上" ≥ 50 个, "≧100%" ≥ 100 %,
 * "═100%" = 100 %, and "效果明显" stays 定性.
 */
const PREPARER = { username: 'paste-tianbao', password: 'Preparer-Pass-2026', name: '粘贴填报人' };

/** 一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分 — and the comparator, value and unit the grid must show. */
const ROWS: ReadonlyArray<readonly [string[], string, string, string]> = [
  [['产出指标', '时效指标', '办结时限', '3天以内', '2天', '20', '20'], '≤', '3', '天'],
  [['', '质量指标', '验收合格率', '不小于95%', '96%', '20', '20'], '≥', '95', '%'],
  [['', '数量指标', '培训场次', '50个以上', '52个', '20', '20'], '≥', '50', '个'],
  [['', '', '覆盖率', '≧100%', '100%', '15', '15'], '≥', '100', '%'],
  [['效益指标', '社会效益指标', '发放率', '═100%', '100%', '15', '15'], '=', '100', '%'],
];

let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  app = await startApp();
  browser = await launch();
  const { admin, orgs } = await adminSession(app.url, ADMIN_PASSWORD);
  const unit = orgs.find((o) => o.kind === 'unit');
  if (!unit) throw new Error('the demo data has no unit');
  await createUser(admin, PREPARER.username, PREPARER.name, 'preparer', unit.id, PREPARER.password);
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('pasting official target wording into the indicator grid', () => {
  it('shows the comparators and units the sheet reader reads', async () => {
    const w = await openPage(browser);
    onTestFailed(() => w.screenshot('failed-paste-wording'));
    w.expectFailure(/\/api\/session$/);
    const { page } = w;
    await signIn(w, app.url, PREPARER);

    await page.getByRole('button', { name: '新建自评' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('项目支出', { exact: true }).click();
    await dialog.getByLabel('预算年度').fill('2023');
    await dialog.getByLabel('单位名称').fill('某县政务服务中心');
    await dialog.getByLabel('项目名称').fill('政务服务能力提升项目');
    await dialog.getByRole('button', { name: '创建' }).click();
    await page.getByTestId('wb-title').waitFor();

    await page.getByRole('button', { name: '从 Excel 粘贴' }).click();
    await page.getByTestId('paste-area').fill(ROWS.map(([cells]) => cells.join('\t')).join('\n'));
    await expect.poll(() => page.getByText(`识别出 ${ROWS.length} 行指标`).isVisible()).toBe(true);
    await page.getByRole('button', { name: '追加到表格末尾' }).click();
    await expect.poll(() => page.getByLabel(/^三级指标 \d+$/).count()).toBe(ROWS.length);

    const shown = [];
    for (let i = 0; i < ROWS.length; i++) {
      const comparator = page.locator(`[data-path="indicators[${i}].target.comparator"]`);
      shown.push([
        (await comparator.textContent())?.trim(),
        await page.getByLabel(`年度指标值 ${i + 1}`, { exact: true }).inputValue(),
        await page.getByLabel(`单位 ${i + 1}`, { exact: true }).inputValue(),
      ]);
    }
    expect(shown).toEqual(ROWS.map(([, comparator, value, unit]) => [comparator, value, unit]));
    await w.screenshot('paste-wording');
    w.assertNoConsoleErrors();
    await w.page.context().close();
  });
});
