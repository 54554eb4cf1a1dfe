import {
  dec,
  type Evaluation,
  type EvaluationInput,
  evaluate,
  evaluationSchema,
  getRuleSet,
  type Indicator,
  scoreEvaluation,
  sum,
  ZERO,
} from '@jixiao/domain';
import { figureLine } from './figures';
import { type BenchSection, MemoryPeak, perSecond, rate, since } from './section';

/**
 * Scoring throughput: 100,000 synthetic evaluations of 20 indicators each (mof-2020 weights 50/30/10),
 * generated deterministically in batches so memory stays bounded. Baselines in the same run: parsing the
 * same evaluations with zod, and summing the same decimal figures with no rules at all.
 */
const EVALUATIONS = 100_000;
const BATCH = 1_000;
/** The full evaluate() (scoring + every check) on a sample, to show what the checks cost. */
const CHECKED_SAMPLE = 10_000;

/** mulberry32: a tiny deterministic PRNG; only integers come out of it, decimals are built as strings. */
function prng(seed: number): (n: number) => number {
  let a = seed >>> 0;
  return (n) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) % n;
  };
}

const cents = (value: number) => `${Math.floor(value / 100)}.${String(value % 100).padStart(2, '0')}`;

const BLOCKS = [
  { level1: '产出指标', level2: ['数量指标', '质量指标', '时效指标', '成本指标'], count: 10, weight: '5' },
  { level1: '效益指标', level2: ['社会效益指标', '经济效益指标', '可持续影响指标'], count: 6, weight: '5' },
  { level1: '满意度指标', level2: ['服务对象满意度指标'], count: 4, weight: '2.5' },
] as const;

function syntheticIndicator(
  rand: (n: number) => number,
  level1: string,
  level2: string,
  weight: string,
  i: number,
): Indicator {
  const kind = rand(10);
  const base = { level1, level2, name: `指标${i + 1}`, weight };
  if (kind < 6) {
    const target = 1 + rand(500);
    return {
      ...base,
      target: { comparator: '>=', value: String(target), unit: '个' },
      actual: { value: String(Math.floor((target * (60 + rand(80))) / 100)) },
    };
  }
  if (kind < 8) {
    const target = 100 + rand(10_000);
    return {
      ...base,
      target: { comparator: '<=', value: cents(target), unit: '万元' },
      actual: { value: cents(Math.floor((target * (80 + rand(40))) / 100)) },
    };
  }
  const tier = (['met', 'partlyMet', 'notMet'] as const)[rand(3)] ?? 'met';
  const fraction = { met: 90, partlyMet: 70, notMet: 40 }[tier];
  // weight × fraction ÷ 100, exact in decimals: the unit's chosen score inside its band.
  const score = dec(weight).times(fraction).dividedBy(100).toFixed();
  return { ...base, target: { comparator: 'qualitative', text: '效果明显' }, actual: { tier }, score };
}

export function syntheticEvaluation(index: number): EvaluationInput {
  const rand = prng(index + 1);
  const budget = 100_000 + rand(10_000_000);
  const executed = Math.floor((budget * (50 + rand(51))) / 100);
  const indicators: Indicator[] = [];
  for (const block of BLOCKS) {
    for (let k = 0; k < block.count; k++) {
      const level2 = block.level2[k % block.level2.length] ?? block.level2[0];
      indicators.push(syntheticIndicator(rand, block.level1, level2, block.weight, indicators.length));
    }
  }
  return {
    kind: 'project',
    fiscalYear: 2024,
    ruleSet: 'mof-2020',
    amountUnit: 'wanYuan',
    unit: { name: `单位${index}` },
    project: { name: `项目${index}` },
    funds: {
      total: { initialBudget: cents(budget), adjustedBudget: cents(budget), executed: cents(executed) },
    },
    indicators,
  };
}

/** The no-rules baseline: add up every decimal figure of the evaluation. */
function sumFigures(e: Evaluation): string {
  const figures = [e.funds.total.adjustedBudget, e.funds.total.executed];
  for (const i of e.indicators) figures.push(i.weight, i.target?.value, i.actual?.value, i.score);
  return sum(figures.filter((f): f is string => f !== undefined).map((f) => dec(f))).toFixed();
}

/**
 * The physical floor: the same score formulas (≥ W × B / A, ≤ W × A / B, qualitative as stated, execution
 * weight × rate, all capped) in plain binary floats on the same figures. Never used for results — only
 * to show how far exact scoring is from the cheapest possible pass.
 */
