import {
  amountInYuan,
  type Decimal,
  dec,
  EXECUTION_DENOMINATOR_LABEL,
  executionScoreOf,
  findNumbers,
  formatNumber,
  HUNDRED,
  isAmount,
  type NumberToken,
  type Ratio,
  type RuleSet,
  ratioOf,
  unspentOf,
} from '@jixiao/domain';
import type { Evidence } from '../document';
import type { Extraction } from '../extract/extraction';
import type { Fact, FactConcept } from '../extract/facts';
import type { Cell } from '../extract/tables';
import {
  type AuditFinding,
  type Confidence,
  compareScore,
  compareWritten,
  makeFinding,
  severityFor,
  show,
} from '../finding';
import { AUDIT_RULE_SET } from './rule-set';

/**
 * Budget execution as the text states it: the rate against its own amounts, the execution score against
 * the table's rule (weight × rate, capped), money left unspent, and 结转结余.
 */

interface Figure {
  token: NumberToken;
  evidence: Evidence;
  paragraph?: number;
  table?: number;
  /** Sentence number and position in it, for figures read from text. */
  sentence?: number;
}

function fromFact(f: Fact): Figure {
  return {
    token: f.token,
    evidence: f.evidence,
    ...(f.sentence.source.paragraph !== undefined ? { paragraph: f.sentence.source.paragraph } : {}),
    sentence: f.sentence.seq,
  };
}

/** Budget figures from the text and the funds table, in document order. */
export function executionFigures(x: Extraction) {
  const of = (c: FactConcept) => x.facts.filter((f) => f.concept === c).map(fromFact);
  const figures = {
    initialBudget: of('initialBudget'),
    adjustedBudget: of('adjustedBudget'),
    executed: of('executed'),
    rate: of('executionRate'),
  };
  for (const t of x.fundsTables) {
    const add = (list: Figure[], v: { token: NumberToken; cell: { evidence: Evidence } } | undefined) => {
      if (v) list.push({ token: v.token, evidence: v.cell.evidence, table: t.table });
    };
    add(figures.initialBudget, t.initialBudget);
    add(figures.adjustedBudget, t.adjustedBudget);
    add(figures.executed, t.executed);
    // A rate written as a fraction ("0.1" for 14.46%) is checked on its own scale (funds-checks).
    if (t.rate && !t.rateIsFraction) {
      const tok = t.rate.token.unit === 'none' ? { ...t.rate.token, unit: 'percent' as const } : t.rate.token;
      figures.rate.push({ token: tok, evidence: t.rate.cell.evidence, table: t.table });
    }
  }
  return figures;
}

/** A figure and the ones that share its paragraph or table. */
function sameBlock(a: Figure, b: Figure): boolean {
  return (
    (a.paragraph !== undefined && a.paragraph === b.paragraph) ||
    (a.table !== undefined && a.table === b.table)
  );
}

/**
 * The figure a rate refers to: in the same sentence, the nearest one before the rate ("A项目…执行率96%；B项目…
 * 执行率95%" pairs each rate with its own clause); else the only one in the same paragraph or table; else the
 * only one in the document.
 */
function partner(list: readonly Figure[], rate: Figure): Figure | undefined {
  if (rate.sentence !== undefined) {
    const same = list.filter((e) => e.sentence === rate.sentence);
    const before = same.filter((e) => e.token.start < rate.token.start);
    const pick = before[before.length - 1] ?? same[0];
    if (pick) return pick;
  }
  const block = list.filter((e) => sameBlock(e, rate));
  if (block.length === 1) return block[0];
  if (block.length > 1) return undefined;
  return list.length === 1 ? list[0] : undefined;
}

/** The rule set's denominator first (全年预算数 unless it names 年初预算数), the other as the fallback. */
export function denominators<T>(adjusted: T | undefined, initial: T | undefined, ruleSet: RuleSet) {
  return ruleSet.execution.denominator === 'initialBudget'
    ? { primary: initial ?? adjusted, other: initial ? adjusted : undefined }
    : { primary: adjusted ?? initial, other: adjusted ? initial : undefined };
}

/** Why a rate that fits the other denominator is only a note: the rule set scores by its own. */
function otherDenominatorNote(ruleSet: RuleSet): string {
  const field = ruleSet.execution.denominator;
  const other = field === 'initialBudget' ? 'adjustedBudget' : 'initialBudget';
  const label = EXECUTION_DENOMINATOR_LABEL;
  return `（与按${label[other].zh}计算的结果相符；评分通常以${label[field].zh}为分母）`;
}

