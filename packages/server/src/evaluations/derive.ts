import { type Evaluation, type EvaluationOutcome, evaluate, scoredTotal } from '@jixiao/domain';
import { ruleSetFor } from '../rule-sets/registry';

/** The list columns of an evaluation row, recomputed from the Evaluation JSON on every write. */
export interface DerivedColumns {
  kind: Evaluation['kind'];
  fiscalYear: number;
  title: string;
  unitName: string;
  ruleSetId: string;
  /** Null when the evaluation has no total (domain scoring/scored.ts): it is counted as unscored. */
  totalScore: string | null;
  grade: string | null;
  executionRate: string | null;
  errorCount: number;
  warningCount: number;
}

/** Scores and checks the evaluation (domain `evaluate`), throwing a located error for an unknown rule set. */
export function outcomeOf(evaluation: Evaluation): EvaluationOutcome {
  return evaluate(evaluation, ruleSetFor(evaluation.ruleSet));
}

export function deriveColumns(
  evaluation: Evaluation,
  outcome: EvaluationOutcome = outcomeOf(evaluation),
): DerivedColumns {
  const { result, findings } = outcome;
  return {
    kind: evaluation.kind,
    fiscalYear: evaluation.fiscalYear,
    title:
      evaluation.kind === 'project' && evaluation.project ? evaluation.project.name : evaluation.unit.name,
    unitName: evaluation.unit.name,
    ruleSetId: result.ruleSet.id,
    totalScore: scoredTotal(result)?.toString() ?? null,
    grade: result.grade?.key ?? null,
    executionRate: result.execution.ratePercent ? result.execution.ratePercent.toString() : null,
    errorCount: findings.filter((f) => f.severity === 'error').length,
    warningCount: findings.filter((f) => f.severity === 'warning').length,
  };
}
