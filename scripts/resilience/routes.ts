import { drizzle } from 'drizzle-orm/pglite';
import { POLICIES, type RouteAccess } from '../../packages/server/src/access/policies';
import type { Role } from '../../packages/server/src/access/roles';
import { buildApp } from '../../packages/server/src/app';
import type { Database } from '../../packages/server/src/db/connect';
import * as schema from '../../packages/server/src/db/schema';

/**
 * Every route that changes something (POST, PUT, PATCH, DELETE), read from the server itself as it
 * registers them, with the access rule each declares — so a new write route is fuzzed without anyone
 * adding it here. The app is built on drizzle's mock database, as the OpenAPI document is.
 */
export interface WriteRoute {
  method: string;
  url: string;
  access: RouteAccess;
  /** The role the fuzzer acts as: one the route's permission allows (admin only when no other may). */
  role: Role;
}

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export async function writeRoutes(): Promise<WriteRoute[]> {
  const db = drizzle.mock({ schema });
  const database: Database = {
    db,
    readDb: db,
    driver: 'pglite',
    describe: 'none (route list only)',
    applyMigrations: async () => {},
    executeSql: () => Promise.reject(new Error('the route list needs no database')),
    close: async () => {},
  };
  const app = await buildApp({ database, runJobs: 'none' });
  try {
    await app.ready();
    return app.registeredRoutes
      .filter((r) => WRITES.has(r.method) && r.url.startsWith('/api/'))
      .map((r) => {
        const access = r.access ?? { public: true };
        const roles: readonly Role[] = 'permission' in access ? POLICIES[access.permission] : ['preparer'];
        const role = roles.find((x) => x !== 'admin') ?? 'admin';
        return { method: r.method, url: r.url, access, role };
      });
  } finally {
    await app.close();
  }
}
