import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import {
  type Evaluation,
  evaluate,
  type Finding,
  getRuleSet,
  parseEvaluation,
  type RuleSet,
  type ScoreResult,
} from '@jixiao/domain';

/** The five seed examples (examples/seeds), scored and checked by the engine — for the document tests. */
export const SEED_IDS = ['seed-000', 'seed-001', 'seed-002', 'seed-003', 'seed-004'] as const;

export interface EvaluatedSeed {
  id: string;
  evaluation: Evaluation;
  ruleSet: RuleSet;
  result: ScoreResult;
  findings: Finding[];
}

export function seedPath(id: string): string {
  return fileURLToPath(new URL(`../../../../examples/seeds/${id}.json`, import.meta.url));
}

export async function loadSeed(id: string): Promise<EvaluatedSeed> {
  const file = seedPath(id);
  const evaluation = parseEvaluation(JSON.parse(await readFile(file, 'utf8')), { file });
  const ruleSet = getRuleSet(evaluation.ruleSet);
  const { result, findings } = evaluate(evaluation, ruleSet);
  return { id, evaluation, ruleSet, result, findings };
}
