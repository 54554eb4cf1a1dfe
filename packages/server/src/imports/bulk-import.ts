import type { Message } from '@jixiao/domain';
import { and, eq } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import { underPath } from '../access/tree-path';
import { loadGrants } from '../auth/sessions';
import { audit } from '../db/audit';
import type { Db, Tx } from '../db/connect';
import { organisations } from '../db/schema';
import { insertEvaluations } from '../evaluations/store';
import type { HeavyPool } from '../heavy/pool';
import { serverMessage as m } from '../messages';
import { issuesError } from './budget-sheet';
import {
  type ImportedSheet,
  type ImportFile,
  joinReadings,
  type Reading,
  readUploads,
  where,
} from './read-uploads';
import { type BudgetRowIn, type RowToCheck, refuseRowsWithoutRights, writeBudgets } from './rows';

export type { ImportFile } from './read-uploads';

export interface ImportSummary {
  importId: string;
  evaluations: number;
  budgets: number;
  sheets: ImportedSheet[];
}

/** Rows per INSERT statement: far below the 65535-parameter limit, each statement one round trip. */
const CHUNK = 500;

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
type EvaluationRowIn = Reading['evaluations'][number] & { unitId: string; check: RowToCheck };

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
        ...p,
        unitId: unit.id,
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
  /** Where the files are read: a worker thread of the pool (the server); without one, on this thread. */
  heavy?: HeavyPool;
  /** Runs inside the import's transaction (a job marks itself done there, so it can never run twice). */
  inTransaction?: (tx: Tx, summary: ImportSummary) => Promise<void>;
}

/**
 * How many threads read the upload: every thread of the pool when there are many sheets (a zip, or several
 * files), one for a single sheet. Reading dominates a province's import (1,000 自评表 a department).
 */
function readingParts(input: BulkImportInput): number {
  const many = input.files.length > 1 || input.files.some((f) => /\.zip$/i.test(f.name));
  return input.heavy && many ? Math.max(1, input.heavy.options.concurrency) : 1;
}

async function readInParts(input: BulkImportInput, parts: number): Promise<Reading> {
  const { heavy, files } = input;
  if (!heavy) return readUploads(files);
  if (parts === 1) return heavy.task('readUploads', files);
  const shares = Array.from({ length: parts }, (_, index) =>
    heavy.task('readUploadsPart', { files, part: { index, of: parts } }),
  );
  return joinReadings(await Promise.all(shares));
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
  const parts = readingParts(input);
  const reading = await readInParts(input, parts);
  // The parts score at the same time: their summed scoring over the parts is the share of the wall time.
  const scoreMs = Math.round(reading.scoreMs / parts);
  const readMs = lap() - scoreMs;
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

  // Scored while read (readUploads, off the event loop): the transaction holds its locks only while writing.
  const checkMs = lap();
  const summary: ImportSummary = {
    importId: crypto.randomUUID(),
    evaluations: evaluationRows.length,
    budgets: budgetRows.length,
    sheets: reading.sheets,
  };
  await db.transaction(async (tx) => {
    input.log?.info(
      {
        importId: summary.importId,
        evaluations: evaluationRows.length,
        budgets: budgetRows.length,
        readMs,
        checkMs,
        scoreMs,
      },
      'bulk import: transaction open',
    );
    await writeImport(tx, input, summary, evaluationRows, budgetRows);
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
  evaluationRows: EvaluationRowIn[],
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
