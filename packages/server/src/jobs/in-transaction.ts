import { type SQL, sql } from 'drizzle-orm';
import type { SqlExecutor, Tx } from '../db/connect';

/**
 * pg-boss's text with numbered placeholders ($1, $2 …) as a drizzle query: each placeholder becomes a bound
 * parameter again (drizzle renumbers them), so the text can run through a drizzle transaction.
 */
export function boundSql(text: string, values: readonly unknown[] = []): SQL {
  // With a capture group, split alternates plain text (even places) and placeholder numbers (odd places).
  const parts = text.split(/\$(\d+)/);
  return sql.join(
    parts.map((part, i) => (i % 2 === 0 ? sql.raw(part) : sql.param(values[Number(part) - 1]))),
  );
}

/** Runs pg-boss's statements inside an open transaction, so a job is queued only if the transaction commits. */
export function inTransaction(tx: Tx): SqlExecutor {
  return {
    async executeSql(text, values) {
      const result: unknown = await tx.execute(boundSql(text, values));
      if (!hasRows(result)) throw new Error('the driver returned no rows array');
      return result;
    },
  };
}

function hasRows(value: unknown): value is { rows: unknown[] } {
  return typeof value === 'object' && value !== null && 'rows' in value && Array.isArray(value.rows);
}
