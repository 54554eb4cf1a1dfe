import type { Finding, Severity } from '../checks/finding';
import type { Localized } from '../i18n/localized';
import type { IndicatorLibraryEntry } from '../library/entry';
import type { Evaluation, Target } from '../model/evaluation';
import type { Location } from '../model/location';
import type { DeclaredIndicator, TargetDeclaration } from '../model/target-declaration';
import type { RuleSet } from '../rules/rule-set';
import { type TargetRules, targetRulesSchema } from '../rules/target-rules';

/**
 * What a target check (目标审核规则) sees: the declaration, the rule set, and what may be known beside it
 * — last year's self-evaluation (for targets set too low) and the indicator library (for indicators
 * that could be quantified). Of a library entry only the fields the checks read are required, so the
 * library's `IndicatorLibraryEntry` and a lighter row (a server projection) both fit.
 */
export type TargetLibraryEntry = Pick<IndicatorLibraryEntry, 'id'> &
  Partial<Pick<IndicatorLibraryEntry, 'comparator' | 'quantitative'>>;

export interface DeclarationCheckContext {
  declaration: TargetDeclaration;
  ruleSet: RuleSet;
  priorYear?: Evaluation;
  library?: readonly TargetLibraryEntry[];
}

/** A target check: stable code (`target.*`, docs/targets.md), severity, title and its rule. */
export interface TargetCheck {
  code: string;
  severity: Severity;
  title: Localized;
  run(ctx: DeclarationCheckContext): Finding[];
}

/** The rule set's target rules, with the practice defaults when it has none. */
export function targetRulesOf(ruleSet: RuleSet): TargetRules {
  return ruleSet.targets ?? targetRulesSchema.parse({});
}

/** A target counts as quantitative when it has a sign (≥ ≤ =) and a figure. */
export function isQuantitative(target: Target): boolean {
  return target.comparator !== undefined && target.comparator !== 'qualitative' && target.value !== undefined;
}

/** Where an indicator (or one of its fields) is, labelled with its name. */
export function indicatorLocation(
  index: number,
  indicator: Pick<DeclaredIndicator, 'name'>,
  field: string,
  fieldLabel: string,
): Location {
  return {
    path: `indicators[${index}]${field ? `.${field}` : ''}`,
    label: `绩效指标第 ${index + 1} 行（${indicator.name}）「${fieldLabel}」`,
  };
}

/** The library entry an indicator was taken from, if it names one that is known. */
export function libraryEntryOf(
  ctx: DeclarationCheckContext,
  indicator: DeclaredIndicator,
): TargetLibraryEntry | undefined {
  if (indicator.libraryId === undefined) return undefined;
  return ctx.library?.find((entry) => entry.id === indicator.libraryId);
}
