import fc from 'fast-check';
import { type Evaluation, type EvaluationInput, evaluationSchema, type Indicator } from '../model/evaluation';
import type { DecimalString } from '../money/decimal';

/**
 * fast-check generators for valid evaluations, shared by every test that needs one (scoring,
 * checks, formats round-trips). Everything generated passes `evaluationSchema`; amounts are decimal
 * strings built from integers, so no binary float is involved anywhere.
 */

/** A non-negative decimal string with up to `places` decimals and at most `max` in value ("1209.56"). */
export function decimalStringArb(
  options: { max?: number; places?: number; positive?: boolean } = {},
): fc.Arbitrary<DecimalString> {
  const places = options.places ?? 2;
  const scale = 10 ** places;
  const maxUnits = Math.floor((options.max ?? 100_000) * scale);
  return fc
    .integer({ min: options.positive ? 1 : 0, max: maxUnits })
    .map((units) => unitsToString(units, places));
}

function unitsToString(units: number, places: number): DecimalString {
  if (places === 0) return String(units);
  const s = String(units).padStart(places + 1, '0');
  const whole = s.slice(0, s.length - places);
  const frac = s.slice(s.length - places).replace(/0+$/, '');
  return frac ? `${whole}.${frac}` : whole;
}

export const LEVEL1_LABELS = [
  '产出指标',
  '效益指标',
  '满意度指标',
  '项目产出',
  '服务对象满意度指标',
  '可持续影响指标',
  '投入指标',
] as const;

export const LEVEL2_LABELS = [
  '数量指标',
  '质量指标',
  '时效指标',
  '社会效益指标',
  '可持续影响指标',
  undefined,
] as const;

const manualArb = fc.record({ score: decimalStringArb({ max: 40 }), reason: fc.constant('复核调整') });

/** One indicator row of any kind: ≥ / ≤ / = with values, qualitative with a tier, or with parts missing. */
export const indicatorArb: fc.Arbitrary<
  EvaluationInput['indicators'] extends (infer T)[] | undefined ? T : never
> = fc
  .record({
    level1: fc.constantFrom(...LEVEL1_LABELS),
    level2: fc.constantFrom(...LEVEL2_LABELS),
    name: fc.constantFrom('新增科技型企业数量', '举办科普活动场次', '群众满意度', '成本控制', '长效机制'),
    weight: decimalStringArb({ max: 30, places: 1, positive: true }),
    comparator: fc.constantFrom('>=' as const, '<=' as const, '=' as const, 'qualitative' as const),
    targetValue: fc.option(decimalStringArb({ max: 1000 }), { nil: undefined, freq: 8 }),
    actualValue: fc.option(decimalStringArb({ max: 2000 }), { nil: undefined, freq: 8 }),
    tier: fc.option(fc.constantFrom('met' as const, 'partlyMet' as const, 'notMet' as const), {
      nil: undefined,
      freq: 6,
    }),
    statedScore: fc.option(decimalStringArb({ max: 35 }), { nil: undefined, freq: 2 }),
    coefficient: fc.option(decimalStringArb({ max: 1.2, places: 2 }), { nil: undefined, freq: 2 }),
    manual: fc.option(manualArb, { nil: undefined, freq: 6 }),
  })
  .map((r) => ({
    level1: r.level1,
    level2: r.level2,
    name: r.name,
    weight: r.weight,
    target:
      r.comparator === 'qualitative'
        ? { comparator: r.comparator, text: '效果明显' }
        : { comparator: r.comparator, value: r.targetValue },
    actual: r.comparator === 'qualitative' ? { tier: r.tier } : { value: r.actualValue },
    score: r.statedScore,
    scoreCoefficient: r.coefficient,
    manualScore: r.manual,
  }));

export interface EvaluationArbOptions {
  kind?: Evaluation['kind'];
  ruleSet?: string;
  maxIndicators?: number;
}

/** A parsed, valid evaluation with funds, optional manual execution score and 0…maxIndicators rows. */
export function evaluationArb(options: EvaluationArbOptions = {}): fc.Arbitrary<Evaluation> {
  return fc
    .record({
      kind: options.kind
        ? fc.constant(options.kind)
        : fc.constantFrom('project' as const, 'unitWide' as const),
      fiscalYear: fc.integer({ min: 2018, max: 2030 }),
      amountUnit: fc.constantFrom('yuan' as const, 'wanYuan' as const),
      adjustedBudget: fc.option(decimalStringArb({ max: 1_000_000 }), { nil: undefined, freq: 10 }),
      initialBudget: fc.option(decimalStringArb({ max: 1_000_000 }), { nil: undefined, freq: 3 }),
      executed: fc.option(decimalStringArb({ max: 1_200_000 }), { nil: undefined, freq: 10 }),
      executionManual: fc.option(manualArb, { nil: undefined, freq: 8 }),
      indicators: fc.array(indicatorArb, { maxLength: options.maxIndicators ?? 12 }),
    })
    .map((r) =>
      evaluationSchema.parse({
        kind: r.kind,
        fiscalYear: r.fiscalYear,
        ruleSet: options.ruleSet ?? 'mof-2020',
        amountUnit: r.amountUnit,
        unit: { name: '生成的测试单位' },
        funds: {
          total: { initialBudget: r.initialBudget, adjustedBudget: r.adjustedBudget, executed: r.executed },
        },
        executionManualScore: r.executionManual,
        indicators: r.indicators,
      } satisfies EvaluationInput),
    );
}

/** Gives every row an id (its original position) so results can be compared after reordering. */
export function withIds(evaluation: Evaluation): Evaluation {
  return {
    ...evaluation,
    indicators: evaluation.indicators.map((ind: Indicator, i) => ({ ...ind, id: `row-${i}` })),
  };
}
