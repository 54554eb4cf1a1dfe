import { type ErrorIssue, type Evaluation, isJixiaoError, type Message } from '@jixiao/domain';
import {
  checkZip,
  type Grid,
  readEvaluationBytes,
  readEvaluationGrid,
  readEvaluationJson,
  xlsxToGrids,
} from '@jixiao/formats';
import { and, eq, sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import JSZip from 'jszip';
import { audit } from '../db/audit';
import type { Db, Tx } from '../db/connect';
import { organisations } from '../db/schema';
import { deriveColumns } from '../evaluations/derive';
import { serverMessage as m } from '../messages';
import { type BudgetLine, findBudgetHeader, issuesError, readBudgetSheet } from './budget-sheet';

export interface ImportFile {
  name: string;
  bytes: Uint8Array;
}

export interface ImportSummary {
  importId: string;
  evaluations: number;
  budgets: number;
  sheets: { file: string; sheet?: string; kind: 'evaluation' | 'budget'; rows: number }[];
}

interface ParsedEvaluation {
  evaluation: Evaluation;
  file: string;
  sheet?: string;
}

/** Rows per INSERT … SELECT FROM unnest(…): far below the 65535-parameter limit, each statement one round trip. */
const CHUNK = 500;
/** Bad cells listed in one reply at most (the count in the message is always complete). */
const MAX_ISSUES_LISTED = 2000;

const where = (file: string, sheet?: string) => ({ path: '', file, ...(sheet ? { sheet } : {}) });

function collect(issues: ErrorIssue[], error: unknown, file: string, sheet?: string): void {
  if (isJixiaoError(error)) {
    if (error.issues.length === 0) issues.push({ message: error.toMessage(), location: where(file, sheet) });
    for (const issue of error.issues) {
      issues.push({ message: issue.message, location: { ...where(file, sheet), ...issue.location } });
    }
    return;
  }
  throw error;
}

const IMPORTABLE = /\.(xlsx|json|csv)$/i;

/** A .zip of files is the same as uploading its files one by one (entries named "archive.zip/inner.xlsx"). */
async function unzip(file: ImportFile, issues: ErrorIssue[]): Promise<ImportFile[]> {
  try {
    checkZip(file.bytes, file.name);
    const zip = await JSZip.loadAsync(file.bytes);
    const entries = Object.values(zip.files).filter(
      (e) => !e.dir && !e.name.startsWith('__MACOSX/') && !/(^|\/)\./.test(e.name) && IMPORTABLE.test(e.name),
    );
    if (entries.length === 0)
      issues.push({ message: m('import.zipWithoutSheets'), location: where(file.name) });
    return Promise.all(
      entries.map(async (e) => ({ name: `${file.name}/${e.name}`, bytes: await e.async('uint8array') })),
    );
  } catch (e) {
    if (isJixiaoError(e)) collect(issues, e, file.name);
    else issues.push({ message: m('import.notZip'), location: where(file.name) });
    return [];
  }
}

/** Reads every file and sheet, collecting every problem rather than stopping at the first. */
async function readFiles(uploaded: ImportFile[]) {
  const evaluations: ParsedEvaluation[] = [];
  const budgets: (BudgetLine & { file: string; sheet?: string })[] = [];
  const sheets: ImportSummary['sheets'] = [];
  const issues: ErrorIssue[] = [];
  const files: ImportFile[] = [];
  for (const file of uploaded) {
    if (/\.zip$/i.test(file.name)) files.push(...(await unzip(file, issues)));
    else files.push(file);
  }
  for (const file of files) {
    const ext = /\.([A-Za-z0-9]+)$/.exec(file.name)?.[1]?.toLowerCase() ?? '';
    try {
      if (ext === 'json') {
        const evaluation = readEvaluationJson(new TextDecoder().decode(file.bytes), file.name);
        evaluations.push({ evaluation, file: file.name });
        sheets.push({ file: file.name, kind: 'evaluation', rows: 1 });
        continue;
      }
      if (ext !== 'xlsx') {
        const evaluation = await readEvaluationBytes(file.bytes, file.name);
        evaluations.push({ evaluation, file: file.name });
        sheets.push({ file: file.name, kind: 'evaluation', rows: 1 });
        continue;
      }
      checkZip(file.bytes, file.name);
      let grids: Grid[];
      try {
        grids = await xlsxToGrids(file.bytes, file.name);
      } catch {
        issues.push({
          message: m('import.notWorkbook'),
          location: where(file.name),
        });
        continue;
      }
      for (const grid of grids) {
        const header = findBudgetHeader(grid);
        if (header) {
          const read = readBudgetSheet(grid, header);
          issues.push(...read.issues);
          budgets.push(
            ...read.lines.map((l) => ({
              ...l,
              file: file.name,
              ...(grid.sheet ? { sheet: grid.sheet } : {}),
            })),
          );
          sheets.push({
            file: file.name,
            ...(grid.sheet ? { sheet: grid.sheet } : {}),
            kind: 'budget',
            rows: read.lines.length,
          });
          continue;
        }
        if (grid.rows.length === 0) continue;
        try {
          evaluations.push({
            evaluation: readEvaluationGrid(grid),
            file: file.name,
            ...(grid.sheet ? { sheet: grid.sheet } : {}),
          });
          sheets.push({
            file: file.name,
            ...(grid.sheet ? { sheet: grid.sheet } : {}),
            kind: 'evaluation',
            rows: 1,
          });
        } catch (e) {
          collect(issues, e, file.name, grid.sheet);
        }
      }
    } catch (e) {
      collect(issues, e, file.name);
    }
  }
  return { evaluations, budgets, sheets, issues };
}

interface UnitRef {
  id: string;
  name: string;
  code: string | null;
}

/** Finds each line's unit among the units under the import's organisation, by code first, then by name. */
function unitMatcher(units: UnitRef[]) {
  const byCode = new Map<string, UnitRef>();
  const byName = new Map<string, UnitRef[]>();
  for (const u of units) {
    if (u.code) byCode.set(u.code, u);
    byName.set(u.name, [...(byName.get(u.name) ?? []), u]);
  }
  return (code: string | undefined, name: string | undefined): UnitRef | Message => {
    if (code) {
      const u = byCode.get(code);
      if (u) return u;
      if (!name) return m('import.noUnitWithCode', { code });
    }
    const found = name ? (byName.get(name) ?? []) : [];
    if (found.length === 1 && found[0]) return found[0];
    if (found.length > 1) return m('import.ambiguousUnit', { count: found.length, name: name ?? '' });
    return code
      ? m('import.noUnitCodeOrName', { code, name: name ?? '' })
      : m('import.noUnitNamed', { name: name ?? '' });
  };
}

/**
 * All or nothing: every file is read and every line checked first; with any problem the reply lists every
 * bad cell and nothing is written. Otherwise everything is written in ONE transaction (only `tx` inside),
 * so a crash at any point leaves either the whole import or none of it.
 */
export async function bulkImport(
  db: Db,
  input: {
    scope: { id: string; path: string };
    files: ImportFile[];
    userId: string;
    log?: FastifyBaseLogger;
    /** Runs inside the import's transaction (a job marks itself done there, so it can never run twice). */
    inTransaction?: (tx: Tx, summary: ImportSummary) => Promise<void>;
  },
): Promise<ImportSummary> {
  const { evaluations, budgets, sheets, issues } = await readFiles(input.files);
  const units = await db
    .select({ id: organisations.id, name: organisations.name, code: organisations.code })
    .from(organisations)
    .where(and(eq(organisations.kind, 'unit'), sql`starts_with(${organisations.path}, ${input.scope.path})`));
  const match = unitMatcher(units);

  const evaluationRows: { unitId: string; evaluation: Evaluation }[] = [];
  for (const p of evaluations) {
    const unit = match(p.evaluation.unit.code, p.evaluation.unit.name);
    if ('key' in unit)
      issues.push({
        message: unit,
        location: { ...where(p.file, p.sheet), path: 'unit.name', label: m('label.unitName').text },
      });
    else evaluationRows.push({ unitId: unit.id, evaluation: p.evaluation });
  }
  const budgetRows: (BudgetLine & { unitId: string })[] = [];
  const seen = new Map<string, number>();
  for (const line of budgets) {
    const loc = {
      ...where(line.file, line.sheet),
      row: line.row,
      column: line.unitColumn,
      label: m('label.unitName').text,
    };
    const unit = match(line.unitCode, line.unitName);
    if ('key' in unit) {
      issues.push({ message: unit, location: loc });
      continue;
    }
    const key = `${unit.id}/${line.fiscalYear}`;
    const first = seen.get(key);
    if (first !== undefined) issues.push({ message: m('import.duplicateLine', { first }), location: loc });
    else seen.set(key, line.row);
    budgetRows.push({ ...line, unitId: unit.id });
  }
  if (evaluations.length === 0 && budgets.length === 0 && issues.length === 0) {
    issues.push({
      message: m('import.nothingFound'),
      location: where(input.files.map((f) => f.name).join('、')),
    });
  }
  if (issues.length > 0) {
    const error = issuesError(issues.slice(0, MAX_ISSUES_LISTED));
    if (issues.length > MAX_ISSUES_LISTED) {
      error.issues.push({ message: m('import.moreProblems', { count: issues.length - MAX_ISSUES_LISTED }) });
    }
    throw error;
  }

  const importId = crypto.randomUUID();
  const derived = evaluationRows.map((r) => ({ ...r, columns: deriveColumns(r.evaluation) }));
  const summary: ImportSummary = {
    importId,
    evaluations: derived.length,
    budgets: budgetRows.length,
    sheets,
  };
  await db.transaction(async (tx) => {
    input.log?.info(
      { importId, evaluations: derived.length, budgets: budgetRows.length },
      'bulk import: transaction open',
    );
    for (let i = 0; i < derived.length; i += CHUNK)
      await insertEvaluations(tx, derived.slice(i, i + CHUNK), importId, input.userId);
    for (let i = 0; i < budgetRows.length; i += CHUNK)
      await upsertBudgets(tx, budgetRows.slice(i, i + CHUNK), input.userId);
    await audit(tx, {
      userId: input.userId,
      action: 'bulkImport',
      entity: 'import',
      entityId: importId,
      after: {
        organisationId: input.scope.id,
        files: input.files.map((f) => f.name),
        evaluations: derived.length,
        budgets: budgetRows.length,
      },
    });
    await input.inTransaction?.(tx, summary);
  });
  input.log?.info({ importId }, 'bulk import: committed');
  return summary;
}

async function insertEvaluations(
  tx: Tx,
  rows: { unitId: string; evaluation: Evaluation; columns: ReturnType<typeof deriveColumns> }[],
  importId: string,
  userId: string,
): Promise<void> {
  const col = <T>(f: (r: (typeof rows)[number]) => T) => sql.param(rows.map(f));
  await tx.execute(sql`
    insert into evaluations (organisation_id, kind, fiscal_year, title, unit_name, rule_set_id, data,
      total_score, grade, execution_rate, error_count, warning_count, import_id, updated_by)
    select u.org, u.kind, u.year, u.title, u.unit_name, u.rule_set, u.data::jsonb,
      u.total::numeric, u.grade, u.rate::numeric, u.errors, u.warnings, ${importId}::uuid, ${userId}::uuid
    from unnest(${col((r) => r.unitId)}::uuid[], ${col((r) => r.columns.kind)}::text[], ${col((r) => r.columns.fiscalYear)}::int[],
      ${col((r) => r.columns.title)}::text[], ${col((r) => r.columns.unitName)}::text[], ${col((r) => r.columns.ruleSetId)}::text[],
      ${col((r) => JSON.stringify(r.evaluation))}::text[], ${col((r) => r.columns.totalScore)}::text[], ${col((r) => r.columns.grade)}::text[],
      ${col((r) => r.columns.executionRate)}::text[], ${col((r) => r.columns.errorCount)}::int[], ${col((r) => r.columns.warningCount)}::int[])
      as u(org, kind, year, title, unit_name, rule_set, data, total, grade, rate, errors, warnings)`);
}

async function upsertBudgets(
  tx: Tx,
  rows: (BudgetLine & { unitId: string })[],
  userId: string,
): Promise<void> {
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
