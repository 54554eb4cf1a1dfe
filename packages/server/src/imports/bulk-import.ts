import { type ErrorIssue, type Evaluation, isJixiaoError, type Message } from '@jixiao/domain';
import {
  checkZipAsync,
  type Grid,
  isDataSheet,
  readEvaluationBytes,
  readEvaluationJson,
  readTableSheet,
  xlsxToGrids,
} from '@jixiao/formats';
import { and, eq } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import { underPath } from '../access/tree-path';
import { loadGrants } from '../auth/sessions';
import { audit } from '../db/audit';
import type { Db, Tx } from '../db/connect';
import { organisations } from '../db/schema';
import { type DerivedColumns, deriveColumns } from '../evaluations/derive';
import { insertEvaluations } from '../evaluations/store';
import { serverMessage as m } from '../messages';
import { type BudgetLine, findBudgetHeader, issuesError, readBudgetSheet } from './budget-sheet';
import { type BudgetRowIn, type RowToCheck, refuseRowsWithoutRights, writeBudgets } from './rows';

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

/** Rows per INSERT statement: far below the 65535-parameter limit, each statement one round trip. */
const CHUNK = 500;

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
    await checkZipAsync(file.bytes, file.name);
    const { default: JSZip } = await import('jszip');
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

/** Everything read from the uploads so far, and every problem found. */
interface Reading {
  evaluations: ParsedEvaluation[];
  budgets: (BudgetLine & { file: string; sheet?: string })[];
  sheets: ImportSummary['sheets'];
  issues: ErrorIssue[];
}

function addEvaluation(into: Reading, evaluation: Evaluation, file: string, sheet?: string): void {
  const at = { file, ...(sheet ? { sheet } : {}) };
  into.evaluations.push({ evaluation, ...at });
  into.sheets.push({ ...at, kind: 'evaluation', rows: 1 });
}

/** One sheet of a workbook: a budget table (found by its header), else an evaluation form. */
function readGrid(into: Reading, file: string, grid: Grid, workbook: readonly Grid[]): void {
  const at = { file, ...(grid.sheet ? { sheet: grid.sheet } : {}) };
  const header = findBudgetHeader(grid);
  if (header) {
    const read = readBudgetSheet(grid, header);
    into.issues.push(...read.issues);
    into.budgets.push(...read.lines.map((l) => ({ ...l, ...at })));
    into.sheets.push({ ...at, kind: 'budget', rows: read.lines.length });
    return;
  }
  if (grid.rows.length === 0) return;
  try {
    // A 自评表 jixiao wrote comes back whole with its hidden data sheet (rule set, stated figures, reasons).
    addEvaluation(into, readTableSheet(grid, workbook), file, grid.sheet);
  } catch (e) {
    collect(into.issues, e, file, grid.sheet);
  }
}

async function readFile(into: Reading, file: ImportFile): Promise<void> {
  const ext = /\.([A-Za-z0-9]+)$/.exec(file.name)?.[1]?.toLowerCase() ?? '';
  if (ext === 'json') {
    addEvaluation(into, readEvaluationJson(new TextDecoder().decode(file.bytes), file.name), file.name);
    return;
  }
  if (ext !== 'xlsx') {
    addEvaluation(into, await readEvaluationBytes(file.bytes, file.name), file.name);
    return;
  }
  await checkZipAsync(file.bytes, file.name);
  let grids: Grid[];
  try {
    grids = await xlsxToGrids(file.bytes, file.name);
  } catch {
    into.issues.push({
      message: m('import.notWorkbook'),
      location: where(file.name),
    });
    return;
  }
  for (const grid of grids) if (!isDataSheet(grid)) readGrid(into, file.name, grid, grids);
}

/** Reads every file and sheet, collecting every problem rather than stopping at the first. */
async function readFiles(uploaded: ImportFile[]): Promise<Reading> {
  const into: Reading = { evaluations: [], budgets: [], sheets: [], issues: [] };
  const files: ImportFile[] = [];
  for (const file of uploaded) {
    if (/\.zip$/i.test(file.name)) files.push(...(await unzip(file, into.issues)));
    else files.push(file);
  }
  for (const file of files) {
    try {
      await readFile(into, file);
    } catch (e) {
      collect(into.issues, e, file.name);
    }
  }
  return into;
}

