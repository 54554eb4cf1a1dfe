import type { PGlite } from '@electric-sql/pglite';
import type { FastifyServerOptions } from 'fastify';
import { buildApp } from './app';
import { type BootstrapResult, ensureAdministrator, type GivenPassword } from './auth/bootstrap';
import { trustedProxiesFromEnv } from './auth/trusted-proxies';
import { connectDatabase, type Database } from './db/connect';
import { migrateDatabase } from './db/migrate';
import { isEmpty, loadDemoData } from './demo/demo-data';
import type { HeavyPoolOptions } from './heavy/pool';
import type { App } from './http/app-types';
import { builtWebRoot } from './http/web-app';
import { loadCustomRuleSets } from './rule-sets/registry';

export { POLICIES } from './access/policies';
export { ROLE_LABEL, ROLES } from './access/roles';
export type { Database, Db } from './db/connect';
export { connectDatabase } from './db/connect';
export { migrateDatabase } from './db/migrate';
export { loadDemoData, removeDemoData } from './demo/demo-data';
export { type RescoreSummary, rescoreEvaluations } from './evaluations/rescore';
export type { App } from './http/app-types';
export { openApiJson } from './http/openapi-document';
export { describeStart } from './start-banner';

export interface ServerOptions {
  /** PostgreSQL URL (default: env DATABASE_URL); when absent the embedded PGlite is used. */
  databaseUrl?: string;
  /** PostgreSQL URL of a streaming replica for stale-tolerant reads (default: env DATABASE_READ_URL). */
  databaseReadUrl?: string;
  /** Data folder of the embedded database (default: env JIXIAO_DATA or ./data). */
  dataDir?: string;
  /** An opened PGlite (tests); takes precedence over the two above. */
  pglite?: PGlite;
  /** Load the seed examples as demo data when the database is empty (default true). */
  demo?: boolean;
  /**
   * Password of the first administrator (default: env JIXIAO_ADMIN_PASSWORD, to be changed at first sign-in;
   * else random and printed once). One given here in code (tests, embedding) need not be changed.
   */
  adminPassword?: string;
  logger?: FastifyServerOptions['logger'];
  /** Secure flag on cookies, for HTTPS deployments (default: env JIXIAO_SECURE_COOKIES=1). */
  secureCookies?: boolean;
  /** Built web app to serve at / (default: packages/web/dist when built; false: API only). */
  webRoot?: string | false;
  /**
   * Proxies whose X-Forwarded-For is believed: addresses or CIDRs (default: env JIXIAO_TRUSTED_PROXIES,
   * comma-separated). Any other peer's header is ignored, so it cannot pick its own login limit.
   */
  trustedProxies?: string[];
  /** The heavy-work pool: PDF conversions and big audits at once, and how many may wait (default: env). */
  heavy?: HeavyPoolOptions;
}

export interface CreatedServer {
  app: App;
  database: Database;
  /** Set when this start created the administrator. */
  admin?: BootstrapResult;
  /** Number of demo evaluations loaded by this start. */
  demoLoaded: number;
}

function givenAdminPassword(options: ServerOptions): GivenPassword | undefined {
  if (options.adminPassword !== undefined) return { password: options.adminPassword, mustChange: false };
  const fromEnv = process.env.JIXIAO_ADMIN_PASSWORD;
  return fromEnv ? { password: fromEnv, mustChange: true } : undefined;
}

/** Opens and migrates the database, creates the first administrator and demo data when empty, builds the app. */
export async function createServer(options: ServerOptions = {}): Promise<CreatedServer> {
  const databaseUrl = options.pglite ? undefined : (options.databaseUrl ?? process.env.DATABASE_URL);
  const database = await connectDatabase({
    databaseUrl,
    databaseReadUrl: options.pglite ? undefined : (options.databaseReadUrl ?? process.env.DATABASE_READ_URL),
    dataDir: options.dataDir ?? process.env.JIXIAO_DATA ?? './data',
    pglite: options.pglite,
  });
  try {
    await migrateDatabase(database, databaseUrl);
    await loadCustomRuleSets(database.db);
    const admin = await ensureAdministrator(database.db, givenAdminPassword(options));
    const demoLoaded =
      options.demo !== false && (await isEmpty(database.db)) ? await loadDemoData(database.db) : 0;
    const app = await buildApp({
      database,
      logger: options.logger,
      secureCookies: options.secureCookies ?? process.env.JIXIAO_SECURE_COOKIES === '1',
      webRoot: options.webRoot === false ? undefined : (options.webRoot ?? builtWebRoot()),
      trustedProxies: options.trustedProxies ?? trustedProxiesFromEnv(process.env),
      heavy: options.heavy,
    });
    return { app, database, admin, demoLoaded };
  } catch (error) {
    await database.close();
    throw error;
  }
}

export interface StartOptions extends ServerOptions {
  port?: number;
  host?: string;
  /** Close on SIGINT/SIGTERM, finishing requests in flight (default true). */
  handleSignals?: boolean;
}

export interface StartedServer extends CreatedServer {
  url: string;
  close(): Promise<void>;
}

/** createServer + listen (default http://127.0.0.1:8080) + graceful shutdown on signals. */
export async function startServer(options: StartOptions = {}): Promise<StartedServer> {
  const created = await createServer({ logger: true, ...options });
  const { app } = created;
  const address = await app.listen({ port: options.port ?? 8080, host: options.host ?? '127.0.0.1' });
  const url = address.replace('127.0.0.1', 'localhost');
  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= app.close().then(() => undefined);
    return closing;
  };
  if (options.handleSignals !== false) {
    const onSignal = (signal: NodeJS.Signals) => {
      app.log.info({ signal }, 'shutting down: finishing requests in flight');
      close().then(
        () => process.exit(0),
        (err: unknown) => {
          app.log.error({ err }, 'shutdown failed');
          process.exit(1);
        },
      );
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
  }
  return { ...created, url, close };
}
