import { evaluate, parseEvaluation, type RuleSet } from '@jixiao/domain';
import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import { type AuditEntry, auditAll } from '../db/audit';
import type { Db } from '../db/connect';
import { evaluations } from '../db/schema';
import { loadCustomRuleSets, ruleSetFor as storedRuleSet } from '../rule-sets/registry';
import { deriveColumns } from './derive';
import { summaryColumns } from './list';

/**
 * Re-scoring after a rule-set change: every evaluation of a fiscal year (optionally only those scored
 * under one rule set) is scored and checked again and its summary columns (总分, 等级, 执行率, error and
 * warning counts) rewritten. The document itself does not change, so versions stay as they are and an
 * editor's open form is not made stale.
 *
 * In batches of the ids listed at the start (each batch read by primary key, so each costs the same),
 * one transaction per batch: a crash leaves every finished batch re-scored and the rest as it was, and
 * running it again completes the work. A row saved by someone while its batch was being computed is skipped (its
 * version moved on, and that save derived its columns afresh). Each evaluation whose figures change gets
 * its own `rescore` line in the audit log with the figures before and after, written with its batch.
 */

export interface RescoreProgress {
  done: number;
  total: number;
  changed: number;
}

export interface RescoreInput {
  fiscalYear: number;
  /** Only evaluations scored under this rule set (their `rule_set_id`); all of the year when absent. */
  ruleSetId?: string;
  /** Who asked (the audit lines name them); null for the system. */
  userId: string | null;
  /** The rule set each evaluation is scored under, by its id (default: the built-in registry). */
  ruleSetFor?: (id: string) => RuleSet;
  /** Evaluations per batch and transaction. */
  batchSize?: number;
  onProgress?: (progress: RescoreProgress) => void;
}

export interface RescoreSummary extends RescoreProgress {
  batches: number;
  /** Rows changed by a save while their batch was computed, left to that save's own figures. */
  skipped: number;
}

const DEFAULT_BATCH = 1000;

/** The summary columns re-scoring rewrites, as stored (numeric as text). */
const FIGURES = ['ruleSetId', 'totalScore', 'grade', 'executionRate', 'errorCount', 'warningCount'] as const;
type Figures = { [K in (typeof FIGURES)[number]]: (typeof evaluations.$inferSelect)[K] };

const figuresOf = (row: Figures): Figures => ({
  ruleSetId: row.ruleSetId,
  totalScore: row.totalScore,
  grade: row.grade,
  executionRate: row.executionRate,
  errorCount: row.errorCount,
  warningCount: row.warningCount,
});

const sameFigures = (a: Figures, b: Figures) => FIGURES.every((k) => a[k] === b[k]);

