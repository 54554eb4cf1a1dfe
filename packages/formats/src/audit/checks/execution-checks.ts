import { type Decimal, dec, minDec, round } from '@jixiao/domain';
import type { Evidence } from '../document';
import type { Extraction } from '../extract/extraction';
import type { Fact, FactConcept } from '../extract/facts';
import { type AuditFinding, compareScore, compareWritten, makeFinding, severityFor, show } from '../finding';
import { amountInYuan, findNumbers, isAmount, type NumberToken } from '../numbers';

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
    if (t.rate) {
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

export function executionChecks(x: Extraction, file?: string): AuditFinding[] {
  const out: AuditFinding[] = [];
  const f = executionFigures(x);
  for (const rate of f.rate) {
    const exec = partner(f.executed, rate);
    const adj = partner(f.adjustedBudget, rate);
    const init = partner(f.initialBudget, rate);
    const denominator = adj ?? init;
    if (exec && denominator) {
      const e = amountInYuan(exec.token);
      const d = amountInYuan(denominator.token);
      if (d.isZero()) continue;
      const exact = e.dividedBy(d).times(100);
      let kind = compareWritten(rate.token.value, exact);
      let note = '';
      if (kind === 'mismatch' && adj && init) {
        const onInitial = compareWritten(rate.token.value, e.dividedBy(amountInYuan(init.token)).times(100));
        if (onInitial !== 'mismatch') {
          kind = 'roundingOnly';
          note = '（与按年初预算数计算的结果相符；评分通常以全年预算数为分母）';
        }
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
          expected: show(round(exact, 2, 'halfUp')),
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
  out.push(...unspentChecks(x, f, file));
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

function unspentChecks(x: Extraction, f: ReturnType<typeof executionFigures>, file?: string): AuditFinding[] {
  const out: AuditFinding[] = [];
  const adj = f.adjustedBudget[0];
  const exec = f.executed.find((e) => adj && sameBlock(e, adj)) ?? f.executed[0];
  if (!adj || !exec) return out;
  const a = amountInYuan(adj.token);
  const e = amountInYuan(exec.token);
  if (a.isZero() || !e.lessThan(a)) return out;
  const per = adj.token.unit === 'wanYuan' ? 10_000 : adj.token.unit === 'yiYuan' ? 100_000_000 : 1;
  const unspent = a.minus(e).dividedBy(per);
  const unit = adj.token.raw.replace(/^[-+\d.]+/, '');
  const pct = a.minus(e).dividedBy(a).times(100);
  const recomputation = {
    zh: `${adj.token.value} − ${show(e.dividedBy(per))} = ${show(unspent)}${unit}，占全年预算 ${show(pct, 2)}%`,
    en: `${adj.token.value} − ${show(e.dividedBy(per))} = ${show(unspent)}, ${show(pct, 2)}% of the budget`,
  };
  if (pct.greaterThan(20)) {
    out.push(
      makeFinding({
        code: 'text.unspent-high',
        severity: 'warning',
        confidence: 'sure',
        file,
        evidence: [adj.evidence, exec.evidence],
        message: {
          zh: `全年预算 ${adj.token.raw} 中有 ${show(unspent)}${unit}（${show(pct, 2)}%）未执行，超过 20%（黄灯）`,
          en: `${show(pct, 2)}% of the budget (${show(unspent)}) was not spent, more than 20%`,
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

/** The execution score a table states against weight × rate (capped at the weight). */
export function executionScoreFinding(
  weight: NumberToken,
  score: NumberToken,
  ratePercent: string,
  evidence: Evidence[],
  file?: string,
): AuditFinding | undefined {
  const w = dec(weight.value);
  const r = minDec(dec(ratePercent), dec(100));
  const exact = w.times(r).dividedBy(100);
  const expected = round(exact, 2, 'halfUp');
  const kind = compareScore(score.value, exact);
  const severity = severityFor(kind, 'error');
  if (!severity) return undefined;
  return makeFinding({
    code: 'text.execution-score',
    severity,
    confidence: 'sure',
    file,
    evidence,
    message: {
      zh: `预算执行率得分写作 ${score.value} 分，按规则 ${weight.value} 分 × ${ratePercent}% = ${show(expected, 2)} 分`,
      en: `execution score stated as ${score.value}, but ${weight.value} × ${ratePercent}% = ${show(expected, 2)}`,
    },
    recomputation: {
      zh: `${weight.value} × min(${ratePercent}%, 100%) = ${show(exact, 4)} → ${expected.toFixed(2)} 分`,
      en: `${weight.value} × min(${ratePercent}%, 100%) = ${show(exact, 4)} → ${expected.toFixed(2)}`,
    },
    expected: expected.toFixed(2),
    actual: score.value,
    numbers: { weight: weight.value, rate: ratePercent, statedScore: score.value },
  });
}
