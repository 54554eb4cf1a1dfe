import { formatNumber, formatPercent } from '../format/figures';
import type { Localized } from '../i18n/localized';
import type { EvaluationKind } from '../model/evaluation';
import { type AmountUnit, convertAmount } from '../money/amount-unit';
import { type Decimal, type DecimalString, dec, HUNDRED, sum } from '../money/decimal';
import { round } from '../money/rounding';
import {
  DEFAULT_RESULTS_APPLICATION,
  type ResultRule,
  type ResultSuggestion,
  type ResultsApplicationRules,
} from '../rules/results-rules';
import type { GradeKey, RuleSet } from '../rules/rule-set';
import { gradeBandsText, gradeFor } from '../scoring/grade';
import { resultsMessage as m } from './messages';

/**
 * 结果应用: the finance bureau's next-year suggestion per evaluation, per unit and per department, from the
 * approved evaluations' summary rows (plain data, loaded by the caller) and the rule set's
 * `resultsApplication` (or the practice defaults). The change is 全年预算数 (万元) × the rule's percent,
 * rounded once at the rule's places in the rule set's rounding mode; every total is the exact sum of the
 * rounded changes below it, so the printed arithmetic adds up. A finance reviewer's override replaces the
 * suggestion and the amount and keeps the rule's figures beside it.
 */

/** One evaluation as the list reads it (summary columns and 全年预算数 as stored). */
export interface ResultsRow {
  evaluationId: string;
  fiscalYear: number;
  kind: EvaluationKind;
  title: string;
  unitId: string;
  unitName: string;
  departmentId: string | null;
  departmentName: string | null;
  ruleSetId: string;
  totalScore: DecimalString | null;
  grade: GradeKey | null;
  /** 全年预算数 (funds.total.adjustedBudget) in `amountUnit`. */
  adjustedBudget: DecimalString | null;
  amountUnit: AmountUnit;
  override?: ResultOverride | null;
}

/** What the finance reviewer set instead of the rule's figures, with the reason (mandatory). */
export interface ResultOverride {
  suggestion: ResultSuggestion;
  /** 万元, signed (−20 is a cut of 20万元). */
  change: DecimalString;
  reason: string;
}

export interface ResultEntry {
  evaluationId: string;
  fiscalYear: number;
  kind: EvaluationKind;
  title: string;
  unitId: string;
  unitName: string;
  ruleSetId: string;
  totalScore: DecimalString | null;
  grade: GradeKey | null;
  gradeLabel: string | null;
  /** 全年预算数 in 万元, exact. */
  budget: DecimalString | null;
  /** In force: the override's when there is one, else the rule's. */
  suggestion: ResultSuggestion | null;
  suggestionLabel: Localized | null;
  change: DecimalString | null;
  /** What the rule gave. */
  ruleSuggestion: ResultSuggestion | null;
  changePercent: DecimalString | null;
  ruleChange: DecimalString | null;
  /** The rule (and override) with the arithmetic written out. */
  ruleText: Localized;
  overridden: boolean;
  reason: string | null;
}

export interface UnitResults {
  unitId: string;
  unitName: string;
  /** Σ 全年预算数 of the entries that have one, 万元. */
  budget: DecimalString;
  /** Σ of the entries' changes in force, 万元. */
  change: DecimalString;
  entries: ResultEntry[];
}

export interface DepartmentResults {
  departmentId: string | null;
  departmentName: string | null;
  budget: DecimalString;
  /** Σ of its units' changes: what comes out of (or is added to) the department's 控制数. */
  change: DecimalString;
  units: UnitResults[];
}

export interface ResultsList {
  departments: DepartmentResults[];
  budget: DecimalString;
  change: DecimalString;
}

/** The rule set's 结果应用 rules, or the practice defaults [P] when it has none. */
export function resultsRulesOf(ruleSet: Pick<RuleSet, 'resultsApplication'>): ResultsApplicationRules {
  return ruleSet.resultsApplication ?? DEFAULT_RESULTS_APPLICATION;
}

export function suggestionLabel(suggestion: ResultSuggestion): Localized {
  return m(`suggestion.${suggestion}`).text;
}

function inBand(rule: ResultRule, score: Decimal): boolean {
  if (rule.minScore !== undefined && score.lessThan(dec(rule.minScore))) return false;
  if (rule.belowScore !== undefined && !score.lessThan(dec(rule.belowScore))) return false;
  return true;
}

const banded = (r: ResultRule) => r.minScore !== undefined || r.belowScore !== undefined;

/** The rule for a grade and score: a band of the grade holding the score, else the grade's own rule. */
export function resultRuleFor(
  rules: ResultsApplicationRules,
  grade: GradeKey,
  score: Decimal,
): ResultRule | undefined {
  const ofGrade = rules.rules.filter((r) => r.grade === grade);
  return ofGrade.find((r) => banded(r) && inBand(r, score)) ?? ofGrade.find((r) => !banded(r));
}

function whenText(rule: ResultRule, gradeLabel: string, ruleSet: RuleSet): Localized {
  if (!banded(rule)) return m('rule.grade', { grade: gradeLabel, bands: gradeBandsText(ruleSet) }).text;
  const band =
    rule.minScore !== undefined && rule.belowScore !== undefined
      ? m('rule.bandBetween', { min: rule.minScore, below: rule.belowScore })
      : rule.minScore !== undefined
        ? m('rule.bandFrom', { min: rule.minScore })
        : m('rule.bandBelow', { below: rule.belowScore ?? '' });
  return m('rule.band', { grade: gradeLabel, band }).text;
}

const amountText = (value: Decimal, places: number) => formatNumber(value, places);