export function executionChecks(x: Extraction, file?: string, ruleSet = AUDIT_RULE_SET): AuditFinding[] {
  const out: AuditFinding[] = [];
  const f = executionFigures(x);
  for (const rate of f.rate) {
    const exec = partner(f.executed, rate);
    const { primary: denominator, other } = denominators(
      partner(f.adjustedBudget, rate),
      partner(f.initialBudget, rate),
      ruleSet,
    );
    if (exec && denominator) {
      const e = amountInYuan(exec.token);
      const ratio = ratioOf(e, amountInYuan(denominator.token), ruleSet);
      if (!ratio) continue;
      const exact = ratio.rate.times(HUNDRED);
      let kind = compareWritten(rate.token.value, exact);
      let note = '';
      const onOther = other && ratioOf(e, amountInYuan(other.token), ruleSet);
      if (
        kind === 'mismatch' &&
        onOther &&
        compareWritten(rate.token.value, onOther.rate.times(HUNDRED)) !== 'mismatch'
      ) {
        kind = 'roundingOnly';
        note = otherDenominatorNote(ruleSet);
      }
      const severity = severityFor(kind, 'error');
      if (!severity) continue;
      const near = sameBlock(exec, rate) && sameBlock(denominator, rate);
      out.push(
        makeFinding({
          code: 'text.execution-rate-mismatch',
          severity,
          confidence: near ? 'sure' : 'likely',
          file,
          evidence: [rate.evidence, exec.evidence, denominator.evidence],
          message: {
            zh: `预算执行率写作 ${rate.token.value}%，但 ${exec.token.raw} ÷ ${denominator.token.raw} = ${show(exact, 2)}%${note}`,
            en: `execution rate stated as ${rate.token.value}%, but ${exec.token.value} / ${denominator.token.value} = ${show(exact, 2)}%`,
          },
          recomputation: {
            zh: `${exec.token.raw} ÷ ${denominator.token.raw} × 100% = ${show(exact, 4)}%`,
            en: `“${exec.token.raw}” / “${denominator.token.raw}” × 100% = ${show(exact, 4)}%`,
          },
          expected: show(ratio.percent),
          actual: rate.token.value,
          numbers: {
            executed: exec.token.value,
            budget: denominator.token.value,
            statedRate: rate.token.value,
          },
        }),
      );
      continue;
    }
    // No labelled amounts: does any pair of amounts in the report give the rate?
    const noPair = rateFromNoPair(x, rate);
    if (noPair) out.push({ ...noPair, ...(file ? { location: { ...noPair.location, file } } : {}) });
  }
  out.push(...unspentChecks(x, f, ruleSet, file));
  return out;
}

function rateFromNoPair(x: Extraction, rate: Figure): AuditFinding | undefined {
  const amounts: Decimal[] = [];
  for (const s of x.sentences)
    for (const t of findNumbers(s.text)) if (isAmount(t)) amounts.push(amountInYuan(t));
  for (const tb of x.doc.blocks)
    if (tb.kind === 'table')
      for (const row of tb.rows)
        for (const c of row) for (const t of findNumbers(c)) if (isAmount(t)) amounts.push(amountInYuan(t));
  const distinct = [...new Map(amounts.filter((a) => !a.isZero()).map((a) => [a.toString(), a])).values()];
  if (distinct.length < 2) return undefined;
  const stated = rate.token.value;
  for (const a of distinct)
    for (const b of distinct) {
      if (a.greaterThan(b) && dec(stated).lessThanOrEqualTo(100)) continue;
      if (compareWritten(stated, a.dividedBy(b).times(100)) !== 'mismatch') return undefined;
    }
  if (dec(stated).eq(100)) return undefined; // "100%" needs no pair when the amounts are not all labelled
  return makeFinding({
    code: 'text.execution-rate-unexplained',
    severity: 'warning',
    confidence: 'guessed',
    evidence: [rate.evidence],
    message: {
      zh: `预算执行率 ${stated}% 无法由报告中任何两个金额相除得到（共核对 ${distinct.length} 个金额）`,
      en: `no two amounts in the report give the stated execution rate of ${stated}% (${distinct.length} amounts tried)`,
    },
    recomputation: {
      zh: `已逐一核对报告中 ${distinct.length} 个金额两两相除的结果，均不等于 ${stated}%`,
      en: `every ratio of two of the ${distinct.length} amounts was compared with ${stated}%`,
    },
    actual: stated,
  });
}

