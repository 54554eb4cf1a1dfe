import { describe, expect, it } from 'vitest';
import { JixiaoError } from '../errors';
import { parseMonitoring } from './parse';

const valid = {
  kind: 'project',
  fiscalYear: 2026,
  unit: { name: '某区科学技术协会' },
  project: { name: '科普惠民工程' },
  funds: { total: { budget: '100', executed: '30' } },
  indicators: [{ level1: '产出指标', name: '培训人次', target: { comparator: '>=', value: '120' } }],
};

function issuesOf(input: unknown, file?: string) {
  try {
    parseMonitoring(input, file ? { file } : {});
  } catch (error) {
    if (error instanceof JixiaoError) return error;
  }
  throw new Error('parseMonitoring accepted the input');
}

describe('parseMonitoring', () => {
  it('fills the defaults of a valid report (format, round 1, empty progress)', () => {
    const report = parseMonitoring(valid);
    expect(report).toMatchObject({
      format: 'jixiao.monitoring',
      round: 1,
      ruleSet: 'mof-2020',
      amountUnit: 'wanYuan',
    });
    expect(report.indicators[0]?.progress).toEqual({});
  });

  it('names the row and the field of a bad likelihood in Chinese, with the file', () => {
    const input = { ...valid, indicators: [{ ...valid.indicators[0], likelihood: 'maybe' }] };
    const error = issuesOf(input, 'a.json');
    expect(error.localized.zh).toBe('文件「a.json」中的监控数据有 1 处问题');
    expect(error.issues[0]?.location).toMatchObject({
      path: 'indicators[0].likelihood',
      file: 'a.json',
      label: { zh: '绩效指标第 1 行（培训人次）「完成目标可能性」' },
    });
  });

  it('names an amount that is not a number under 项目资金', () => {
    const error = issuesOf({ ...valid, funds: { total: { budget: '一百' } } });
    expect(error.issues[0]?.location?.label?.zh).toBe('项目资金·年度资金总额「年初预算数」');
    expect(error.issues[0]?.message.text.zh).toBe('须填写数字，例如 1209.56');
  });

  it('refuses a project form without a project name', () => {
    const { project: _, ...withoutProject } = valid;
    const error = issuesOf(withoutProject);
    expect(error.issues[0]?.message.text.zh).toBe('项目支出绩效目标执行监控表必须填写项目名称');
  });
});
