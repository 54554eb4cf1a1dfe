/**
 * The target-declaration functions of the domain (targets-core) this server part calls, gathered in one
 * file so the rest of `declarations/` imports them from here. Until targets-core's `[api-ready]` commit is
 * merged, the ones it has not delivered are stand-ins written against the contract; after the merge this
 * file re-exports the domain's own and holds nothing else.
 */
import {
  domainMessage,
  type Evaluation,
  type EvaluationInput,
  type Finding,
  JixiaoError,
  type MonitoringReport,
  type RuleSet,
  type TargetDeclaration,
  targetDeclarationSchema,
  targetInForce,
} from '@jixiao/domain';

export function parseDeclaration(input: unknown, _source: { file?: string } = {}): TargetDeclaration {
  const result = targetDeclarationSchema.safeParse(input);
  if (!result.success) {
    throw new JixiaoError(
      'INVALID_INPUT',
      domainMessage('evaluation.invalid', { count: result.error.issues.length }),
    );
  }
  return result.data;
}

export function checkDeclaration(_declaration: TargetDeclaration, _ruleSet: RuleSet): Finding[] {
  return [];
}

export function evaluationFromDeclaration(
  declaration: TargetDeclaration,
  _monitoring?: MonitoringReport,
): EvaluationInput {
  return {
    kind: declaration.kind,
    fiscalYear: declaration.fiscalYear,
    ruleSet: declaration.ruleSet,
    amountUnit: declaration.amountUnit,
    unit: { name: declaration.unit.name },
    ...(declaration.project ? { project: { name: declaration.project.name } } : {}),
    funds: { total: { adjustedBudget: declaration.funds.annual.total } },
    indicators: declaration.indicators.map((i) => ({
      level1: i.level1,
      level2: i.level2,
      name: i.name,
      weight: i.weight,
      target: targetInForce(i),
    })),
  };
}

export function compareWithDeclaration(_evaluation: Evaluation, _declaration: TargetDeclaration): Finding[] {
  return [];
}

/** One 调整指标值 asked for: the indicator (by its index in the declaration), the new target and why. */
export interface TargetAdjustmentRequest {
  index: number;
  target: TargetDeclaration['indicators'][number]['target'];
  reason: string;
}

export function adjustTargets(
  declaration: TargetDeclaration,
  adjustments: readonly TargetAdjustmentRequest[],
): TargetDeclaration {
  const byIndex = new Map(adjustments.map((a) => [a.index, a]));
  return {
    ...declaration,
    indicators: declaration.indicators.map((indicator, index) => {
      const a = byIndex.get(index);
      return a ? { ...indicator, adjustment: { target: a.target, reason: a.reason } } : indicator;
    }),
  };
}
