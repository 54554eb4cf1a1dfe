import { drizzle } from 'drizzle-orm/pglite';
import { buildApp } from '../app';
import type { Database } from '../db/connect';
import * as schema from '../db/schema';

/**
 * The OpenAPI 3 document as GET /api/openapi.json serves it, as JSON text. The app is built in-process on a
 * database that is never opened (drizzle's mock: registering routes needs no connection), so the document
 * can be read without a data folder, a port or PostgreSQL — `npm run api-types` generates the web's types
 * from it.
 */
export async function openApiJson(): Promise<string> {
  const db = drizzle.mock({ schema });
  const database: Database = {
    db,
    readDb: db,
    driver: 'pglite',
    describe: 'none (OpenAPI document only)',
    applyMigrations: async () => {},
    executeSql: () => Promise.reject(new Error('the OpenAPI document needs no database')),
    close: async () => {},
  };
  const app = await buildApp({ database, runJobs: 'none' });
  try {
    await app.ready();
    return JSON.stringify(app.swagger());
  } finally {
    await app.close();
  }
}
