import {
  type RectificationRules,
  type RectificationSourceKind,
  rectificationRulesSchema,
} from '../rules/rectification-rules';
import type { RuleSet } from '../rules/rule-set';
import { addDays, dayNumber } from './dates';
import type { RectificationStatus } from './model';

const DEFAULTS: RectificationRules = rectificationRulesSchema.parse({});

/** The rule set's 整改 rules, or the defaults (30 days, 20 for returns and monitoring triggers). */
export function rectificationRulesOf(ruleSet: Pick<RuleSet, 'rectification'>): RectificationRules {
  return ruleSet.rectification ?? DEFAULTS;
}

/**
 * The deadline of an item raised on `raisedOn` (an ISO date the caller gives): that day plus the rule set's
 * days for its source. Raised 2026-12-01 with 30 days → due 2026-12-31; the unit has all of the deadline day.
 */
export function rectificationDeadline(
  kind: RectificationSourceKind,
  raisedOn: string,
  ruleSet: Pick<RuleSet, 'rectification'>,
): string {
  const due = addDays(raisedOn, rectificationRulesOf(ruleSet).deadlineDays[kind]);
  if (due === undefined) throw new Error(`not an ISO date: ${raisedOn}`);
  return due;
}

/**
 * 逾期: the deadline has passed (today is later than the deadline day) and the item is not closed out. On
 * the deadline day itself it is not overdue; an item closed out after its deadline is no longer flagged
 * (the ledger keeps when it was closed). `today` comes from the caller, never from a clock here.
 */
export function isOverdue(item: { deadline: string; status: RectificationStatus }, today: string): boolean {
  if (item.status === 'closed') return false;
  const due = dayNumber(item.deadline);
  const now = dayNumber(today);
  if (due === undefined || now === undefined) return false;
  return now > due;
}

/** Days past the deadline (0 while not overdue). */
export function daysOverdue(item: { deadline: string; status: RectificationStatus }, today: string): number {
  if (!isOverdue(item, today)) return 0;
  return (dayNumber(today) ?? 0) - (dayNumber(item.deadline) ?? 0);
}
