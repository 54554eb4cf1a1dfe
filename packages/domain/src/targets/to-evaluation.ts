import { domainMessage } from '../messages';
import type { EvaluationInput, FundsRow } from '../model/evaluation';
import type { MonitoringReport } from '../model/monitoring';
import { type DeclaredFunds, type TargetDeclaration, targetInForce } from '../model/target-declaration';

/** A declared amount as the evaluation's 年初预算数 and 全年预算数 (the same until the budget changes). */
function budgetRow(amount: string | undefined, adjusted?: string): FundsRow | undefined {
  if (amount === undefined && adjusted === undefined) return undefined;
  return {
    ...(amount !== undefined ? { initialBudget: amount } : {}),
    ...((adjusted ?? amount) !== undefined ? { adjustedBudget: adjusted ?? amount } : {}),
  };
}

function fundsOf(annual: DeclaredFunds, monitoring: MonitoringReport | undefined): EvaluationInput['funds'] {
  const fiscal = budgetRow(annual.fiscalAppropriation, monitoring?.funds.fiscalAppropriation?.budget);
  const other = budgetRow(annual.otherFunds, monitoring?.funds.otherFunds?.budget);
  return {
    total: budgetRow(annual.total, monitoring?.funds.total.budget) ?? {},
    ...(fiscal ? { fiscalAppropriation: fiscal } : {}),
    ...(other ? { otherFunds: other } : {}),
  };
}

/**
 * The self-evaluation a declaration starts, so nothing is typed twice: identity, the year's budget
 * (年度资金 → 年初预算数 and 全年预算数), the 年度目标 as the expected goal, and every indicator with its
 * 一级/二级/三级, 分值 and the target in force (`targetInForce`: the adjusted one once approved). An
 * indicator's `id` is carried over so compareWithDeclaration can match the rows later.
 *
 * A monitoring report, when given, brings only what is still true at year end: its 全年预算数 (a budget
 * changed during the year) becomes 全年预算数. Its 1–7月 progress and 全年预计完成 are forecasts, not
 * results: they prefill no 实际完成值 (the preparer enters the year's actual), and the evaluation's
 * source note says which monitoring round it was read beside.
 */
export function evaluationFromDeclaration(
  declaration: TargetDeclaration,
  monitoring?: MonitoringReport,
): EvaluationInput {
  const { unit, project } = declaration;
  const source = monitoring
    ? domainMessage('declaration.evaluationSourceWithMonitoring', {
        year: declaration.fiscalYear,
        month: monitoring.throughMonth ?? 0,
      })
    : domainMessage('declaration.evaluationSource', { year: declaration.fiscalYear });
  return {
    kind: declaration.kind,
    fiscalYear: declaration.fiscalYear,
    ruleSet: declaration.ruleSet,
    amountUnit: declaration.amountUnit,
    unit: {
      name: unit.name,
      ...(unit.code !== undefined ? { code: unit.code } : {}),
      ...(unit.department !== undefined ? { department: unit.department } : {}),
      ...(unit.region !== undefined ? { region: unit.region } : {}),
    },
    ...(project
      ? {
          project: {
            name: project.name,
            ...(project.code !== undefined ? { code: project.code } : {}),
            ...(project.implementingUnit !== undefined ? { implementingUnit: project.implementingUnit } : {}),
          },
        }
      : {}),
    funds: fundsOf(declaration.funds.annual, monitoring),
    goals: declaration.goals.annual?.trim() ? [{ expected: declaration.goals.annual }] : [],
    indicators: declaration.indicators.map((indicator) => ({
      ...(indicator.id !== undefined ? { id: indicator.id } : {}),
      level1: indicator.level1,
      ...(indicator.level2 !== undefined ? { level2: indicator.level2 } : {}),
      name: indicator.name,
      weight: indicator.weight,
      target: { ...targetInForce(indicator) },
    })),
    meta: { source: source.text.zh },
  };
}
