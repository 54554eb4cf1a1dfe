import type { MonitoringReportInput } from '../model/monitoring';
import { type TargetDeclaration, targetInForce } from '../model/target-declaration';

/**
 * A blank monitoring report for a declaration: the same unit, project, funds budget and indicators with
 * the 年度指标值 in force (`targetInForce`), ready for the unit to fill in the progress to date.
 */
export function monitoringFromDeclaration(
  declaration: TargetDeclaration,
  throughMonth: number,
): MonitoringReportInput {
  const { unit, project, funds } = declaration;
  const row = (budget: string | undefined) => (budget === undefined ? {} : { budget });
  return {
    format: 'jixiao.monitoring',
    schemaVersion: 1,
    kind: declaration.kind,
    fiscalYear: declaration.fiscalYear,
    ruleSet: declaration.ruleSet,
    amountUnit: declaration.amountUnit,
    throughMonth,
    round: 1,
    unit: {
      name: unit.name,
      ...(unit.code ? { code: unit.code } : {}),
      ...(unit.department ? { department: unit.department } : {}),
      ...(unit.departmentCode ? { departmentCode: unit.departmentCode } : {}),
    },
    ...(project
      ? {
          project: {
            name: project.name,
            ...(project.code ? { code: project.code } : {}),
            ...(project.implementingUnit ? { implementingUnit: project.implementingUnit } : {}),
          },
        }
      : {}),
    funds: {
      total: row(funds.annual.total),
      ...(funds.annual.fiscalAppropriation !== undefined
        ? { fiscalAppropriation: row(funds.annual.fiscalAppropriation) }
        : {}),
      ...(funds.annual.otherFunds !== undefined ? { otherFunds: row(funds.annual.otherFunds) } : {}),
    },
    goals: declaration.goals.annual ? { annual: declaration.goals.annual } : {},
    indicators: declaration.indicators.map((d) => ({
      ...(d.id ? { id: d.id } : {}),
      level1: d.level1,
      ...(d.level2 ? { level2: d.level2 } : {}),
      name: d.name,
      target: targetInForce(d),
      progress: {},
      expectedAnnual: {},
      deviation: {},
    })),
  };
}
