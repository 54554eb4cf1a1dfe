import { amountInYuan, type Decimal, dec, type RuleSet, ratioOf, sum } from '@jixiao/domain';
import type { Extraction } from '../extract/extraction';
import type { FundsRow, FundsTable, NatureSide } from '../extract/tables';
import {
  type AuditFinding,
  type Confidence,
  compareWritten,
  makeFinding,
  severityFor,
  show,
} from '../finding';
import { denominators, executionScoreFinding } from './execution-checks';
import { AUDIT_RULE_SET } from './rule-set';

/**
 * The 资金 block of a recovered form against its own rules: every 其中 row's execution score against the
 * rule the form prints (分值 × 执行率, at most the 分值), the total row against its 其中 rows, money spent
 * beyond the full-year budget with no 上年结转 or 其他资金 to pay for it, and a rate written as a fraction.
 */
export function fundsChecks(x: Extraction, file?: string, ruleSet = AUDIT_RULE_SET): AuditFinding[] {
  const out: AuditFinding[] = [];
  for (const t of x.fundsTables) {
    const rows = t.rows ?? [];
    for (const row of rows.slice(1)) {
      const f = rowScore(row, ruleSet, file);
      if (f) out.push(f);
    }
    out.push(...partsChecks(t, file));
    const over = aboveBudget(t, file);
    if (over) out.push(over);
    const fraction = fractionRate(t, ruleSet, file);
    if (fraction) out.push(fraction);
    out.push(...natureChecks(t, file));
  }
  return out;
}

function confidenceOf(...rows: Array<{ confidence?: Confidence } | undefined>): Confidence {
  return rows.some((r) => r?.confidence === 'guessed')
    ? 'guessed'
    : rows.some((r) => r?.confidence === 'likely')
      ? 'likely'
      : 'sure';
}

/** A 其中 row that prints its own 分值 and 得分 is scored by the same rule as the total. */
function rowScore(row: FundsRow, ruleSet: RuleSet, file?: string): AuditFinding | undefined {
  if (!row.weight || !row.score || !row.executed) return undefined;
  const budget = denominators(row.adjustedBudget, row.initialBudget, ruleSet).primary;
  if (!budget) return undefined;
  const ratio = ratioOf(dec(row.executed.token.value), dec(budget.token.value), ruleSet);
  if (!ratio) return undefined;
  const f = executionScoreFinding(row, ratio.percent.toFixed(), file, ruleSet, confidenceOf(row));
  if (!f) return undefined;
  return {
    ...f,
    message: {
      zh: `「${row.label.text}」${f.message.zh}（${row.executed.token.value} ÷ ${budget.token.value} = ${ratio.percent.toFixed()}%）`,
      en: `"${row.label.text}": ${f.message.en}`,
    },
  };
}

const SOURCE_PART = /其中|财政拨款|财政资金|上年结转|上年结余|其他资金/;
const NATURE_PART = /基本支出|项目支出/;

type Column = 'initialBudget' | 'adjustedBudget' | 'executed';
const COLUMN_LABEL: Record<Column, string> = {
  initialBudget: '年初预算数',
  adjustedBudget: '全年预算数',
  executed: '全年执行数',
};

