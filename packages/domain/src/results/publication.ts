import type { DecimalString } from '../money/decimal';
import type { ResultSuggestion } from '../rules/results-rules';
import type { ResultsList } from './apply';

/**
 * The suggestion list as plain JSON for publication (信息公开): names, figures and the rule's wording in
 * Chinese, no ids of people and no override reasons (those are the bureau's working notes; `adjusted`
 * says an entry was set by hand). Amounts are 万元 decimal strings.
 */
export interface PublishedResults {
  format: 'jixiao.results';
  fiscalYear: number;
  amountUnit: 'wanYuan';
  budget: DecimalString;
  change: DecimalString;
  departments: {
    name: string | null;
    budget: DecimalString;
    change: DecimalString;
    units: {
      name: string;
      budget: DecimalString;
      change: DecimalString;
      entries: {
        title: string;
        kind: 'project' | 'unitWide';
        score: DecimalString | null;
        grade: string | null;
        suggestion: ResultSuggestion | null;
        suggestionText: string | null;
        budget: DecimalString | null;
        changePercent: DecimalString | null;
        change: DecimalString | null;
        adjusted: boolean;
      }[];
    }[];
  }[];
}

export function publishedResults(list: ResultsList, fiscalYear: number): PublishedResults {
  return {
    format: 'jixiao.results',
    fiscalYear,
    amountUnit: 'wanYuan',
    budget: list.budget,
    change: list.change,
    departments: list.departments.map((d) => ({
      name: d.departmentName,
      budget: d.budget,
      change: d.change,
      units: d.units.map((u) => ({
        name: u.unitName,
        budget: u.budget,
        change: u.change,
        entries: u.entries.map((e) => ({
          title: e.title,
          kind: e.kind,
          score: e.totalScore,
          grade: e.gradeLabel,
          suggestion: e.suggestion,
          suggestionText: e.suggestionLabel?.zh ?? null,
          budget: e.budget,
          changePercent: e.overridden ? null : e.changePercent,
          change: e.change,
          adjusted: e.overridden,
        })),
      })),
    })),
  };
}
