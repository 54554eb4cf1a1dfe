import { amountText } from '../i18n/format';
import type { Evaluation } from '../model/evaluation';
import { type Decimal, dec, sum } from '../money/decimal';
import { round } from '../money/rounding';
import type { RuleSet } from '../rules/rule-set';
import { EXECUTION_DENOMINATOR_LABEL, executionRateOf, optionalDecimal, unspentOf } from './formulas';
import { rateOf } from './ratio';
import { sharesOf } from './shares';
import { threePublicMetrics } from './three-public';
import type { BasicProjectSplit, Metrics, PerCapitaMetric, RateMetric, UnspentMetric } from './types';

const opt = optionalDecimal;

function executionRate(ev: Evaluation, rs: RuleSet): RateMetric | undefined {
  const { denominatorField, budget, executed } = executionRateOf(ev.funds.total, rs);
  if (budget === undefined || executed === undefined) return undefined;
  return rateOf(
    { zh: '预算执行率', en: 'execution rate' },
    { value: executed, label: { zh: '全年执行数', en: 'executed' } },
    { value: budget, label: EXECUTION_DENOMINATOR_LABEL[denominatorField] },
    ev.amountUnit,
    rs,
  );
}

/** 未支出 = budget − 全年执行数 (money carried over or returned), over the rule set's execution denominator. */
function unspent(ev: Evaluation, rs: RuleSet): UnspentMetric | undefined {
  const { denominatorField, budget, executed } = executionRateOf(ev.funds.total, rs);
  if (budget === undefined || executed === undefined) return undefined;
  const { amount } = unspentOf(budget, executed, rs);
  const share = rateOf(
    { zh: '未支出占预算比例', en: 'share of the budget not spent' },
    { value: amount, label: { zh: '（预算数 − 全年执行数）', en: '(budget − executed)' } },
    { value: budget, label: EXECUTION_DENOMINATOR_LABEL[denominatorField] },
    ev.amountUnit,
    rs,
  );
  return { amount, ...(share ? { share } : {}) };
}

/** 结转结余率 against 支出预算数; a project evaluation without one falls back to its 全年预算数. */
function carryoverRate(ev: Evaluation, rs: RuleSet): RateMetric | undefined {
  const closing = opt(ev.carryover?.closing);
  if (closing === undefined) return undefined;
  const budget = opt(ev.expenditureBudget?.total);
  const denominator =
    budget !== undefined
      ? { value: budget, label: { zh: '支出预算数', en: 'expenditure budget' } }
      : ev.funds.total.adjustedBudget !== undefined
        ? { value: dec(ev.funds.total.adjustedBudget), label: EXECUTION_DENOMINATOR_LABEL.adjustedBudget }
        : undefined;
  if (!denominator) return undefined;
  return rateOf(
    { zh: '结转结余率', en: 'carryover rate' },
    { value: closing, label: { zh: '年末结转结余', en: 'closing carryover' } },
    denominator,
    ev.amountUnit,
    rs,
  );
}

function basicProjectSplit(ev: Evaluation, rs: RuleSet): BasicProjectSplit | undefined {
  const byType = ev.expenditure?.byType ?? [];
  let source: BasicProjectSplit['source'];
  let basic: Decimal;
  let project: Decimal;
  if (byType.length > 0) {
    source = 'actual';
    basic = sum(byType.filter((l) => l.type === 'basic').map((l) => dec(l.amount)));
    project = sum(byType.filter((l) => l.type === 'project').map((l) => dec(l.amount)));
  } else if (ev.expenditureBudget?.basic !== undefined && ev.expenditureBudget.project !== undefined) {
    source = 'budget';
    basic = dec(ev.expenditureBudget.basic);
    project = dec(ev.expenditureBudget.project);
  } else {
    return undefined;
  }
  const whole = { value: basic.plus(project), label: { zh: '基本支出 + 项目支出', en: 'basic + project' } };
  const basicShare = rateOf(
    { zh: '基本支出占比', en: 'share of basic expenditure' },
    { value: basic, label: { zh: '基本支出', en: 'basic' } },
    whole,
    ev.amountUnit,
    rs,
  );
  const projectShare = rateOf(
    { zh: '项目支出占比', en: 'share of project expenditure' },
    { value: project, label: { zh: '项目支出', en: 'project' } },
    whole,
    ev.amountUnit,
    rs,
  );
  return basicShare && projectShare ? { source, basic, project, basicShare, projectShare } : undefined;
}

/** 人均支出 = 支出合计 ÷ 实有人数; the spending is the stated total, else the sum by type, else 全年执行数. */
function perCapita(ev: Evaluation, rs: RuleSet): PerCapitaMetric | undefined {
  const people = ev.staff?.actual;
  if (people === undefined || people === 0) return undefined;
  const byType = ev.expenditure?.byType ?? [];
  const expenditure =
    opt(ev.expenditure?.statedTotal) ??
    (byType.length > 0 ? sum(byType.map((l) => dec(l.amount))) : opt(ev.funds.total.executed));
  if (expenditure === undefined) return undefined;
  const value = expenditure.dividedBy(people);
  const rounded = round(value, 2, rs.rounding.mode);
  const unit = ev.amountUnit;
  const e = amountText(expenditure, unit);
  const r = amountText(rounded, unit, 2);
  return {
    expenditure,
    people,
    value,
    rounded,
    unit,
    explanation: {
      zh: `人均支出 = 支出合计 ${e.zh} ÷ 实有人数 ${people} 人 = ${r.zh}/人`,
      en: `spending per person = ${e.en} ÷ ${people} staff = ${r.en} per person`,
    },
  };
}

/** Derived figures of an evaluation (rates, shares, 三公经费), each exact with its rounded percent. */
export function computeMetrics(evaluation: Evaluation, ruleSet: RuleSet): Metrics {
  const unit = evaluation.amountUnit;
  const income = evaluation.income;
  const spending = evaluation.expenditure;
  return {
    executionRate: executionRate(evaluation, ruleSet),
    unspent: unspent(evaluation, ruleSet),
    carryoverRate: carryoverRate(evaluation, ruleSet),
    incomeShares: sharesOf(
      (income?.items ?? []).map((l) => ({ ...l, category: l.source })),
      income?.statedTotal,
      { zh: '收入', en: 'income' },
      unit,
      ruleSet,
    ),
    expenditureShares: {
      byType: sharesOf(
        (spending?.byType ?? []).map((l) => ({ ...l, category: l.type })),
        spending?.statedTotal,
        { zh: '支出', en: 'expenditure' },
        unit,
        ruleSet,
      ),
      byFunction: sharesOf(
        spending?.byFunction ?? [],
        spending?.statedTotal,
        { zh: '支出', en: 'expenditure' },
        unit,
        ruleSet,
      ),
    },
    threePublicExpenses: threePublicMetrics(evaluation, ruleSet),
    basicProjectSplit: basicProjectSplit(evaluation, ruleSet),
    perCapitaExpenditure: perCapita(evaluation, ruleSet),
  };
}
