import { type EvaluationInput, evaluationSchema } from '../model/evaluation';
import { dec } from '../money/decimal';
import { type RuleSet, type RuleSetInput, ruleSetSchema } from '../rules/rule-set';
import type { ScoreResult } from '../scoring/result';
import type { CheckContext } from './check';

/**
 * Builders for check tests: a minimal valid evaluation, a rule set shaped like 财预〔2020〕10号
 * (execution 10 + indicators 90 = 产出 50 + 效益 30 + 满意度 10), and a hand-written score result, so each
 * check is tested on figures whose arithmetic is written in the test itself.
 */

export type EvaluationOverrides = Partial<EvaluationInput>;

export function makeEvaluation(overrides: EvaluationOverrides = {}) {
  return evaluationSchema.parse({
    kind: 'unitWide',
    fiscalYear: 2022,
    unit: { name: '测试单位' },
    funds: { total: {} },
    ...overrides,
  });
}

export const TEST_RULE_SET_INPUT: RuleSetInput = {
  id: 'test-mof',
  version: '1',
  name: '测试规则集',
  description: '按财预〔2020〕10号的权重',
  source: '财预〔2020〕10号',
  kinds: ['project', 'unitWide'],
  totalWeight: '100',
  execution: { weight: '10' },
  indicatorWeight: '90',
  blocks: [
    { key: 'output', label: '产出指标', weight: '50', matches: ['产出'] },
    { key: 'benefit', label: '效益指标', weight: '30', matches: ['效益'] },
    { key: 'satisfaction', label: '满意度指标', weight: '10', matches: ['满意度'] },
  ],
  scoring: {
    qualitativeTiers: [
      { tier: 'met', min: '0.8', max: '1', maxInclusive: true },
      { tier: 'partlyMet', min: '0.6', max: '0.8', maxInclusive: false },
      { tier: 'notMet', min: '0', max: '0.6', maxInclusive: false },
    ],
  },
  rounding: {},
  grades: [
    { key: 'excellent', label: '优', min: '90', aliases: ['优秀'] },
    { key: 'good', label: '良', min: '80', aliases: ['良好'] },
    { key: 'fair', label: '中', min: '60', aliases: ['中等'] },
    { key: 'poor', label: '差', min: '0', aliases: ['较差'] },
  ],
};

export function makeRuleSet(overrides: Partial<RuleSetInput> = {}): RuleSet {
  return ruleSetSchema.parse({ ...TEST_RULE_SET_INPUT, ...overrides });
}

/** A score result with zero scores, to be overridden with the figures a test needs. */
export function makeResult(overrides: Partial<ScoreResult> = {}): ScoreResult {
  const zero = dec(0);
  return {
    ruleSet: { id: 'test-mof', version: '1', name: '测试规则集' },
    execution: {
      weight: dec(10),
      denominatorField: 'adjustedBudget',
      score: zero,
      basis: 'missing',
      explanation: { zh: '', en: '' },
    },
    indicators: [],
    blocks: [],
    indicatorScore: zero,
    indicatorWeight: zero,
    scored: true,
    totalScore: zero,
    grade: { key: 'poor', label: '差' },
    explanation: { zh: '', en: '' },
    ...overrides,
  };
}

export function makeContext(
  evaluation: ReturnType<typeof makeEvaluation>,
  result: ScoreResult = makeResult(),
  ruleSet: RuleSet = makeRuleSet(),
): CheckContext {
  return { evaluation, result, ruleSet };
}

/** A scored indicator as scoring would give it, for checks that read outcomes and blocks. */
export function makeScored(
  index: number,
  overrides: Partial<ScoreResult['indicators'][number]> = {},
): ScoreResult['indicators'][number] {
  return {
    index,
    level1: '产出指标',
    name: `指标${index + 1}`,
    block: 'output',
    weight: dec(10),
    score: dec(10),
    scoreRate: dec(1),
    basis: 'rule',
    outcome: 'met',
    explanation: { zh: '', en: '' },
    ...overrides,
  };
}
