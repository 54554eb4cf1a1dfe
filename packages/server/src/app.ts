import Fastify, { type FastifyServerOptions } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { installAuthorization } from './access/authorize';
import type { RouteAccess } from './access/policies';
import type { Database } from './db/connect';
import { keepPlannerStatistics } from './db/planner-statistics';
import { HeavyPool, type HeavyPoolOptions, heavyOptionsFromEnv } from './heavy/pool';
import type { App, Deps } from './http/app-types';
import { installErrorHandling } from './http/errors';
import { withSafeErrors } from './http/log-safety';
import { registerPlugins } from './http/plugins';
import { serializerCompiler } from './http/serializer';
import { validatorCompiler } from './http/validation';
import { serveWebApp } from './http/web-app';
import { type JobQueue, noJobQueue, openJobQueue } from './jobs/queue';
import { registerRoutes } from './routes';

// Validation messages in Chinese (custom messages of the domain schemas stay as written).
z.config(z.locales.zhCN());

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route as registered (method, url, access), for the docs and the access test. */
    registeredRoutes: RegisteredRoute[];
  }
}

export interface RegisteredRoute {
  method: string;
  url: string;
  access: RouteAccess | undefined;
}

export interface AppOptions {
  database: Database;
  logger?: FastifyServerOptions['logger'];
  secureCookies?: boolean;
  /** Folder of the built web app (index.html + assets) served at /; absent: API only. */
  webRoot?: string;
  /** Proxies (addresses, CIDRs) whose X-Forwarded-For gives the client address (for login limits). */
  trustedProxies?: string[];
  /** Run queued jobs in this instance (default true); 'none': no queue at all (building the OpenAPI document). */
  runJobs?: boolean | 'none';
  /** Largest upload (bulk import), bytes. */
  maxUploadBytes?: number;
  /** The heavy-work pool (default: env JIXIAO_HEAVY_CONCURRENCY, JIXIAO_HEAVY_QUEUE). */
  heavy?: HeavyPoolOptions;
}

/** Builds the Fastify app on an opened, migrated database (no listening, no demo data). */
export async function buildApp(options: AppOptions): Promise<App> {
  const app = createFastify(options);
  const heavy = new HeavyPool(options.heavy ?? heavyOptionsFromEnv(process.env));
  // One queue per instance (pg-boss); its worker runs jobs unless runJobs is false.
  const jobQueue =
    options.runJobs === 'none'
      ? noJobQueue()
      : await openJobQueue(options.database, app.log, { work: options.runJobs !== false, heavy });
  return stoppingOnFailure(jobQueue, async () => {
    const deps: Deps = {
      db: options.database.db,
      readDb: options.database.readDb,
      database: options.database,
      jobQueue,
      secureCookies: options.secureCookies ?? false,
      heavy,
    };
    installErrorHandling(app);
    installAuthorization(app, deps.db);
    recordRoutes(app);
    await registerPlugins(app, options);
    registerRoutes(app, deps);
    if (options.webRoot) await serveWebApp(app, options.webRoot);
    app.get(
      '/api/openapi.json',
      { config: { access: { public: true } }, schema: { tags: ['系统'], summary: 'OpenAPI 3 文档' } },
      async () => app.swagger(),
    );
    const stopAnalyses = keepPlannerStatistics(options.database, app.log);
    app.addHook('onClose', async () => stopAnalyses());
    closeInOrder(app, jobQueue, heavy, options.database);
    return app;
  });
}

function createFastify(options: AppOptions): App {
  const app = Fastify({
    // Errors are logged through one serializer that leaves out query parameters (http/log-safety.ts).
    logger: withSafeErrors(options.logger),
    exposeHeadRoutes: false,
    bodyLimit: 10 * 1024 * 1024,
    // Requests still running finish before close() resolves; idle keep-alive sockets are closed.
    forceCloseConnections: 'idle',
    genReqId: () => crypto.randomUUID(),
    // Only listed peers: anyone else could otherwise choose their own address, and so their own login limit.
    trustProxy: options.trustedProxies?.length ? options.trustedProxies : false,
    // Every schema is zod's (the compilers set below): without these factories Fastify loads Ajv and
    // fast-json-stringify at construction, never to use them (about 0.4 s of CPU at each start). Fastify calls
    // them only for a route without a compiler or after addSchema, which this app never does.
    schemaController: {
      compilersFactory: { buildValidator: noJsonSchemaCompiler, buildSerializer: noJsonSchemaCompiler },
    },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  return app;
}

function noJsonSchemaCompiler(): never {
  throw new Error('JSON Schema compilers are not loaded: every route schema is zod (app.ts)');
}

/**
 * Runs the rest of the build once the queue has started; if it throws, the queue is stopped before the
 * error goes on, so a failed start leaves no pg-boss polling behind.
 */
export async function stoppingOnFailure<T>(queue: JobQueue, build: () => Promise<T>): Promise<T> {
  try {
    return await build();
  } catch (error) {
    await queue.stop();
    throw error;
  }
}

/** Keeps every route as registered in `app.registeredRoutes`. */
function recordRoutes(app: App): void {
  const routes: RegisteredRoute[] = [];
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) routes.push({ method, url: route.url, access: route.config?.access });
  });
  app.decorate('registeredRoutes', routes);
}

/**
 * Closing: answers end their connection, the queue finishes the job in hand, the heavy pool's threads stop,
 * then the database closes.
 */
function closeInOrder(app: App, jobQueue: JobQueue, heavy: HeavyPool, database: Database): void {
  // While closing, answers in flight end their keep-alive connection, so close() does not wait for the
  // clients' idle timeout (72 s) after the last request has finished.
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', async (_request, reply, payload) => {
    if (closing) reply.header('connection', 'close');
    return payload;
  });
  app.addHook('onClose', async () => {
    await jobQueue.stop();
    await heavy.close();
    await database.close();
  });
}
