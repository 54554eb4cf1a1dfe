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
 * generated deterministically in batches so memory stays bounded. Every batch is parsed, scored, checked
 * (evaluate: scoring + every check) and run through the baselines — summing the same decimal figures with
 * no rules, and the same formulas in binary floats — so every figure covers the same 100,000 inputs, the
 * cold start included. Nothing is kept from one batch to the next but the rule set.
 */
const EVALUATIONS = 100_000;
const BATCH = 1_000;

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

/** Wall and CPU time of one phase, over all batches (CPU: every thread of the process, GC included). */
class Phase {
  wallMs = 0;
  cpuMs = 0;
  time<T>(work: () => T): T {
    const cpu = process.cpuUsage();
    const t = performance.now();
    const out = work();
    this.wallMs += since(t);
    const used = process.cpuUsage(cpu);
    this.cpuMs += (used.user + used.system) / 1000;
    return out;
  }
  /** "13,345 evaluations/s (7465 ms; 9,800/s per CPU second)". */
  describe(count: number): string {
    return `${perSecond(count, this.wallMs)} evaluations/s (${this.wallMs.toFixed(0)} ms; ${perSecond(count, this.cpuMs)}/s per CPU second)`;
  }
}

export const bench: BenchSection = {
  name: 'engine',
  title: `Scoring engine: ${EVALUATIONS.toLocaleString('en-US')} evaluations × 20 indicators (mof-2020)`,
  async run(out) {
    const ruleSet = getRuleSet('mof-2020');
    const memory = new MemoryPeak();
    const [parse, score, sumOnly, float, checked] = [
      new Phase(),
      new Phase(),
      new Phase(),
      new Phase(),
      new Phase(),
    ];
    let floatTotal = 0;
    let totalOfTotals = ZERO;
    let findings = 0;
    for (let start = 0; start < EVALUATIONS; start += BATCH) {
      const raw: EvaluationInput[] = [];
      for (let i = start; i < start + BATCH; i++) raw.push(syntheticEvaluation(i));
      const parsed = parse.time(() => raw.map((r) => evaluationSchema.parse(r)));
      score.time(() => {
        for (const e of parsed) totalOfTotals = totalOfTotals.plus(scoreEvaluation(e, ruleSet).totalScore);
      });
      const sink = sumOnly.time(() => {
        let last = '';
        for (const e of parsed) last = sumFigures(e);
        return last;
      });
      if (sink === '') throw new Error('baseline produced nothing');
      float.time(() => {
        for (const e of parsed) floatTotal += floatScore(e);
      });
      checked.time(() => {
        for (const e of parsed) findings += evaluate(e, ruleSet).findings.length;
      });
      memory.sample();
    }
    const ratio = (phase: Phase) => (score.wallMs / phase.wallMs).toFixed(2);
    const n = EVALUATIONS;
    out(`score (scoreEvaluation):   ${score.describe(n)} — engine.scorePerSecond (target ≥ 50,000)`);
    out(`baseline zod parse:        ${parse.describe(n)} — scoring takes ${ratio(parse)}× the parse time`);
    out(`baseline decimal sum only: ${sumOnly.describe(n)} — scoring takes ${ratio(sumOnly)}× the plain sum`);
    out(
      `baseline float pass:       ${float.describe(n)}, mean ${(floatTotal / n).toFixed(2)} — engine.floatFloorRatio ${ratio(float)} (target ≤ 10)`,
    );
    out(
      `score + checks (evaluate): ${checked.describe(n)} — engine.evaluatePerSecond (target ≥ 20,000), ${findings.toLocaleString('en-US')} findings — ${(checked.wallMs / score.wallMs).toFixed(2)}× scoring alone`,
    );
    out(`mean total score: ${totalOfTotals.dividedBy(n).toFixed(4)} (checksum of the run)`);
    out(figureLine('engine.scorePerSecond', rate(n, score.wallMs)));
    out(figureLine('engine.evaluatePerSecond', rate(n, checked.wallMs)));
    out(figureLine('engine.floatFloorRatio', score.wallMs / float.wallMs, 'scoring ÷ a plain float pass'));
    out(`memory: ${memory.describe()}`);
  },
};
