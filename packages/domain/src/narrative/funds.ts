import { formatAmount } from '../format/figures';
import type { Evaluation } from '../model/evaluation';
import { dec } from '../money/decimal';
import { enteredParagraph, generatedParagraph, type ReportBlock } from './document';
import type { FundsRowFacts, ReportFacts } from './facts';
import { amountUnitLabel } from './format';
import { figure, joinSentences, type NarrativeSentence, type SentencePart, sentence } from './sentence';
import { statesAll, statesFigure } from './stated';

/**
 * The 基本情况 sentences the data writes: staff, funds, 三公经费, 结转结余. Each is left out when the
 * unit's own text for the section already states its figures, so nothing is said twice.
 */

export function commaJoin(groups: SentencePart[][]): SentencePart[] {
  return groups.flatMap((g, i) => (i === 0 ? g : ['，', ...g]));
}

function figuresOf(groups: SentencePart[][]) {
  return groups.flat().flatMap((p) => (typeof p === 'string' ? [] : [p]));
}

/** "核定编制6名，实有人员5名，退休人员9名", leaving out each count the unit's text gives. */
export function staffSentence(evaluation: Evaluation, unitText: readonly string[]): ReportBlock | undefined {
  const s = evaluation.staff;
  if (!s) return undefined;
  const counts: [string, number | undefined, string][] = [
    ['核定编制', s.authorized, 'authorized'],
    ['实有人员', s.actual, 'actual'],
    ['退休人员', s.retired, 'retired'],
  ];
  const parts = counts
    .filter(([, n]) => n !== undefined && !statesFigure(unitText, String(n)))
    .map(([label, n, key]) => [label, figure(String(n), `evaluation.staff.${key}`), '名']);
  if (parts.length === 0) return undefined;
  return generatedParagraph(sentence(`${evaluation.unit.name}`, ...commaJoin(parts), '。'), 'organisation');
}

/** "年初预算数为X万元，全年预算数为Y万元，全年执行数为Z万元" for one funds row. */
function fundsRowParts(row: FundsRowFacts, unit: string): SentencePart[][] {
  const parts: SentencePart[][] = [];
  if (row.initialBudget) parts.push(['年初预算数为', row.initialBudget, unit]);
  if (row.adjustedBudget) parts.push(['全年预算数为', row.adjustedBudget, unit]);
  if (row.executed) parts.push(['全年执行数为', row.executed, unit]);
  return parts;
}

/**
 * The funds of the year, total and 其中 rows. The execution rate is not here: it belongs to the
 * analysis of 预算执行情况, where it is scored.
 */
export function fundsParagraphs(
  evaluation: Evaluation,
  facts: ReportFacts,
  unitText: readonly string[],
  /** The unit's own budget text: after the funds figures, before 三公经费 and 结转结余. */
  budgetText: readonly ReportBlock[] = [],
): ReportBlock[] {
  const unit = amountUnitLabel(facts.amountUnit);
  const [total, ...rows] = facts.funds;
  const out: ReportBlock[] = [];
  const totalGroups = total ? fundsRowParts(total, unit) : [];
  if (totalGroups.length > 0 && !statesAll(unitText, figuresOf(totalGroups))) {
    const who = facts.kind === 'project' ? `${facts.year}年度，该项目` : `${facts.year}年度，部门`;
    out.push(generatedParagraph(sentence(who, ...commaJoin(totalGroups), '。'), 'budgetOverview'));
  }
  const sub = rows
    .map((r) => ({ label: r.label, groups: fundsRowParts(r, unit) }))
    .filter((r) => r.groups.length > 0 && !statesAll(unitText, figuresOf(r.groups)))
    .map((r) => sentence(r.label, ...commaJoin(r.groups)));
  if (sub.length > 0) {
    const joined = sub.flatMap((s, i) => (i === 0 ? [s] : [sentence('；'), s]));
    out.push(
      generatedParagraph(joinSentences([sentence('其中，'), ...joined, sentence('。')]), 'budgetOverview'),
    );
  }
  out.push(...budgetText);
  out.push(...threePublicBlocks(evaluation, facts, unitText));
  out.push(...carryoverBlocks(evaluation, facts, unitText));
  return out;
}

/**
 * 三公经费: the unit's explanation when it gives one that names them (it usually states every figure),
 * else a sentence from the figures, followed by the explanation of the differences.
 */
function threePublicBlocks(
  evaluation: Evaluation,
  facts: ReportFacts,
  unitText: readonly string[],
): ReportBlock[] {
  const explanation = evaluation.threePublicExpenses?.explanation?.trim();
  if (unitText.some((t) => t.includes('三公'))) return [];
  if (explanation?.includes('三公')) return [enteredParagraph(explanation, 'budgetOverview')];
  const three = threePublicSentence(evaluation, facts);
  const out: ReportBlock[] = three ? [generatedParagraph(three, 'budgetOverview')] : [];
  if (explanation && !unitText.some((t) => t.includes(explanation))) {
    out.push(enteredParagraph(explanation, 'budgetOverview'));
  }
  return out;
}

