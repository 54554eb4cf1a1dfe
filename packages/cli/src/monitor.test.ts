import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseMonitoring } from '@jixiao/domain';
import { writeMonitoringXlsx } from '@jixiao/formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runInProcess } from './test-support';

/** A 1–7月 监控表: 全年预算数 100 万元, 30 executed, a ≥120个 indicator with 42 done (issue 13's acceptance case). */
const report = parseMonitoring({
  kind: 'project',
  fiscalYear: 2026,
  throughMonth: 7,
  unit: { name: '某区科普中心' },
  project: { name: '科普惠民工程' },
  funds: { total: { budget: '100', executed: '30' } },
  indicators: [
    {
      level1: '产出指标',
      level2: '数量指标',
      name: '科普活动场次',
      target: { comparator: '>=', value: '120', unit: '个' },
      progress: { value: '42' },
      deviation: { funding: '资金下达较晚' },
    },
  ],
});

let dir = '';
let sheet = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'jixiao-monitor-'));
  sheet = join(dir, '监控表.xlsx');
  await writeFile(sheet, await writeMonitoringXlsx(report));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('jixiao monitor', () => {
  it('prints 执行进度 30.00%, 时序进度 58.33%, a gap of 28.33 points and 42 of ≥120个 as 60.00% 黄灯, each explained', async () => {
    const run = await runInProcess(['monitor', sheet]);
    expect(run.code).toBe(0);
    // 7 ÷ 12 = 58.33%; 30 ÷ 100 = 30.00%; 58.33 − 30.00 = 28.33; 42 ÷ (120 ÷ 12 × 7) = 42 ÷ 70 = 60.00%.
    expect(run.stdout).toContain('时序进度：58.33%（时序进度 = 7 ÷ 12 = 58.33%）');
    expect(run.stdout).toContain('执行进度：30.00%（执行进度 = 执行数 30 ÷ 预算数 100 = 30.00%）');
    expect(run.stdout).toContain(
      '进度差：28.33 个百分点（进度差 = 时序进度 58.33% − 执行进度 30.00% = 28.33 个百分点）',
    );
    expect(run.stdout).toContain('1. 科普活动场次：60.00% 黄灯');
    expect(run.stdout).toContain('42 ÷ (120 ÷ 12 × 7) = 60.00%，60% ≤ 60.00% < 80% → 黄灯');
    // Funds: 30 ÷ (100 ÷ 12 × 7) = 51.43% < 60% → red: on the focus list.
    expect(run.stdout).toContain('重点监控：是');
    expect(run.stdout).toContain('资金执行亮红灯');
  });

  it('takes the period from --period: 1-6 gives 50.00% and 42 ÷ 60 = 70.00%', async () => {
    const run = await runInProcess(['monitor', sheet, '--period', '1-6']);
    expect(run.stdout).toContain('时序进度：50.00%');
    expect(run.stdout).toContain('42 ÷ (120 ÷ 12 × 6) = 70.00%，60% ≤ 70.00% < 80% → 黄灯');
  });

  it.each(['1-13', '1-0', '2-7', '七月'])(
    'refuses --period %s with a Chinese message and exit code 2',
    async (period) => {
      const run = await runInProcess(['monitor', sheet, '--period', period]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`监控期间「${period}」无效：应写作 1-N，N 为 1 至 12 的整数，例如 1-7`);
    },
  );

  it('prints JSON with the figures as strings, in English wording with --lang en', async () => {
    const run = await runInProcess(['--lang', 'en', 'monitor', sheet, '--json']);
    const json = JSON.parse(run.stdout) as {
      timeProgress: { value: string };
      indicators: { light: string }[];
      focus: boolean;
    };
    expect(json.timeProgress.value).toBe('58.33');
    expect(json.indicators[0]?.light).toBe('yellow');
    expect(json.focus).toBe(true);
  });

  it('converts the 监控表 to jixiao.monitoring JSON and back to .xlsx', async () => {
    const json = join(dir, 'm.json');
    const toJson = await runInProcess(['convert', sheet, '--out', json]);
    expect(toJson.code).toBe(0);
    const back = join(dir, 'back.xlsx');
    const toXlsx = await runInProcess(['convert', json, '--to', 'xlsx', '--out', back]);
    expect(toXlsx.code).toBe(0);
    const run = await runInProcess(['monitor', back]);
    expect(run.stdout).toContain('1. 科普活动场次：60.00% 黄灯');
  });
});