/** The total row of each column against its 其中 rows (by source, or by 基本/项目 支出). */
function partsChecks(t: FundsTable, file?: string): AuditFinding[] {
  const rows = t.rows ?? [];
  const total = rows[0];
  if (!total) return [];
  const out: AuditFinding[] = [];
  for (const group of [SOURCE_PART, NATURE_PART]) {
    const parts = rows.slice(1).filter((r) => group.test(r.label.text));
    if (parts.length === 0) continue;
    for (const col of ['initialBudget', 'adjustedBudget', 'executed'] as const) {
      const stated = total[col];
      const given = parts.map((p) => p[col]).filter((v) => v !== undefined);
      if (!stated || given.length === 0) continue;
      const values = given.map((v) => amountInYuan(v.token));
      const partsSum = sum(values);
      const written = amountInYuan(stated.token);
      if (partsSum.eq(written)) continue;
      // A single 其中 row below the total is often a part of several, the rest left out of the excerpt.
      const complete = /其他资金/.test(parts.map((p) => p.label.text).join('')) || group === NATURE_PART;
      if (!complete && partsSum.lessThan(written)) continue;
      const per = stated.token.unit === 'wanYuan' ? 10_000 : stated.token.unit === 'yiYuan' ? 100_000_000 : 1;
      const shown = show(partsSum.dividedBy(per), 6);
      const terms = given.map((v) => v.token.value).join(' + ');
      out.push(
        makeFinding({
          code: 'text.funds-parts',
          severity: 'error',
          confidence: confidenceOf(total, ...parts),
          file,
          evidence: [stated.cell.evidence, ...given.map((v) => v.cell.evidence)],
          message: {
            zh: `资金表「${total.label.text}」${COLUMN_LABEL[col]}写作 ${stated.token.value}，其中各行之和为 ${shown}`,
            en: `funds table: ${col} of "${total.label.text}" is ${stated.token.value}, its parts add up to ${shown}`,
          },
          recomputation: { zh: `${terms} = ${shown}`, en: `${terms} = ${shown}` },
          expected: shown,
          actual: stated.token.value,
        }),
      );
    }
  }
  return out;
}

/** Spent more than the full-year budget, with neither 上年结转 nor 其他资金 in the block to pay for it. */
function aboveBudget(t: FundsTable, file?: string): AuditFinding | undefined {
  const total = t.rows?.[0];
  if (!total?.adjustedBudget || !total.executed) return undefined;
  const budget = amountInYuan(total.adjustedBudget.token);
  const spent = amountInYuan(total.executed.token);
  if (!spent.greaterThan(budget)) return undefined;
  const funded = (t.rows ?? []).some(
    (r) =>
      /上年结转|上年结余|其他资金/.test(r.label.text) &&
      [r.adjustedBudget, r.executed, r.initialBudget].some((v) => v && !dec(v.token.value).isZero()),
  );
  if (funded) return undefined;
  const per =
    total.executed.token.unit === 'wanYuan'
      ? 10_000
      : total.executed.token.unit === 'yiYuan'
        ? 100_000_000
        : 1;
  const gap: Decimal = spent.minus(budget).dividedBy(per);
  return makeFinding({
    code: 'text.executed-above-budget',
    severity: 'warning',
    confidence: confidenceOf(total),
    file,
    evidence: [total.executed.cell.evidence, total.adjustedBudget.cell.evidence],
    message: {
      zh: `全年执行数 ${total.executed.token.value} 超过全年预算数 ${total.adjustedBudget.token.value}（多 ${show(gap)}），资金表中上年结转、其他资金均为空，超出部分的来源未说明`,
      en: `executed ${total.executed.token.value} exceeds the full-year budget ${total.adjustedBudget.token.value} by ${show(gap)}, with no carry-over or other funds in the block`,
    },
    recomputation: {
      zh: `${total.executed.token.value} − ${total.adjustedBudget.token.value} = ${show(gap)}`,
      en: `${total.executed.token.value} − ${total.adjustedBudget.token.value} = ${show(gap)}`,
    },
    expected: total.adjustedBudget.token.value,
    actual: total.executed.token.value,
  });
}

