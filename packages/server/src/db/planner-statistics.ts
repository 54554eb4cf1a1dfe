import type { FastifyBaseLogger } from 'fastify';
import type { Database } from './connect';

/**
 * PGlite runs no autovacuum, so its planner never learns how many rows a table has: on a database of
 * 2,000 evaluations it took the organisation tree for 9 rows and planned the list's page as a hash join of
 * every row, where the index on the sort column serves it (the page's query: 3.6 ms of CPU without
 * statistics, 2.3 ms with them). The server therefore analyses the tables its requests filter and join, at start and then
 * every ten minutes. Only the columns lists filter, join and sort by are sampled from `evaluations`, so
 * the documents are not read. PostgreSQL's own autovacuum does this there.
 */
const ANALYZE =
  'analyze evaluations (id, organisation_id, project_id, kind, fiscal_year, status, grade, error_count, ' +
  'demo, updated_at, total_score, title, unit_name), organisations, role_assignments, users, sessions, projects';
export const ANALYZE_EVERY_MS = 10 * 60_000;

/** Starts the analyses on PGlite (nothing elsewhere); the returned function stops them. */
export function keepPlannerStatistics(database: Database, log: FastifyBaseLogger): () => void {
  if (database.driver !== 'pglite') return () => {};
  let stopped = false;
  const run = () => {
    if (stopped) return;
    database.executeSql(ANALYZE).catch((err: unknown) => {
      // A closing database is no news; anything else is logged and tried again at the next round.
      if (!stopped) log.warn({ err }, 'planner statistics not updated');
    });
  };
  run();
  const timer = setInterval(run, ANALYZE_EVERY_MS);
  timer.unref();
  return () => {
    stopped = true;
    clearInterval(timer);
  };
}
