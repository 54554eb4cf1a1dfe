import type { Finding } from './checks/finding';
import { type RunChecksOptions, runChecks } from './checks/run';
import type { Evaluation } from './model/evaluation';
import type { RuleSet } from './rules/rule-set';
import type { ScoreResult } from './scoring/result';
import { scoreEvaluation } from './scoring/score';

export interface EvaluationOutcome {
  result: ScoreResult;
  findings: Finding[];
}

/**
 * Scores an evaluation with a rule set and runs every check on it: the one call the CLI, the server and
 * the documents use, so that all of them show the same score and the same findings.
 */
export function evaluate(
  evaluation: Evaluation,
  ruleSet: RuleSet,
  options: RunChecksOptions = {},
): EvaluationOutcome {
  const result = scoreEvaluation(evaluation, ruleSet);
  const findings = runChecks({ evaluation, result, ruleSet }, options);
  return { result, findings };
}