/** "执行率 0.1" for 94 ÷ 650: the fraction judged at the precision it is written with. */
function fractionRate(t: FundsTable, ruleSet: RuleSet, file?: string): AuditFinding | undefined {
  if (!t.rateIsFraction || !t.rate || !t.executed) return undefined;
  const budget = denominators(t.adjustedBudget, t.initialBudget, ruleSet).primary;
  if (!budget) return undefined;
  const ratio = ratioOf(dec(t.executed.token.value), dec(budget.token.value), ruleSet);
  if (!ratio) return undefined;
  const kind = compareWritten(t.rate.token.value, ratio.rate);
  const severity =
    severityFor(kind, 'error') ?? (show(ratio.rate, 4) !== t.rate.token.value ? 'info' : undefined);
  if (!severity) return undefined;
  return makeFinding({
    code: 'text.execution-rate-mismatch',
    severity,
    confidence: confidenceOf(t),
    file,
    evidence: [t.rate.cell.evidence, t.executed.cell.evidence, budget.cell.evidence],
    message: {
      zh: `执行率写作 ${t.rate.token.value}（小数），${t.executed.token.value} ÷ ${budget.token.value} = ${show(ratio.rate, 4)}${severity === 'info' ? '，按所写精度一致' : ''}`,
      en: `execution rate written as the fraction ${t.rate.token.value}; ${t.executed.token.value} / ${budget.token.value} = ${show(ratio.rate, 4)}`,
    },
    recomputation: {
      zh: `${t.executed.token.value} ÷ ${budget.token.value} = ${show(ratio.rate, 6)}`,
      en: `${t.executed.token.value} / ${budget.token.value} = ${show(ratio.rate, 6)}`,
    },
    expected: show(ratio.rate, 4),
    actual: t.rate.token.value,
  });
}

/** 按收入性质分 and 按支出性质分 classify the same money: each side's total against its parts, and the two sides. */
function natureChecks(t: FundsTable, file?: string): AuditFinding[] {
  const n = t.byNature;
  if (!n) return [];
  const out: AuditFinding[] = [];
  const sides = { income: '按收入性质分', spending: '按支出性质分' } as const;
  const value = (side: NatureSide) =>
    side.total
      ? dec(side.total.token.value)
      : side.parts.length > 0
        ? sum(side.parts.map((p) => dec(p.value.token.value)))
        : undefined;
  for (const key of ['income', 'spending'] as const) {
    const side = n[key];
    if (!side.total || side.parts.length < 2) continue;
    const partsSum = sum(side.parts.map((p) => dec(p.value.token.value)));
    if (partsSum.eq(dec(side.total.token.value))) continue;
    const terms = side.parts.map((p) => p.value.token.value).join(' + ');
    out.push(
      makeFinding({
        code: 'text.funds-parts',
        severity: 'error',
        confidence: confidenceOf(t),
        file,
        evidence: [side.total.cell.evidence, ...side.parts.map((p) => p.value.cell.evidence)],
        message: {
          zh: `${sides[key]}写作 ${side.total.token.value}，其中各项之和为 ${show(partsSum)}`,
          en: `${key} by nature is stated as ${side.total.token.value}, its parts add up to ${show(partsSum)}`,
        },
        recomputation: { zh: `${terms} = ${show(partsSum)}`, en: `${terms} = ${show(partsSum)}` },
        expected: show(partsSum),
        actual: side.total.token.value,
      }),
    );
  }
  const income = value(n.income);
  const spending = value(n.spending);
  if (income === undefined || spending === undefined || income.eq(spending)) return out;
  // Both sides written: the two classifications of one total disagree.
  if (!n.income.total && !n.spending.total) return out;
  const spendingTerms = n.spending.parts.map((p) => p.value.token.value).join(' + ');
  out.push(
    makeFinding({
      code: 'text.funds-by-nature',
      severity: n.income.total && n.spending.total ? 'error' : 'warning',
      confidence: n.income.total && n.spending.total ? confidenceOf(t) : 'likely',
      file,
      evidence: [
        ...(n.income.total ? [n.income.total.cell.evidence] : []),
        ...(n.spending.total ? [n.spending.total.cell.evidence] : []),
      ],
      message: {
        zh: `按收入性质分合计 ${show(income)}，按支出性质分合计 ${show(spending)}，两种分类的同一笔资金不相等（相差 ${show(income.minus(spending).abs())}）`,
        en: `by income nature the funds total ${show(income)}, by spending nature ${show(spending)}`,
      },
      recomputation: {
        zh: `${spendingTerms || show(spending)} = ${show(spending)} ≠ ${show(income)}`,
        en: `${spendingTerms || show(spending)} = ${show(spending)} ≠ ${show(income)}`,
      },
      expected: show(spending),
      actual: show(income),
    }),
  );
  return out;
}