export async function rescoreEvaluations(db: Db, input: RescoreInput): Promise<RescoreSummary> {
  // Custom rule sets uploaded since this process read them are scored with their newest revision.
  await loadCustomRuleSets(db);
  const ruleSetFor = input.ruleSetFor ?? storedRuleSet;
  const batchSize = input.batchSize ?? DEFAULT_BATCH;
  const scope: SQL[] = [eq(evaluations.fiscalYear, input.fiscalYear)];
  if (input.ruleSetId !== undefined) scope.push(eq(evaluations.ruleSetId, input.ruleSetId));
  // The ids first, once (a small sort of uuids), then each batch by its ids through the primary key: a
  // keyset page (`id > last order by id limit n`) makes PostgreSQL scan and sort every remaining row of
  // the year, documents and all, for each batch — quadratic at a province's 100,000.
  const listed = await db
    .select({ id: evaluations.id })
    .from(evaluations)
    .where(and(...scope))
    .orderBy(asc(evaluations.id));
  const ids = listed.map((r) => r.id);
  const summary: RescoreSummary = { done: 0, total: ids.length, changed: 0, batches: 0, skipped: 0 };
  input.onProgress?.({ done: 0, total: summary.total, changed: 0 });
  if (ids.length === 0) return summary;
  const batchAt = (from: number) => {
    const some = ids.slice(from, from + batchSize);
    // Still in scope when read: a row moved to another year meanwhile is left alone.
    return readBatch(db, some, scope).then((rows) => ({ rows, listed: some.length }));
  };
  // The database reads the next batch and writes the last one while this process scores the current one:
  // at most one read and one write in flight, so memory holds three batches at most.
  let reading = batchAt(0);
  let writing: Promise<void> = Promise.resolve();
  for (let from = 0; from < ids.length; from += batchSize) {
    const { rows, listed: count } = await reading;
    if (from + batchSize < ids.length) {
      reading = batchAt(from + batchSize);
      // A failed read is thrown where it is awaited; this only keeps it from counting as unhandled meanwhile.
      reading.catch(() => undefined);
    }
    const changes = rows.flatMap((row) => {
      // Parsed again as every read does (read.ts modelOf), so defaults of newer schema versions apply.
      const evaluation = parseEvaluation(row.data);
      const columns = deriveColumns(evaluation, evaluate(evaluation, ruleSetFor(evaluation.ruleSet)));
      const before = figuresOf(row);
      const next = figuresOf({ ...before, ...columns });
      return sameFigures(before, next) ? [] : [{ id: row.id, version: row.version, before, next }];
    });
    await writing;
    writing = writeBatch(db, changes, input.userId).then((written) => {
      summary.batches += 1;
      summary.done += count;
      summary.changed += written;
      summary.skipped += changes.length - written;
      input.onProgress?.({ done: summary.done, total: summary.total, changed: summary.changed });
    });
    writing.catch(() => undefined);
  }
  await writing;
  return summary;
}

const { ruleSetId, totalScore, grade, executionRate, errorCount, warningCount } = summaryColumns;
/** The list's columns (list.ts) that re-scoring may rewrite. */
const figureColumns = { ruleSetId, totalScore, grade, executionRate, errorCount, warningCount };

/** The rows of these ids still in scope, with what scoring reads and the figures it may rewrite. */
function readBatch(db: Db, ids: string[], scope: SQL[]) {
  return db
    .select({
      id: evaluations.id,
      version: evaluations.version,
      data: evaluations.data,
      ...figureColumns,
    })
    .from(evaluations)
    .where(and(sql`${evaluations.id} = any(${sql.param(ids)}::uuid[])`, ...scope));
}

interface Change {
  id: string;
  version: number;
  before: Figures;
  next: Figures;
}

/** One statement for the batch's rows (each only at the version it was read at), and their audit lines. */
async function writeBatch(db: Db, changes: Change[], userId: string | null): Promise<number> {
  if (changes.length === 0) return 0;
  const col = <T>(f: (c: Change) => T) => sql.param(changes.map(f));
  return db.transaction(async (tx) => {
    const updated = await tx.execute(sql`
      update evaluations e set
        rule_set_id = u.rs, total_score = u.ts::numeric, grade = u.g, execution_rate = u.er::numeric,
        error_count = u.ec, warning_count = u.wc
      from unnest(${col((c) => c.id)}::uuid[], ${col((c) => c.version)}::int[], ${col((c) => c.next.ruleSetId)}::text[],
        ${col((c) => c.next.totalScore)}::text[], ${col((c) => c.next.grade)}::text[],
        ${col((c) => c.next.executionRate)}::text[], ${col((c) => c.next.errorCount)}::int[],
        ${col((c) => c.next.warningCount)}::int[]) as u(id, v, rs, ts, g, er, ec, wc)
      where e.id = u.id and e.version = u.v
      returning e.id`);
    const ids = new Set(updatedRows.parse(updated).rows.map((r) => r.id));
    const entries: AuditEntry[] = changes
      .filter((c) => ids.has(c.id))
      .map((c) => ({
        userId,
        action: 'rescore',
        entity: 'evaluation',
        entityId: c.id,
        before: c.before,
        after: c.next,
      }));
    await auditAll(tx, entries);
    return entries.length;
  });
}

/** node-postgres and PGlite both answer `execute` with a result holding `rows`. */
const updatedRows = z.object({ rows: z.array(z.object({ id: z.string() })) });
