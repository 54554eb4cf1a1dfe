import fc from 'fast-check';
import { type Evaluation, type EvaluationInput, evaluationSchema } from '../model/evaluation';
import { type Decimal, dec, HUNDRED, sum } from '../money/decimal';
import { fixed } from '../money/rounding';
import type { RuleSet } from '../rules/rule-set';
import { scoreEvaluation } from '../scoring/score';

/**
 * A generated evaluation whose figures agree with each other, as a careful unit would write them: every
 * 其中/breakdown adds up to its total, every 占比 and 得分率 is computed from its amounts and rounded half-up
 * at 0–2 decimals, indicator weights fill the rule set's blocks, each indicator is scored by its rule
 * (missed targets explain why), and the stated totals and grade are those the scoring gives.
 * The checks must find no error in it. Amounts are integers of 分 turned into decimal strings.
 */

type IndicatorInput = NonNullable<EvaluationInput['indicators']>[number];

const centsText = (cents: number): string => dec(cents).dividedBy(100).toFixed();
const amountsArb = (min: number, max: number) =>
  fc.array(fc.integer({ min: 1, max: 5_000_000 }), { minLength: min, maxLength: max });

function shares(amounts: readonly string[], total: Decimal, places: number): string[] {
  return amounts.map((a) => fixed(dec(a).dividedBy(total).times(HUNDRED), places, 'halfUp'));
}

/** Splits `total` points into `count` positive integer weights. */
function splitWeights(total: number, cuts: readonly number[]): number[] {
  const points = [...new Set(cuts.map((c) => 1 + (c % Math.max(total - 1, 1))))]
    .filter((c) => c < total)
    .sort((a, b) => a - b);
  const edges = [0, ...points, total];
  return edges.slice(1).map((e, i) => e - (edges[i] ?? 0));
}

const indicatorKindArb = fc.record({
  kind: fc.constantFrom('met', 'exceeded', 'missed', 'qualitative'),
  target: fc.integer({ min: 1, max: 500 }),
  ratioPercent: fc.integer({ min: 1, max: 99 }),
  tier: fc.constantFrom('met' as const, 'partlyMet' as const, 'notMet' as const),
});

type IndicatorKind = typeof indicatorKindArb extends fc.Arbitrary<infer T> ? T : never;

function indicatorRow(level1: string, weight: number, n: number, k: IndicatorKind): IndicatorInput {
  const base = { level1, name: `${level1}${n}`, weight: String(weight) };
  if (k.kind === 'qualitative') {
    // The middle of the band: 达成 90%, 部分达成 70%, 未达成 30% of the weight.
    const fraction = { met: '0.9', partlyMet: '0.7', notMet: '0.3' }[k.tier];
    return {
      ...base,
      target: { comparator: 'qualitative', text: '效果明显' },
      actual: { tier: k.tier, text: '定性评价' },
      score: fixed(dec(weight).times(fraction), 2, 'halfUp'),
      ...(k.tier === 'met' ? {} : { deviationReason: '部分工作受客观因素影响未达预期' }),
    };
  }
  const actual =
    k.kind === 'met'
      ? k.target
      : k.kind === 'exceeded'
        ? k.target + 1
        : Math.max(1, Math.floor((k.target * k.ratioPercent) / 100));
  const missed = actual < k.target;
  return {
    ...base,
    target: { comparator: '>=', value: String(k.target), unit: '个' },
    actual: { value: String(actual) },
    ...(missed ? { deviationReason: '受客观因素影响未完成' } : {}),
  };
}

