import type { Evaluation } from '@jixiao/domain';
import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/connect';
import { ruleSetAssignments } from '../db/schema';
import { knowRuleSet, ruleSetFor } from './registry';

/** The region (区划) of an organisation: the root of its tree path "/root/…/own/". */
export function regionOf(organisationPath: string): string | undefined {
  return organisationPath.split('/').find((segment) => segment !== '');
}

/** The rule set assigned to the region for the year, if an administrator assigned one. */
export async function assignedRuleSetId(
  db: DbOrTx,
  organisationPath: string,
  fiscalYear: number,
): Promise<string | undefined> {
  const region = regionOf(organisationPath);
  if (!region) return undefined;
  const [row] = await db
    .select({ ruleSetId: ruleSetAssignments.ruleSetId })
    .from(ruleSetAssignments)
    .where(and(eq(ruleSetAssignments.organisationId, region), eq(ruleSetAssignments.fiscalYear, fiscalYear)));
  return row?.ruleSetId;
}

/**
 * A new evaluation in a region and year with an assigned rule set is scored with that rule set, when it
 * covers the evaluation's kind (项目支出 / 部门整体); otherwise it keeps the rule set it names. A target
 * declaration (same three fields) takes its region's rule set the same way.
 */
export async function withAssignedRuleSet<T extends Pick<Evaluation, 'fiscalYear' | 'kind' | 'ruleSet'>>(
  db: DbOrTx,
  organisationPath: string,
  evaluation: T,
): Promise<T> {
  const assigned = await assignedRuleSetId(db, organisationPath, evaluation.fiscalYear);
  if (assigned === undefined || assigned === evaluation.ruleSet) return evaluation;
  await knowRuleSet(db, assigned);
  const ruleSet = ruleSetFor(assigned);
  return ruleSet.kinds.includes(evaluation.kind) ? { ...evaluation, ruleSet: assigned } : evaluation;
}