function unspentChecks(
  x: Extraction,
  f: ReturnType<typeof executionFigures>,
  ruleSet: RuleSet,
  file?: string,
): AuditFinding[] {
  const out: AuditFinding[] = [];
  const adj = f.adjustedBudget[0];
  const exec = f.executed.find((e) => adj && sameBlock(e, adj)) ?? f.executed[0];
  if (!adj || !exec) return out;
  const a = amountInYuan(adj.token);
  const e = amountInYuan(exec.token);
  if (a.isZero() || !e.lessThan(a)) return out;
  const per = adj.token.unit === 'wanYuan' ? 10_000 : adj.token.unit === 'yiYuan' ? 100_000_000 : 1;
  const left = unspentOf(a, e, ruleSet);
  const unspent = left.amount.dividedBy(per);
  const unit = adj.token.raw.replace(/^[-+\d.]+/, '');
  const pct = left.share?.percent ?? dec(0);
  const recomputation = {
    zh: `${adj.token.value} − ${show(e.dividedBy(per))} = ${show(unspent)}${unit}，占全年预算 ${show(pct, 2)}%`,
    en: `${adj.token.value} − ${show(e.dividedBy(per))} = ${show(unspent)}, ${show(pct, 2)}% of the budget`,
  };
  // The yellow flag compares the exact share with the rule set's limit (20%), not the rounded one.
  const limit = dec(ruleSet.checks.unspentWarnPercent);
  if (left.share?.rate.times(HUNDRED).greaterThan(limit)) {
    out.push(
      makeFinding({
        code: 'text.unspent-high',
        severity: 'warning',
        confidence: 'sure',
        file,
        evidence: [adj.evidence, exec.evidence],
        message: {
          zh: `全年预算 ${adj.token.raw} 中有 ${show(unspent)}${unit}（${show(pct, 2)}%）未执行，超过 ${show(limit)}%（黄灯）`,
          en: `${show(pct, 2)}% of the budget (${show(unspent)}) was not spent, more than ${show(limit)}%`,
        },
        recomputation,
        numbers: { adjustedBudget: adj.token.value, executed: exec.token.value, unspent: show(unspent) },
      }),
    );
  }
  const zero = x.zeroClosingCarryover[0];
  if (zero) {
    out.push(
      makeFinding({
        code: 'text.unspent-without-carryover',
        severity: 'warning',
        confidence: 'sure',
        file,
        evidence: [adj.evidence, exec.evidence, zero.evidence],
        message: {
          zh: `全年预算 ${adj.token.raw} 仅执行 ${exec.token.raw}，${show(unspent)}${unit} 未支出，但报告称「${zero.evidence.quote.length > 40 ? '无结转结余' : zero.evidence.quote}」，未说明资金去向（收回或结转）`,
          en: `${show(unspent)} of the budget was not spent, yet the report states there is no carry-over, without saying where the money went`,
        },
        recomputation,
        expected: show(unspent),
        actual: '0',
        numbers: {
          adjustedBudget: adj.token.value,
          executed: exec.token.value,
          unspent: show(unspent),
          statedCarryover: '0',
        },
      }),
    );
  }
  return out;
}

type TableFigure = { token: NumberToken; cell: Cell };

/** A table line that states an execution score: its weight, its score and, when printed, its rate. */
export interface ScoredLine {
  weight?: TableFigure;
  score?: TableFigure;
  rate?: TableFigure;
}

/** The execution score a table states against the engine's rule (weight × rate, capped at the weight). */
export function executionScoreFinding(
  line: ScoredLine,
  ratePercent: string,
  file?: string,
  ruleSet = AUDIT_RULE_SET,
  confidence: Confidence = 'sure',
): AuditFinding | undefined {
  const { weight, score } = line;
  if (!weight || !score) return undefined;
  const evidence = [score.cell.evidence, ...(line.rate ? [line.rate.cell.evidence] : [])];
  const w = weight.token;
  const stated = score.token;
  // A rate read from the text is already rounded as written; it is the rate the score was taken from.
  const ratio: Ratio = { rate: dec(ratePercent).dividedBy(HUNDRED), percent: dec(ratePercent) };
  const { capped: exact, score: expected } = executionScoreOf(dec(w.value), ratio, ruleSet);
  const places = ruleSet.rounding.scorePlaces;
  const kind = compareScore(stated.value, exact, places, ruleSet.rounding.mode);
  const severity = severityFor(kind, 'error');
  if (!severity) return undefined;
  const shown = formatNumber(expected, places);
  return makeFinding({
    code: 'text.execution-score',
    severity,
    confidence,
    file,
    evidence,
    message: {
      zh: `预算执行率得分写作 ${stated.value} 分，按规则 ${w.value} 分 × ${ratePercent}% = ${show(expected, places)} 分`,
      en: `execution score stated as ${stated.value}, but ${w.value} × ${ratePercent}% = ${show(expected, places)}`,
    },
    recomputation: {
      zh: `${w.value} × min(${ratePercent}%, 100%) = ${show(exact, 4)} → ${shown} 分`,
      en: `${w.value} × min(${ratePercent}%, 100%) = ${show(exact, 4)} → ${shown}`,
    },
    expected: shown,
    actual: stated.value,
    numbers: { weight: w.value, rate: ratePercent, statedScore: stated.value },
  });
}