function entryOf(row: ResultsRow, ruleSet: RuleSet): ResultEntry {
  const rules = resultsRulesOf(ruleSet);
  const places = rules.amountPlaces;
  const budget =
    row.adjustedBudget === null ? null : convertAmount(dec(row.adjustedBudget), row.amountUnit, 'wanYuan');
  const score = row.totalScore === null ? null : dec(row.totalScore);
  const grade = row.grade ?? (score ? gradeFor(score, ruleSet).key : null);
  const gradeLabel = grade === null ? null : (ruleSet.grades.find((g) => g.key === grade)?.label ?? grade);
  const base = {
    evaluationId: row.evaluationId,
    fiscalYear: row.fiscalYear,
    kind: row.kind,
    title: row.title,
    unitId: row.unitId,
    unitName: row.unitName,
    ruleSetId: row.ruleSetId,
    totalScore: row.totalScore,
    grade,
    gradeLabel,
    budget: budget === null ? null : budget.toFixed(),
  };
  const rule = grade === null || score === null ? undefined : resultRuleFor(rules, grade, score);
  let ruleChange: Decimal | null = null;
  let ruleText: Localized = m('rule.unscored').text;
  if (rule && gradeLabel !== null) {
    const when = whenText(rule, gradeLabel, ruleSet);
    const percent = formatPercent(rule.changePercent);
    const suggestion = suggestionLabel(rule.suggestion);
    if (budget === null) {
      ruleText = m('rule.noBudget', { when, suggestion, percent }).text;
    } else {
      ruleChange = round(
        budget.times(dec(rule.changePercent)).dividedBy(HUNDRED),
        places,
        ruleSet.rounding.mode,
      );
      ruleText = m('rule.arithmetic', {
        when,
        suggestion,
        budget: amountText(budget, Math.max(2, budget.decimalPlaces())),
        percent,
        change: amountText(ruleChange, places),
      }).text;
    }
  }
  const override = row.override ?? null;
  if (override) {
    const change = dec(override.change);
    return {
      ...base,
      suggestion: override.suggestion,
      suggestionLabel: suggestionLabel(override.suggestion),
      change: change.toFixed(),
      ruleSuggestion: rule?.suggestion ?? null,
      changePercent: rule?.changePercent ?? null,
      ruleChange: ruleChange?.toFixed() ?? null,
      ruleText: m('rule.override', {
        suggestion: suggestionLabel(override.suggestion),
        change: amountText(change, Math.max(places, change.decimalPlaces())),
        rule: ruleText,
        reason: override.reason,
      }).text,
      overridden: true,
      reason: override.reason,
    };
  }
  return {
    ...base,
    suggestion: rule?.suggestion ?? null,
    suggestionLabel: rule ? suggestionLabel(rule.suggestion) : null,
    change: ruleChange?.toFixed() ?? null,
    ruleSuggestion: rule?.suggestion ?? null,
    changePercent: rule?.changePercent ?? null,
    ruleChange: ruleChange?.toFixed() ?? null,
    ruleText,
    overridden: false,
    reason: null,
  };
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const total = (values: readonly (DecimalString | null)[]): DecimalString =>
  sum(values.flatMap((v) => (v === null ? [] : [dec(v)]))).toFixed();

/**
 * The suggestion list: departments by name (units without one last), their units by name, each unit's
 * evaluations by name. `ruleSets` is one rule set for every row, or the rule set of a row's `ruleSetId`.
 */
export function applyResults(
  rows: readonly ResultsRow[],
  ruleSets: RuleSet | ((ruleSetId: string) => RuleSet),
): ResultsList {
  const ruleSetOf = typeof ruleSets === 'function' ? ruleSets : () => ruleSets;
  const departments = new Map<string, { id: string | null; name: string | null; rows: ResultsRow[] }>();
  for (const row of rows) {
    const key = row.departmentId ?? '';
    const d = departments.get(key) ?? { id: row.departmentId, name: row.departmentName, rows: [] };
    d.rows.push(row);
    departments.set(key, d);
  }
  const ordered = [...departments.values()].sort((a, b) => {
    if (a.id === null || b.id === null) return a.id === b.id ? 0 : a.id === null ? 1 : -1;
    return byText(a.name ?? '', b.name ?? '') || byText(a.id, b.id);
  });
  const out: DepartmentResults[] = ordered.map((d) => {
    const units = new Map<string, ResultEntry[]>();
    for (const row of d.rows) {
      const list = units.get(row.unitId) ?? [];
      list.push(entryOf(row, ruleSetOf(row.ruleSetId)));
      units.set(row.unitId, list);
    }
    const unitResults: UnitResults[] = [...units.entries()]
      .map(([unitId, entries]) => {
        entries.sort((a, b) => byText(a.title, b.title) || byText(a.evaluationId, b.evaluationId));
        return {
          unitId,
          unitName: entries[0]?.unitName ?? '',
          budget: total(entries.map((e) => e.budget)),
          change: total(entries.map((e) => e.change)),
          entries,
        };
      })
      .sort((a, b) => byText(a.unitName, b.unitName) || byText(a.unitId, b.unitId));
    return {
      departmentId: d.id,
      departmentName: d.name,
      budget: total(unitResults.map((u) => u.budget)),
      change: total(unitResults.map((u) => u.change)),
      units: unitResults,
    };
  });
  return {
    departments: out,
    budget: total(out.map((d) => d.budget)),
    change: total(out.map((d) => d.change)),
  };
}

/** Every entry of a list, in its order. */
export function resultEntries(list: ResultsList): ResultEntry[] {
  return list.departments.flatMap((d) => d.units.flatMap((u) => u.entries));
}
