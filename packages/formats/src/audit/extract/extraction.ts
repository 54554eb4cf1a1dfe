import type { AuditDocument } from '../document';
import { type BlockWeights, extractBlockWeights } from './block-weights';
import { type Breakdown, extractBreakdowns } from './breakdowns';
import { type CountList, extractCountLists } from './counts';
import {
  type CarryoverClaim,
  extractFacts,
  extractGrades,
  extractZeroClosingCarryover,
  type Fact,
  formGrades,
  type GradeFact,
} from './facts';
import { cellStream, cellType } from './form-cells';
import { recoverForms } from './form-recovery';
import { extractLineBreakdowns, type LineBlockGroup, lineBlockGroups } from './line-breakdowns';
import { extractFundsTables, extractIndicatorTables, type FundsTable, type IndicatorTable } from './tables';
import { fullText, type Sentence, sentencesOf } from './units';

/** Everything the audit read from one document, each figure with its source. */
export interface Extraction {
  doc: AuditDocument;
  text: string;
  sentences: Sentence[];
  facts: Fact[];
  grades: GradeFact[];
  zeroClosingCarryover: CarryoverClaim[];
  breakdowns: Breakdown[];
  /** A 合计 block of lines and the blocks under it that share its part labels. */
  lineBlockGroups: LineBlockGroup[];
  countLists: CountList[];
  blockWeights: BlockWeights[];
  indicatorTables: IndicatorTable[];
  fundsTables: FundsTable[];
}

/** Rows read with both a weight and a score: how much of the form a reading placed in its columns. */
const placedRows = (tables: readonly IndicatorTable[]) =>
  tables.reduce((n, t) => n + t.rows.filter((r) => r.score && !r.weightMissing).length, 0);

/** A row the table reader put under the wrong headers: no score, or a figure ("≥200平方米") as its name. */
const misread = (tables: readonly IndicatorTable[]) =>
  tables.some((t) => t.rows.some((r) => !r.score || cellType(r.name.text) !== 'text'));

/**
 * The table blocks as read, unless some row was misread and the form rebuilt from the same cells places
 * more rows: a table whose merged cells (一级指标, 绩效指标) were left out of some rows puts a row's cells
 * under the wrong headers ("≥200平方米" read as the indicator's name), where the form's column order puts
 * them back. A table read whole is kept (the rebuilt form may take in rows the table does not hold).
 */
function betterReading(fromTables: IndicatorTable[], recovered: IndicatorTable[]): IndicatorTable[] {
  if (fromTables.length === 0) return recovered;
  return misread(fromTables) && placedRows(recovered) > placedRows(fromTables) ? recovered : fromTables;
}

export function extract(doc: AuditDocument): Extraction {
  const sentences = sentencesOf(doc);
  // Tables read as table blocks first; the official form rebuilt from flattened cells where none read.
  const indicatorTables = extractIndicatorTables(doc);
  const fundsTables = extractFundsTables(doc);
  const recovered = recoverForms(doc);
  const lineBreakdowns = extractLineBreakdowns(sentences);
  return {
    doc,
    text: fullText(doc),
    sentences,
    facts: extractFacts(sentences),
    // A grade written in a sentence first; else the form's own 等级 cell.
    grades: [...extractGrades(sentences), ...formGrades(cellStream(doc))],
    zeroClosingCarryover: extractZeroClosingCarryover(sentences),
    breakdowns: [...extractBreakdowns(sentences), ...lineBreakdowns],
    lineBlockGroups: lineBlockGroups(lineBreakdowns),
    countLists: extractCountLists(sentences),
    blockWeights: extractBlockWeights(sentences),
    indicatorTables: betterReading(indicatorTables, recovered.indicators),
    fundsTables: recovered.funds.length > 0 ? recovered.funds : fundsTables,
  };
}
