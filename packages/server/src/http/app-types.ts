import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Database, Db } from '../db/connect';
import type { HeavyPool } from '../heavy/pool';
import type { JobQueue } from '../jobs/queue';

/** The Fastify instance with zod schemas as the type provider. */
export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/** What route modules need from the server. */
export interface Deps {
  db: Db;
  /** For reads that may be slightly stale (the replica when one is set; see Database.readDb). */
  readDb: Db;
  database: Database;
  /** The background job queue (pg-boss). */
  jobQueue: JobQueue;
  /** Set the Secure flag on cookies (behind HTTPS). */
  secureCookies: boolean;
  /** The pool every PDF conversion and big audit runs in (heavy/pool.ts). */
  heavy: HeavyPool;
}
