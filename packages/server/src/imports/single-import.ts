import { type Evaluation, JixiaoError } from '@jixiao/domain';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/connect';
import { fiscalYears, organisations } from '../db/schema';
import { serverMessage as m } from '../messages';
import { assignedRuleSetId } from '../rule-sets/assignments';
import { knownRuleSet, knowRuleSet, ruleSetFor as scoringRuleSet } from '../rule-sets/registry';

/**
 * What an import of one evaluation file checks before it files the evaluation under a unit: whether
 * the sheet is that unit's (its 单位名称 and 主管部门) and of the year the preparer is importing for,
 * and which rule set scores it. A mismatch is shown (the preview) and must be confirmed; the
 * evaluation keeps its own unit name, project and year as data either way.
 */

export const IMPORT_FIELDS = ['unit', 'department', 'fiscalYear'] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export interface ImportSide {
  unitName: string;
  department?: string;
  fiscalYear?: number;
}

export interface ImportComparison {
  title: string;
  kind: Evaluation['kind'];
  sheet: ImportSide;
  target: ImportSide;
  /** The fields on which the sheet and the target differ, in IMPORT_FIELDS order. */
  mismatches: ImportField[];
  /** The rule set the evaluation is scored with: the file's own, else the year's assignment. */
  ruleSet: { id: string; from: 'file' | 'assignment' | 'default' };
}

/**
 * Names as a person compares them: width forms folded, spaces and brackets dropped, and a unit's own
 * 本级 not counted ("西城区科协（本级）" is the 西城区科协 its sheet names).
 */
export function sameName(a: string, b: string): boolean {
  const norm = (s: string) =>
    s
      .normalize('NFKC')
      .replace(/[\s()[\]【】]/g, '')
      .replace(/本级$/, '');
  return norm(a) === norm(b);
}

/** The fields on which a sheet differs from the unit and year it is imported into. Blank on either side is no mismatch. */
export function mismatchesOf(sheet: ImportSide, target: ImportSide): ImportField[] {
  const out: ImportField[] = [];
  if (!sameName(sheet.unitName, target.unitName)) out.push('unit');
  if (sheet.department && target.department && !sameName(sheet.department, target.department))
    out.push('department');
  if (
    sheet.fiscalYear !== undefined &&
    target.fiscalYear !== undefined &&
    sheet.fiscalYear !== target.fiscalYear
  )
    out.push('fiscalYear');
  return out;
}

/**
 * The rule set an imported evaluation keeps: the one its file names (a JSON's ruleSet, jixiao's data
 * sheet), else the one assigned to its region and year by an administrator, else the year's default — when
 * that one applies to its kind —, else the reader's default. `assigned` is known to the registry (built in,
 * or a custom one read by `knowRuleSet`).
 */
export function ruleSetFor(
  evaluation: Evaluation,
  stated: boolean,
  assigned: string | undefined,
): ImportComparison['ruleSet'] {
  if (stated) return { id: evaluation.ruleSet, from: 'file' };
  const fits = assigned !== undefined && (knownRuleSet(assigned)?.kinds.includes(evaluation.kind) ?? false);
  return fits ? { id: assigned, from: 'assignment' } : { id: evaluation.ruleSet, from: 'default' };
}

export interface TargetUnit {
  id: string;
  name: string;
  parentId: string | null;
  /** The unit's tree path: its region (区划) is the first segment. */
  path: string;
}

/** The comparison of a read file with the unit it goes to, and the evaluation with the rule set it keeps. */
export async function compareImport(
  db: DbOrTx,
  unit: TargetUnit,
  read: { evaluation: Evaluation; ruleSetStated: boolean },
  targetYear: number | undefined,
): Promise<{ evaluation: Evaluation; comparison: ImportComparison }> {
  const { evaluation: asRead, ruleSetStated } = read;
  const [parent] = unit.parentId
    ? await db
        .select({ name: organisations.name, kind: organisations.kind })
        .from(organisations)
        .where(eq(organisations.id, unit.parentId))
    : [];
  const [year] = await db
    .select({ ruleSetId: fiscalYears.ruleSetId })
    .from(fiscalYears)
    .where(eq(fiscalYears.year, asRead.fiscalYear));
  const assigned = (await assignedRuleSetId(db, unit.path, asRead.fiscalYear)) ?? year?.ruleSetId;
  if (assigned !== undefined) await knowRuleSet(db, assigned);
  const ruleSet = ruleSetFor(asRead, ruleSetStated, assigned);
  // Refuses, with the domain's located message, a rule set neither built in nor uploaded.
  scoringRuleSet(ruleSet.id);
  const evaluation = ruleSet.id === asRead.ruleSet ? asRead : { ...asRead, ruleSet: ruleSet.id };
  const sheet: ImportSide = {
    unitName: evaluation.unit.name,
    ...(evaluation.unit.department ? { department: evaluation.unit.department } : {}),
    fiscalYear: evaluation.fiscalYear,
  };
  const target: ImportSide = {
    unitName: unit.name,
    ...(parent?.kind === 'department' ? { department: parent.name } : {}),
    ...(targetYear !== undefined ? { fiscalYear: targetYear } : {}),
  };
  const title = evaluation.project?.name ?? evaluation.unit.name;
  return {
    evaluation,
    comparison: {
      title,
      kind: evaluation.kind,
      sheet,
      target,
      mismatches: mismatchesOf(sheet, target),
      ruleSet,
    },
  };
}

/** 409 naming each difference, when the preparer has not confirmed them: nothing is stored. */
export function refuseUnconfirmed(comparison: ImportComparison): void {
  if (comparison.mismatches.length === 0) return;
  const { sheet, target } = comparison;
  const issues = comparison.mismatches.map((field) => {
    if (field === 'fiscalYear')
      return {
        message: m('import.yearDiffers', { sheet: sheet.fiscalYear ?? 0, target: target.fiscalYear ?? 0 }),
      };
    if (field === 'department')
      return {
        message: m('import.departmentDiffers', {
          sheet: sheet.department ?? '',
          target: target.department ?? '',
        }),
      };
    return { message: m('import.unitDiffers', { sheet: sheet.unitName, target: target.unitName }) };
  });
  throw new JixiaoError('CONFLICT', m('import.confirmDifferences', { count: issues.length }), issues);
}