/** Where a 三公 total comes from: the stated total, or the sum of its parts (by metrics). */
function threePublicSource(which: 'actual' | 'budget', evaluation: Evaluation): string {
  const stated = evaluation.threePublicExpenses?.[which]?.total !== undefined;
  return stated
    ? `evaluation.threePublicExpenses.${which}.total`
    : `metrics.threePublicExpenses.${which}Total = threePublicExpenses.${which} 各项之和`;
}

function threePublicSentence(evaluation: Evaluation, facts: ReportFacts): NarrativeSentence | undefined {
  const m = facts.metrics.threePublicExpenses;
  const actual = m.actualTotal;
  if (!evaluation.threePublicExpenses || actual === undefined) return undefined;
  const explanation = evaluation.threePublicExpenses.explanation;
  const unit = amountUnitLabel(evaluation.amountUnit);
  const parts: SentencePart[] = [
    `${evaluation.fiscalYear}年度“三公”经费支出`,
    figure(formatAmount(actual, 'document'), threePublicSource('actual', evaluation)),
    unit,
  ];
  parts.push(...threePublicItems(evaluation));
  const budget = m.budgetTotal;
  const diff = m.underBudget;
  if (budget !== undefined && diff !== undefined) {
    parts.push(
      '，年初预算',
      figure(formatAmount(budget, 'document'), threePublicSource('budget', evaluation)),
      unit,
    );
    if (!diff.isZero()) {
      parts.push(
        diff.isPositive() ? '，比预算减少' : '，比预算增加',
        figure(
          formatAmount(diff.abs(), 'document'),
          '|metrics.threePublicExpenses.underBudget| = |预算 − 实际|',
        ),
        unit,
      );
    } else {
      parts.push('，与预算持平');
    }
  }
  const held = evaluation.threePublicExpenses.counts.vehiclesHeld;
  if (held !== undefined && !statesFigure([explanation], String(held))) {
    parts.push(
      '，年末公务用车保有量',
      figure(String(held), 'evaluation.threePublicExpenses.counts.vehiclesHeld'),
      '辆',
    );
  }
  parts.push('。');
  return sentence(...parts);
}

const THREE_PUBLIC_ITEMS = [
  ['overseasTravel', '因公出国（境）费'],
  ['officialReception', '公务接待费'],
  ['officialVehicles', '公务用车购置及运行维护费'],
] as const;

/**
 * "，其中因公出国（境）费0.00万元、公务接待费0.13万元……": every item the data has, so that the
 * breakdown adds up to the total (a reader, and the report audit, checks that it does).
 */
function threePublicItems(evaluation: Evaluation): SentencePart[] {
  const actual = evaluation.threePublicExpenses?.actual;
  const unit = amountUnitLabel(evaluation.amountUnit);
  const items = THREE_PUBLIC_ITEMS.flatMap(([key, label]) => {
    const amount = actual?.[key];
    if (amount === undefined) return [];
    const f = figure(formatAmount(amount, 'document'), `evaluation.threePublicExpenses.actual.${key}`);
    return [[label, f, unit]];
  });
  if (items.length === 0) return [];
  return ['，其中', ...items.flatMap((g, i) => (i === 0 ? g : ['、', ...g]))];
}

/** 结转结余: the unit's explanation as written; the figures only when no text of the unit speaks of them. */
function carryoverBlocks(
  evaluation: Evaluation,
  facts: ReportFacts,
  unitText: readonly string[],
): ReportBlock[] {
  const carry = evaluation.carryover;
  if (!carry) return [];
  const explanation = carry.explanation?.trim();
  if (explanation) {
    return unitText.some((t) => t.includes(explanation))
      ? []
      : [enteredParagraph(explanation, 'budgetOverview')];
  }
  if (unitText.some((t) => t.includes('结转') || t.includes('结余'))) return [];
  const unit = amountUnitLabel(facts.amountUnit);
  const { opening, closing } = carry;
  if (opening !== undefined && closing !== undefined && dec(opening).isZero() && dec(closing).isZero()) {
    return [generatedParagraph(sentence('年初、年末均无结转结余资金。'), 'budgetOverview')];
  }
  const g: SentencePart[][] = [];
  if (opening !== undefined)
    g.push(['年初结转结余', figure(formatAmount(opening, 'document'), 'evaluation.carryover.opening'), unit]);
  if (closing !== undefined)
    g.push(['年末结转结余', figure(formatAmount(closing, 'document'), 'evaluation.carryover.closing'), unit]);
  return g.length > 0 ? [generatedParagraph(sentence(...commaJoin(g), '。'), 'budgetOverview')] : [];
}
