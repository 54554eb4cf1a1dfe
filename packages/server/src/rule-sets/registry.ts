import { getRuleSet, listRuleSets, type RuleSet, validateRuleSet } from '@jixiao/domain';
import { and, desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/connect';
import { customRuleSets } from '../db/schema';

/**
 * The rule sets the server scores with: the domain's built-in ones, and the custom ones administrators
 * uploaded (custom_rule_sets, newest revision of each id). The scoring core stays pure: this module loads
 * the rule set, the domain computes with it. Custom rule sets are held per process once read (loaded at
 * start, on upload, and brought to their newest revision by `knowRuleSet` before an evaluation scored with
 * one is created, loaded or saved), so scoring itself stays synchronous.
 */
const custom = new Map<string, { revision: number; ruleSet: RuleSet }>();

export function isBuiltinRuleSet(id: string): boolean {
  return listRuleSets().some((r) => r.id === id);
}

/** The rule set of this id: built-in first, then a custom one known here; unknown ids throw the domain's located error. */
export function ruleSetFor(id: string): RuleSet {
  const known = custom.get(id.trim());
  if (known && !isBuiltinRuleSet(id)) return known.ruleSet;
  return getRuleSet(id);
}

/** The rule set of this id if it is built in or a custom one known here, else undefined. */
export function knownRuleSet(id: string): RuleSet | undefined {
  if (isBuiltinRuleSet(id)) return getRuleSet(id);
  return custom.get(id.trim())?.ruleSet;
}

/** Remembers a custom revision unless a newer one is already known. */
export function rememberRuleSet(revision: number, ruleSet: RuleSet): void {
  const known = custom.get(ruleSet.id);
  if (!known || known.revision < revision) custom.set(ruleSet.id, { revision, ruleSet });
}

/**
 * Reads the newest revision of every custom rule set (at start, and before a re-score). What was known
 * before is forgotten first: revision numbers belong to one database, and a process that opened another
 * one earlier (the test suite does, PGlite then PostgreSQL) must not keep its revisions.
 */
export async function loadCustomRuleSets(db: DbOrTx): Promise<void> {
  custom.clear();
  const rows = await db
    .select({ revision: customRuleSets.revision, content: customRuleSets.content })
    .from(customRuleSets);
  for (const row of rows) {
    const checked = validateRuleSet(row.content);
    if (checked.ok) rememberRuleSet(row.revision, checked.ruleSet);
  }
}

/**
 * Makes an id scorable before a synchronous step needs it, at its newest revision: one indexed look-up of
 * the revision number per call for a custom id (none for a built-in one), and the content only when a newer
 * revision was uploaded, through this instance or another. Ids neither built in nor stored stay unknown
 * (the scoring step refuses them).
 */
export async function knowRuleSet(db: DbOrTx, id: string): Promise<void> {
  if (isBuiltinRuleSet(id)) return;
  const [newest] = await db
    .select({ revision: customRuleSets.revision })
    .from(customRuleSets)
    .where(eq(customRuleSets.ruleSetId, id))
    .orderBy(desc(customRuleSets.revision))
    .limit(1);
  if (!newest || (custom.get(id)?.revision ?? 0) >= newest.revision) return;
  const [row] = await db
    .select({ content: customRuleSets.content })
    .from(customRuleSets)
    .where(and(eq(customRuleSets.ruleSetId, id), eq(customRuleSets.revision, newest.revision)));
  const checked = row ? validateRuleSet(row.content) : undefined;
  if (checked?.ok) rememberRuleSet(newest.revision, checked.ruleSet);
}

/** `knowRuleSet` for the rule set an unparsed evaluation body names, if it names one. */
export async function knowRuleSetOf(db: DbOrTx, evaluation: unknown): Promise<void> {
  if (typeof evaluation !== 'object' || evaluation === null || !('ruleSet' in evaluation)) return;
  if (typeof evaluation.ruleSet === 'string') await knowRuleSet(db, evaluation.ruleSet);
}