interface UnitRef {
  id: string;
  name: string;
  code: string | null;
  path: string;
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

type UnitMatch = ReturnType<typeof unitMatcher>;
type EvaluationRowIn = { unitId: string; evaluation: Evaluation; check: RowToCheck };

function matchEvaluations(reading: Reading, match: UnitMatch): EvaluationRowIn[] {
  const rows: EvaluationRowIn[] = [];
  for (const p of reading.evaluations) {
    const unit = match(p.evaluation.unit.code, p.evaluation.unit.name);
    if (!('id' in unit))
      reading.issues.push({
        message: unit,
        location: { ...where(p.file, p.sheet), path: 'unit.name', label: m('label.unitName').text },
      });
    else
      rows.push({
        unitId: unit.id,
        evaluation: p.evaluation,
        check: { kind: 'evaluation', unitPath: unit.path, location: where(p.file, p.sheet) },
      });
  }
  return rows;
}

/** Budget lines by unit; a second line for the same unit and year is a problem named at both rows. */
function matchBudgets(reading: Reading, match: UnitMatch): BudgetRowIn[] {
  const rows: BudgetRowIn[] = [];
  const seen = new Map<string, number>();
  for (const line of reading.budgets) {
    const loc = {
      ...where(line.file, line.sheet),
      row: line.row,
      column: line.unitColumn,
      label: m('label.unitName').text,
    };
    const unit = match(line.unitCode, line.unitName);
    if (!('id' in unit)) {
      reading.issues.push({ message: unit, location: loc });
      continue;
    }
    const key = `${unit.id}/${line.fiscalYear}`;
    const first = seen.get(key);
    if (first !== undefined)
      reading.issues.push({ message: m('import.duplicateLine', { first }), location: loc });
    else seen.set(key, line.row);
    rows.push({ ...line, unitId: unit.id, unitPath: unit.path });
  }
  return rows;
}

/** With any problem, one error listing them (see `listed`: a bounded list, the count always complete). */
function refuseOnIssues(reading: Reading, files: ImportFile[]): void {
  const { issues } = reading;
  if (reading.evaluations.length === 0 && reading.budgets.length === 0 && issues.length === 0) {
    issues.push({
      message: m('import.nothingFound'),
      location: where(files.map((f) => f.name).join('、')),
    });
  }
  if (issues.length > 0) throw issuesError(issues);
}

export interface BulkImportInput {
  scope: { id: string; path: string };
  files: ImportFile[];
  userId: string;
  log?: FastifyBaseLogger;
  /** Runs inside the import's transaction (a job marks itself done there, so it can never run twice). */
  inTransaction?: (tx: Tx, summary: ImportSummary) => Promise<void>;
}

/**
 * All or nothing: every file is read and every line checked first; with any problem the reply lists every
 * bad cell and nothing is written. Otherwise everything is written in ONE transaction (only `tx` inside),
 * so a crash at any point leaves either the whole import or none of it.
 */
export async function bulkImport(db: Db, input: BulkImportInput): Promise<ImportSummary> {
  // Each phase's time goes to the log: at province scale reading the sheets dominates (the scale bench).
  let phase = performance.now();
  const lap = () => {
    const ms = Math.round(performance.now() - phase);
    phase = performance.now();
    return ms;
  };
  const reading = await readFiles(input.files);
  const readMs = lap();
  const units = await db
    .select({
      id: organisations.id,
      name: organisations.name,
      code: organisations.code,
      path: organisations.path,
    })
    .from(organisations)
    .where(and(eq(organisations.kind, 'unit'), underPath(organisations.path, input.scope.path)));
  const match = unitMatcher(units);
  const evaluationRows = matchEvaluations(reading, match);
  const budgetRows = matchBudgets(reading, match);
  refuseOnIssues(reading, input.files);
  // The importer's rights now, not when the upload was queued: a job runs with the grants its creator still holds.
  refuseRowsWithoutRights(await loadGrants(db, input.userId), [
    ...evaluationRows.map((r) => r.check),
    ...budgetRows.map((r) => ({
      kind: 'budget' as const,
      unitPath: r.unitPath,
      location: { ...where(r.file, r.sheet), row: r.row, column: r.unitColumn },
    })),
  ]);

  // Scored and checked before the transaction opens, so it holds its locks only while writing.
  const checkMs = lap();
  const derived = evaluationRows.map((r) => ({ ...r, columns: deriveColumns(r.evaluation) }));
  const scoreMs = lap();
  const summary: ImportSummary = {
    importId: crypto.randomUUID(),
    evaluations: derived.length,
    budgets: budgetRows.length,
    sheets: reading.sheets,
  };
  await db.transaction(async (tx) => {
    input.log?.info(
      {
        importId: summary.importId,
        evaluations: derived.length,
        budgets: budgetRows.length,
        readMs,
        checkMs,
        scoreMs,
      },
      'bulk import: transaction open',
    );
    await writeImport(tx, input, summary, derived, budgetRows);
    await input.inTransaction?.(tx, summary);
  });
  input.log?.info({ importId: summary.importId, writeMs: lap() }, 'bulk import: committed');
  return summary;
}

/** The writes of one import, inside its transaction: evaluations through the store, budgets, one log line. */
async function writeImport(
  tx: Tx,
  input: BulkImportInput,
  summary: ImportSummary,
  evaluationRows: (EvaluationRowIn & { columns: DerivedColumns })[],
  budgetRows: BudgetRowIn[],
): Promise<void> {
  const { importId } = summary;
  for (let i = 0; i < evaluationRows.length; i += CHUNK) {
    const chunk = evaluationRows.slice(i, i + CHUNK).map((r) => ({
      organisationId: r.unitId,
      evaluation: r.evaluation,
      columns: r.columns,
      userId: input.userId,
      importId,
    }));
    await insertEvaluations(tx, chunk);
  }
  for (let i = 0; i < budgetRows.length; i += CHUNK)
    await writeBudgets(tx, budgetRows.slice(i, i + CHUNK), input.userId, importId);
  await audit(tx, {
    userId: input.userId,
    action: 'bulkImport',
    entity: 'import',
    entityId: importId,
    after: {
      organisationId: input.scope.id,
      files: input.files.map((f) => f.name),
      evaluations: summary.evaluations,
      budgets: summary.budgets,
    },
  });
}
