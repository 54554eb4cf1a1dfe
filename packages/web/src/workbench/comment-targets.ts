import type { Draft } from './draft';

/** Which workbench section (card) a field path belongs to, so a field comment shows beside that card. */
const SECTION_PREFIXES: [string, string[]][] = [
  ['basic', ['unit', 'project', 'meta', 'fiscalYear', 'kind', 'title', 'amountUnit']],
  ['funds', ['funds', 'executionManualScore', 'expenditureBudget']],
  ['breakdown', ['income', 'expenditure', 'carryover', 'staff']],
  ['three-public', ['threePublicExpenses']],
  ['goals', ['goals']],
  ['indicators', ['indicators', 'stated']],
  ['narrative', ['narrative']],
  ['rule-set', ['ruleSet']],
];

export function sectionOfPath(path: string): string | undefined {
  const head = /^[A-Za-z]+/.exec(path)?.[0];
  return SECTION_PREFIXES.find(([, prefixes]) => head !== undefined && prefixes.includes(head))?.[0];
}

/** The fields a reviewer can pick for a comment: funds cells, each indicator's actual/score, goals, texts. */
export function commentTargets(draft: Draft): string[] {
  const out = ['unit.name'];
  for (const row of ['total', 'fiscalAppropriation', 'priorYearCarryover', 'otherFunds']) {
    for (const col of ['initialBudget', 'adjustedBudget', 'executed']) out.push(`funds.${row}.${col}`);
  }
  (draft.goals ?? []).forEach((_, i) => {
    out.push(`goals[${i}]`);
  });
  (draft.indicators ?? []).forEach((_, i) => {
    out.push(`indicators[${i}].actual`, `indicators[${i}].score`, `indicators[${i}].deviationReason`);
  });
  for (const key of Object.keys(draft.narrative ?? {})) out.push(`narrative.${key}`);
  return out;
}