function floatScore(e: Evaluation): number {
  const budget = Number(e.funds.total.adjustedBudget);
  const executed = Number(e.funds.total.executed);
  let total = budget > 0 ? Math.min(10 * (executed / budget), 10) : 0;
  for (const i of e.indicators) {
    const w = Number(i.weight);
    const a = Number(i.target?.value);
    const b = Number(i.actual?.value);
    let raw: number;
    if (i.target?.comparator === '>=') raw = b >= a ? w : a > 0 ? (w * b) / a : 0;
    else if (i.target?.comparator === '<=') raw = b <= a ? w : a > 0 ? (w * a) / b : 0;
    else raw = Number(i.score ?? 0);
    total += Math.round(Math.max(Math.min(raw, w), 0) * 100) / 100;
  }
  return total;
}

export const bench: BenchSection = {
  name: 'engine',
  title: `Scoring engine: ${EVALUATIONS.toLocaleString('en-US')} evaluations × 20 indicators (mof-2020)`,
  async run(out) {
    const ruleSet = getRuleSet('mof-2020');
    const memory = new MemoryPeak();
    let parseMs = 0;
    let scoreMs = 0;
    let sumMs = 0;
    let floatMs = 0;
    let floatTotal = 0;
    let evaluateMs = 0;
    let sampleScoreMs = 0;
    let checked = 0;
    let totalOfTotals = ZERO;
    let findings = 0;
    for (let start = 0; start < EVALUATIONS; start += BATCH) {
      const raw: EvaluationInput[] = [];
      for (let i = start; i < start + BATCH; i++) raw.push(syntheticEvaluation(i));

      let t = performance.now();
      const parsed = raw.map((r) => evaluationSchema.parse(r));
      parseMs += since(t);

      t = performance.now();
      for (const e of parsed) totalOfTotals = totalOfTotals.plus(scoreEvaluation(e, ruleSet).totalScore);
      const batchScoreMs = since(t);
      scoreMs += batchScoreMs;

      t = performance.now();
      let sink = '';
      for (const e of parsed) sink = sumFigures(e);
      sumMs += since(t);
      if (sink === '') throw new Error('baseline produced nothing');

      t = performance.now();
      for (const e of parsed) floatTotal += floatScore(e);
      floatMs += since(t);

      if (checked < CHECKED_SAMPLE) {
        t = performance.now();
        for (const e of parsed) findings += evaluate(e, ruleSet).findings.length;
        evaluateMs += since(t);
        sampleScoreMs += batchScoreMs;
        checked += parsed.length;
      }
      memory.sample();
    }
    const ratio = (ms: number) => (scoreMs / ms).toFixed(2);
    out(
      `score (scoreEvaluation):   ${perSecond(EVALUATIONS, scoreMs)} evaluations/s (${scoreMs.toFixed(0)} ms) — engine.scorePerSecond (target ≥ 50,000)`,
    );
    out(
      `baseline zod parse:        ${perSecond(EVALUATIONS, parseMs)} evaluations/s (${parseMs.toFixed(0)} ms) — scoring takes ${ratio(parseMs)}× the parse time`,
    );
    out(
      `baseline decimal sum only: ${perSecond(EVALUATIONS, sumMs)} evaluations/s (${sumMs.toFixed(0)} ms) — scoring takes ${ratio(sumMs)}× the plain sum`,
    );
    out(
      `baseline float pass:       ${perSecond(EVALUATIONS, floatMs)} evaluations/s (${floatMs.toFixed(0)} ms, mean ${(floatTotal / EVALUATIONS).toFixed(2)}) — engine.floatFloorRatio ${ratio(floatMs)} (target ≤ 10)`,
    );
    out(
      `score + checks (evaluate): ${perSecond(checked, evaluateMs)} evaluations/s (engine.evaluatePerSecond, target ≥ 20,000) on the first ${checked.toLocaleString('en-US')} (${findings.toLocaleString('en-US')} findings) — ${(evaluateMs / sampleScoreMs).toFixed(2)}× scoring alone on the same batches`,
    );
    out(`mean total score: ${totalOfTotals.dividedBy(EVALUATIONS).toFixed(4)} (checksum of the run)`);
    out(figureLine('engine.scorePerSecond', rate(EVALUATIONS, scoreMs)));
    out(figureLine('engine.evaluatePerSecond', rate(checked, evaluateMs)));
    out(figureLine('engine.floatFloorRatio', scoreMs / floatMs, 'scoring ÷ a plain float pass'));
    out(`memory: ${memory.describe()}`);
  },
};