export function consistentEvaluationArb(ruleSet: RuleSet): fc.Arbitrary<Evaluation> {
  return fc
    .record({
      fiscal: fc.integer({ min: 1, max: 50_000_000 }),
      carry: fc.integer({ min: 0, max: 5_000_000 }),
      spentPercent: fc.integer({ min: 0, max: 100 }),
      income: amountsArb(1, 4),
      functions: amountsArb(2, 5),
      basicCount: fc.integer({ min: 1, max: 4 }),
      publicItems: fc.array(fc.integer({ min: 0, max: 200_000 }), { minLength: 3, maxLength: 3 }),
      sharePlaces: fc.integer({ min: 0, max: 2 }),
      cuts: fc.array(fc.array(fc.integer({ min: 0, max: 1000 }), { maxLength: 3 }), {
        minLength: 8,
        maxLength: 8,
      }),
      kinds: fc.array(indicatorKindArb, { minLength: 40, maxLength: 40 }),
    })
    .map((g) => {
      const budget = g.fiscal + g.carry;
      const executedCents = Math.floor((budget * g.spentPercent) / 100);
      const fiscalExecuted = Math.min(executedCents, g.fiscal);
      const total = { adjustedBudget: centsText(budget), executed: centsText(executedCents) };

      const incomeAmounts = g.income.map(centsText);
      const incomeTotal = sum(incomeAmounts.map((a) => dec(a)));
      const incomeShares = shares(incomeAmounts, incomeTotal, g.sharePlaces);
      const fnAmounts = g.functions.map(centsText);
      const spendTotal = sum(fnAmounts.map((a) => dec(a)));
      const cut = Math.min(g.basicCount, fnAmounts.length - 1);
      const basic = sum(fnAmounts.slice(0, cut).map((a) => dec(a)));
      const project = sum(fnAmounts.slice(cut).map((a) => dec(a)));
      const typeAmounts = [basic.toFixed(), project.toFixed()];
      const [travel = 0, reception = 0, vehicles = 0] = g.publicItems;

      let n = 0;
      const indicators: IndicatorInput[] = [];
      ruleSet.blocks.forEach((block, b) => {
        const weight = block.weight === undefined ? Number(ruleSet.indicatorWeight) : Number(block.weight);
        const label = block.matches.find((m) => m !== '*') ?? '绩效指标';
        for (const w of splitWeights(weight, g.cuts[b] ?? [])) {
          const kind = g.kinds[n % g.kinds.length];
          if (kind) indicators.push(indicatorRow(label, w, n, kind));
          n += 1;
        }
      });

      const draft = evaluationSchema.parse({
        kind: 'project',
        fiscalYear: 2023,
        ruleSet: ruleSet.id,
        unit: { name: '生成单位' },
        funds: {
          total,
          fiscalAppropriation: { adjustedBudget: centsText(g.fiscal), executed: centsText(fiscalExecuted) },
          priorYearCarryover: {
            adjustedBudget: centsText(g.carry),
            executed: centsText(executedCents - fiscalExecuted),
          },
        },
        carryover: { closing: centsText(budget - executedCents) },
        expenditureBudget: { total: spendTotal.toFixed(), basic: typeAmounts[0], project: typeAmounts[1] },
        income: {
          statedTotal: incomeTotal.toFixed(),
          items: incomeAmounts.map((amount, i) => ({
            name: `收入${i + 1}`,
            source: 'otherIncome',
            amount,
            statedShare: incomeShares[i],
          })),
        },
        expenditure: {
          statedTotal: spendTotal.toFixed(),
          sourceOfExcess: '上年结转结余资金',
          byType: typeAmounts.map((amount, i) => ({
            name: i === 0 ? '基本支出' : '项目支出',
            type: i === 0 ? 'basic' : 'project',
            amount,
            statedShare: shares(typeAmounts, spendTotal, g.sharePlaces)[i],
          })),
          byFunction: fnAmounts.map((amount, i) => ({
            name: `功能${i + 1}`,
            amount,
            statedShare: shares(fnAmounts, spendTotal, g.sharePlaces)[i],
          })),
        },
        threePublicExpenses: {
          actual: {
            total: centsText(travel + reception + vehicles),
            overseasTravel: centsText(travel),
            officialReception: centsText(reception),
            officialVehicles: centsText(vehicles),
          },
        },
        indicators,
      });

      // The document states what the rules give, at the precision a unit would print.
      const result = scoreEvaluation(draft, ruleSet);
      const places = ruleSet.rounding.scorePlaces;
      return evaluationSchema.parse({
        ...draft,
        indicators: draft.indicators.map((ind, i) => {
          const scored = result.indicators[i];
          if (!scored) return ind;
          return {
            ...ind,
            score: fixed(scored.score, places, 'halfUp'),
            statedScoreRate: scored.weight.isZero()
              ? undefined
              : fixed(scored.score.dividedBy(scored.weight).times(HUNDRED), g.sharePlaces, 'halfUp'),
          };
        }),
        stated: {
          executionRate: result.execution.rate
            ? fixed(result.execution.rate.times(HUNDRED), 2, 'halfUp')
            : undefined,
          executionScore: fixed(result.execution.score, places, 'halfUp'),
          indicatorScore: fixed(result.indicatorScore, places, 'halfUp'),
          totalScore: result.scored ? fixed(result.totalScore, places, 'halfUp') : undefined,
          grade: result.grade?.label,
          totalWeight: ruleSet.totalWeight,
          blockScores: result.blocks.map((b) => ({
            block: b.label,
            score: fixed(b.score, places, 'halfUp'),
          })),
        },
      });
    });
}
