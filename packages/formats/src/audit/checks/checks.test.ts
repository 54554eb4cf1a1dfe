import { getRuleSet, type RuleSet } from '@jixiao/domain';
import { describe, expect, it } from 'vitest';
import { extract } from '../extract/extraction';
import { readText } from '../read/read-text';
import { consistencyChecks } from './consistency-checks';
import { executionChecks } from './execution-checks';
import { indicatorChecks } from './indicator-checks';

const MOF = getRuleSet('mof-2020');
const read = (text: string) => extract(readText(text, 'md'));
const codes = (findings: { code: string; severity: string }[]) =>
  findings.map((f) => `${f.severity} ${f.code}`);

function variant(change: Partial<Pick<RuleSet, 'execution' | 'rounding' | 'scoring' | 'grades'>>): RuleSet {
  return { ...MOF, ...change };
}

describe('the audit recomputes the execution rate over the rule set’s denominator', () => {
  const text =
    '年初预算数为2931.88万元，全年预算数为2851.19万元，全年执行数为1209.56万元，预算执行率为42.42%。';

  it('finds nothing when the rate is 1209.56 ÷ 2851.19 = 42.42% and the rule set divides by 全年预算数', () => {
    const found = executionChecks(read(text), undefined, MOF).filter((f) => f.code.includes('rate'));
    expect(found).toEqual([]);
  });

  it('under 年初预算数 expects 1209.56 ÷ 2931.88 = 41.26%, and notes 42.42% fits the other denominator', () => {
    const rs = variant({ execution: { ...MOF.execution, denominator: 'initialBudget' } });
    const found = executionChecks(read(text), undefined, rs).filter((f) => f.code.includes('rate'));
    expect(codes(found)).toEqual(['info text.execution-rate-mismatch']);
    expect(found[0]?.expected).toBe('41.26');
    expect(found[0]?.message.zh).toContain('与按全年预算数计算的结果相符');
  });
});

describe('the audit takes the execution score from the engine’s rule', () => {
  const table = [
    '| 项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |',
    '| ---------------- | ---------- | ---------- | ---------- | ---- | ------ | ---- |',
    '| 年度资金总额     | 300.00     | 300.00     | 299.91     | 20   | 99.97% | 19   |',
  ].join('\n');
  const scoreFinding = (rs: RuleSet) =>
    indicatorChecks(read(table), undefined, rs).find((f) => f.code === 'text.execution-score');

  it('half up at 2 places: 299.91 ÷ 300 = 99.97%, 20 × 99.97% = 19.994 → 19.99, not 19', () => {
    expect(scoreFinding(MOF)).toMatchObject({ severity: 'error', expected: '19.99', actual: '19' });
  });

  it('truncated at 1 place: 19.994 → 19.9', () => {
    const rs = variant({ rounding: { mode: 'truncate', scorePlaces: 1, ratePlaces: 2 } });
    expect(scoreFinding(rs)).toMatchObject({ severity: 'error', expected: '19.9' });
  });
});

describe('the audit scores a missed target with the engine’s formula', () => {
  const table = [
    '| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |',
    '| -------- | -------- | -------- | ---------- | ---------- | ---- | ---- |',
    '| 过程     | 预算执行 | 会议费   | ≤90万元    | 100万元    | 10   | 10   |',
    '| 产出     | 职责履行 | 办结率   | 100%       | 100%       | 20   | 20   |',
    '| 效益     | 社会效益 | 覆盖率   | 100%       | 100%       | 20   | 20   |',
    '| 合计     |          |          |            |            | 50   | 50   |',
  ].join('\n');
  const missed = (rs: RuleSet) =>
    indicatorChecks(read(table), undefined, rs).find((f) => f.code === 'text.missed-target-full-marks');

  it('≤ by ratio (mof-2020): 10 × 90 ÷ 100 = 9.00', () => {
    expect(missed(MOF)?.expected).toBe('9.00');
  });

  it('≤ linear to 0 at twice the target: 10 × (1 − (100 − 90) ÷ 90) = 8.888… → 8.89', () => {
    const rs = variant({ scoring: { ...MOF.scoring, lowerIsBetter: 'linearToDouble' } });
    expect(missed(rs)?.expected).toBe('8.89');
  });
});

describe('the audit reads grades with the rule set’s bands and words', () => {
  const text = '经综合评价，本单位2023年度部门整体支出绩效自评总得分78.5分，等级为“良好”。';

  it('78.5 is 中 under [60, 80), so “良好” (an alias of 良) is flagged', () => {
    const found = consistencyChecks(read(text), undefined, MOF).filter(
      (f) => f.code === 'text.grade-mismatch',
    );
    expect(found).toMatchObject([{ severity: 'warning', expected: '中', actual: '良好' }]);
    expect(found[0]?.message.zh).toContain('优 ≥90、良 80–90、中 60–80、差 <60');
  });

  it('a rule set whose 良 starts at 75 finds nothing', () => {
    const grades = MOF.grades.map((g) => (g.key === 'good' ? { ...g, min: '75' } : g));
    const found = consistencyChecks(read(text), undefined, variant({ grades }));
    expect(found.filter((f) => f.code === 'text.grade-mismatch')).toEqual([]);
  });
});
