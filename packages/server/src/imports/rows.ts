import { type ErrorIssue, JixiaoError } from '@jixiao/domain';
import { sql } from 'drizzle-orm';
import type { Permission } from '../access/policies';
import { inScope } from '../access/scope';
import type { Grant } from '../auth/sessions';
import { auditAll } from '../db/audit';
import type { Tx } from '../db/connect';
import { budgets } from '../db/schema';
import { serverMessage as m } from '../messages';
import { type BudgetLine, listed } from './budget-sheet';

export type BudgetRowIn = BudgetLine & { unitId: string; unitPath: string; file: string; sheet?: string };

/**
 * The permission each imported row needs at its unit, from the same policy table as the single-item routes:
 * a budget line is a budget write (a direct PATCH needs `budget.write`); a new draft is what `import.bulk`
 * grants (reviewers collecting the units' forms).
 */
const ROW_PERMISSION = { budget: 'budget.write', evaluation: 'import.bulk' } as const satisfies Record<
  string,
  Permission
>;

export interface RowToCheck {
  kind: keyof typeof ROW_PERMISSION;
  unitPath: string;
  location: ErrorIssue['location'];
}

/**
 * 403 naming every row the importer may not write; nothing is written then (the check runs before the
 * transaction). The answer is the same for every row of one kind at one unit, so it is worked out once
 * per unit and kind (a province upload has thousands of rows and a few hundred units).
 */
export function refuseRowsWithoutRights(grants: Grant[], rows: RowToCheck[]): void {
  const who = { grants };
  const allowed = new Map<string, boolean>();
  const may = (r: RowToCheck) => {
    const key = `${r.kind} ${r.unitPath}`;
    let answer = allowed.get(key);
    if (answer === undefined) {
      answer = inScope(who, ROW_PERMISSION[r.kind], r.unitPath);
      allowed.set(key, answer);
    }
    return answer;
  };
  const refused = rows.filter((r) => !may(r));
  if (refused.length === 0) return;
  const issues = refused.map((r) => ({
    message: m(r.kind === 'budget' ? 'import.mayNotWriteBudget' : 'import.mayNotWriteEvaluation'),
    ...(r.location ? { location: r.location } : {}),
  }));
  throw new JixiaoError('FORBIDDEN', m('import.rowsNotAllowed', { count: refused.length }), listed(issues));
}

const keyOf = (rows: BudgetRowIn[]) =>
  sql`(${budgets.organisationId}, ${budgets.fiscalYear}) in (select * from unnest(${sql.param(
    rows.map((r) => r.unitId),
  )}::uuid[], ${sql.param(rows.map((r) => r.fiscalYear))}::int[]))`;

/**
 * Writes budget lines as single edits do: the rows they change are locked first (a concurrent PATCH waits,
 * then finds the version moved on and gets 409), each version goes up by one, and each row gets its own
 * audit line with what changed, before and after.
 */
export async function writeBudgets(
  tx: Tx,
  rows: BudgetRowIn[],
  userId: string,
  importId: string,
): Promise<void> {
  const before = await tx.select().from(budgets).where(keyOf(rows)).for('update');
  await upsertBudgets(tx, rows, userId);
  const after = await tx.select().from(budgets).where(keyOf(rows));
  const was = new Map(before.map((b) => [b.id, b]));
  await auditAll(
    tx,
    after.map((row) => {
      const old = was.get(row.id);
      return {
        userId,
        action: old ? 'update' : 'create',
        entity: 'budget',
        entityId: row.id,
        ...(old ? { before: old } : {}),
        after: { ...row, importId },
      };
    }),
  );
}

async function upsertBudgets(tx: Tx, rows: BudgetRowIn[], userId: string): Promise<void> {
  const col = <T>(f: (r: (typeof rows)[number]) => T) => sql.param(rows.map(f));
  const fig = (k: keyof BudgetLine['figures']) => col((r) => r.figures[k] ?? null);
  await tx.execute(sql`
    insert into budgets (organisation_id, fiscal_year, amount_unit, initial_budget, adjusted_budget, executed,
      basic_expenditure, project_expenditure, fiscal_appropriation, other_income, carryover, updated_by)
    select b.org, b.year, b.unit, b.ib::numeric, b.ab::numeric, b.ex::numeric, b.be::numeric, b.pe::numeric,
      b.fa::numeric, b.oi::numeric, b.co::numeric, ${userId}::uuid
    from unnest(${col((r) => r.unitId)}::uuid[], ${col((r) => r.fiscalYear)}::int[], ${col((r) => r.amountUnit)}::text[],
      ${fig('initialBudget')}::text[], ${fig('adjustedBudget')}::text[], ${fig('executed')}::text[],
      ${fig('basicExpenditure')}::text[], ${fig('projectExpenditure')}::text[], ${fig('fiscalAppropriation')}::text[],
      ${fig('otherIncome')}::text[], ${fig('carryover')}::text[])
      as b(org, year, unit, ib, ab, ex, be, pe, fa, oi, co)
    on conflict (organisation_id, fiscal_year) do update set
      amount_unit = excluded.amount_unit,
      initial_budget = coalesce(excluded.initial_budget, budgets.initial_budget),
      adjusted_budget = coalesce(excluded.adjusted_budget, budgets.adjusted_budget),
      executed = coalesce(excluded.executed, budgets.executed),
      basic_expenditure = coalesce(excluded.basic_expenditure, budgets.basic_expenditure),
      project_expenditure = coalesce(excluded.project_expenditure, budgets.project_expenditure),
      fiscal_appropriation = coalesce(excluded.fiscal_appropriation, budgets.fiscal_appropriation),
      other_income = coalesce(excluded.other_income, budgets.other_income),
      carryover = coalesce(excluded.carryover, budgets.carryover),
      version = budgets.version + 1, updated_at = now(), updated_by = excluded.updated_by`);
}
