import { type ErrorIssue, type Evaluation, isJixiaoError } from '@jixiao/domain';
import {
  checkZipAsync,
  type Grid,
  isDataSheet,
  readEvaluationBytes,
  readEvaluationJson,
  readTableSheet,
  readZipEntries,
  xlsxToGrids,
} from '@jixiao/formats';
import { type DerivedColumns, deriveColumns } from '../evaluations/derive';
import { serverMessage as m } from '../messages';
import { type BudgetLine, findBudgetHeader, readBudgetSheet } from './budget-sheet';

/**
 * The reading half of a bulk import: every uploaded file and sheet turned into evaluations (scored, their
 * list columns derived) and budget lines, with every problem collected. Pure work on the bytes, no
 * database: the server runs it on a worker thread of the heavy pool (heavy/tasks.ts), so that inflating and
 * parsing a big or hostile workbook never holds the event loop. Its result is plain data (structured clone).
 */
export interface ImportFile {
  name: string;
  bytes: Uint8Array;
}

export interface ImportedSheet {
  file: string;
  sheet?: string;
  kind: 'evaluation' | 'budget';
  rows: number;
}

export interface ParsedEvaluation {
  evaluation: Evaluation;
  columns: DerivedColumns;
  file: string;
  sheet?: string;
}

/** Everything read from the uploads, and every problem found. */
export interface Reading {
  evaluations: ParsedEvaluation[];
  budgets: (BudgetLine & { file: string; sheet?: string })[];
  sheets: ImportedSheet[];
  issues: ErrorIssue[];
  /** Of the reading's time, how much went to scoring (the import logs the two apart, for the scale bench). */
  scoreMs: number;
}

export const where = (file: string, sheet?: string) => ({ path: '', file, ...(sheet ? { sheet } : {}) });

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
function unzip(file: ImportFile, issues: ErrorIssue[]): ImportFile[] {
  try {
    // Checked and read in one pass, each entry inflated once (formats/file/zip-guard), on this worker.
    const entries = readZipEntries(
      file.bytes,
      file.name,
      (name) =>
        !name.endsWith('/') &&
        !name.startsWith('__MACOSX/') &&
        !/(^|\/)\./.test(name) &&
        IMPORTABLE.test(name),
    );
    if (entries.length === 0)
      issues.push({ message: m('import.zipWithoutSheets'), location: where(file.name) });
    return entries.map((e) => ({ name: `${file.name}/${e.name}`, bytes: e.bytes }));
  } catch (e) {
    if (isJixiaoError(e)) collect(issues, e, file.name);
    else issues.push({ message: m('import.notZip'), location: where(file.name) });
    return [];
  }
}

/** An evaluation read, scored on the spot (an unknown rule set is a problem of its file, like any other). */
function addEvaluation(into: Reading, evaluation: Evaluation, file: string, sheet?: string): void {
  const at = { file, ...(sheet ? { sheet } : {}) };
  const started = performance.now();
  try {
    into.evaluations.push({ evaluation, columns: deriveColumns(evaluation), ...at });
    into.sheets.push({ ...at, kind: 'evaluation', rows: 1 });
  } catch (e) {
    collect(into.issues, e, file, sheet);
  } finally {
    into.scoreMs += performance.now() - started;
  }
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

/**
 * A share of the files to read: the `index`-th of `of` contiguous runs of them (in upload order, a zip's
 * entries in its order), so that the import reads an upload on every thread of the heavy pool at once and
 * the parts, joined in order (joinReadings), are exactly the one reading of all the files.
 */
export interface ReadPart {
  index: number;
  of: number;
}

const WHOLE: ReadPart = { index: 0, of: 1 };

/** Reads every file and sheet (of its part), collecting every problem rather than stopping at the first. */
export async function readUploads(uploaded: ImportFile[], part: ReadPart = WHOLE): Promise<Reading> {
  const into: Reading = { evaluations: [], budgets: [], sheets: [], issues: [], scoreMs: 0 };
  // Every part opens the zips (cheap beside reading the sheets); only the first reports their problems.
  const zipIssues: ErrorIssue[] = part.index === 0 ? into.issues : [];
  const files: ImportFile[] = [];
  for (const file of uploaded) {
    if (/\.zip$/i.test(file.name)) files.push(...unzip(file, zipIssues));
    else files.push(file);
  }
  const from = Math.floor((files.length * part.index) / part.of);
  const to = Math.floor((files.length * (part.index + 1)) / part.of);
  for (const file of files.slice(from, to)) {
    try {
      await readFile(into, file);
    } catch (e) {
      collect(into.issues, e, file.name);
    }
  }
  return into;
}

/** The parts' readings, in part order, as one: what readUploads reads of all the files at once. */
export function joinReadings(parts: readonly Reading[]): Reading {
  return {
    evaluations: parts.flatMap((p) => p.evaluations),
    budgets: parts.flatMap((p) => p.budgets),
    sheets: parts.flatMap((p) => p.sheets),
    issues: parts.flatMap((p) => p.issues),
    scoreMs: parts.reduce((ms, p) => ms + p.scoreMs, 0),
  };
}

/**
 * Refuses, before anything is stored, an upload whose zips (.xlsx, .zip) inflate past the limit whatever
 * their headers claim: the background import checks this in the request, so a bomb never reaches the
 * job table. Counting runs on zlib's thread pool (checkZipAsync), not on the event loop.
 */
export async function screenZips(files: readonly ImportFile[]): Promise<void> {
  for (const file of files) {
    if (file.bytes[0] === 0x50 && file.bytes[1] === 0x4b) await checkZipAsync(file.bytes, file.name);
  }
}
