import { describe, expect, it } from 'vitest';
import { targetDeclarationSchema } from '../model/target-declaration';
import { monitoringFromDeclaration } from './from-declaration';
import { parseMonitoring } from './parse';

const declaration = targetDeclarationSchema.parse({
  kind: 'project',
  fiscalYear: 2026,
  unit: { name: '某区科学技术协会', department: '某区科学技术协会', departmentCode: '101' },
  project: { name: '科普惠民工程', implementingUnit: '某区科普中心' },
  funds: { annual: { total: '100', fiscalAppropriation: '80', otherFunds: '20' } },
  goals: { annual: '开展科普活动' },
  indicators: [
    {
      level1: '产出指标',
      level2: '数量指标',
      name: '培训人次',
      weight: '20',
      target: { comparator: '>=', value: '120', unit: '个' },
    },
    {
      level1: '产出指标',
      level2: '数量指标',
      name: '科普讲座',
      weight: '10',
      target: { comparator: '>=', value: '12', unit: '场' },
      adjustment: {
        target: { comparator: '>=', value: '10', unit: '场' },
        reason: '场地改造',
        approvedOn: '2026-05-01',
      },
    },
  ],
});

describe('monitoringFromDeclaration', () => {
  it('carries unit, project, budget and targets in force into a blank report for the period', () => {
    const report = parseMonitoring(monitoringFromDeclaration(declaration, 7));
    expect(report).toMatchObject({
      kind: 'project',
      throughMonth: 7,
      unit: { name: '某区科学技术协会', departmentCode: '101' },
      project: { name: '科普惠民工程', implementingUnit: '某区科普中心' },
      funds: {
        total: { budget: '100' },
        fiscalAppropriation: { budget: '80' },
        otherFunds: { budget: '20' },
      },
      goals: { annual: '开展科普活动' },
    });
    expect(report.indicators.map((i) => i.target.value)).toEqual(['120', '10']);
    expect(report.indicators[0]?.progress).toEqual({});
  });
});
