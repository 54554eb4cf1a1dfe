import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyServerOptions } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import { installAuthorization } from './access/authorize';
import type { RouteAccess } from './access/policies';
import type { Database } from './db/connect';
import type { App, Deps } from './http/app-types';
import { registerDelivery } from './http/delivery';
import { installErrorHandling } from './http/errors';
import { validatorCompiler } from './http/validation';
import { serveWebApp } from './http/web-app';
import { noJobQueue, openJobQueue } from './jobs/queue';
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
  /** Trust X-Forwarded-* from a load balancer in front (client address for login limits). */
  trustProxy?: boolean;
  /** Run queued jobs in this instance (default true); 'none': no queue at all (building the OpenAPI document). */
  runJobs?: boolean | 'none';
  /** Largest upload (bulk import), bytes. */
  maxUploadBytes?: number;
}

/** Builds the Fastify app on an opened, migrated database (no listening, no demo data). */
export async function buildApp(options: AppOptions): Promise<App> {
  const app = Fastify({
    logger: options.logger ?? false,
    exposeHeadRoutes: false,
    bodyLimit: 10 * 1024 * 1024,
    // Requests still running finish before close() resolves; idle keep-alive sockets are closed.
    forceCloseConnections: 'idle',
    genReqId: () => crypto.randomUUID(),
    trustProxy: options.trustProxy ?? false,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  // One queue per instance (pg-boss); its worker runs jobs unless runJobs is false.
  const jobQueue =
    options.runJobs === 'none'
      ? noJobQueue()
      : await openJobQueue(options.database, app.log, { work: options.runJobs !== false });
  const deps: Deps = {
    db: options.database.db,
    database: options.database,
    jobQueue,
    secureCookies: options.secureCookies ?? false,
  };

  installErrorHandling(app);
  installAuthorization(app, deps.db);
  const routes: RegisteredRoute[] = [];
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) routes.push({ method, url: route.url, access: route.config?.access });
  });
  app.decorate('registeredRoutes', routes);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        'img-src': ["'self'", 'data:'],
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        // Plain http on localhost is the default setup; only ask browsers to upgrade behind HTTPS.
        'upgrade-insecure-requests': options.secureCookies ? [] : null,
      },
    },
  });
  // Before every route, so that API answers and the web app's files are all compressed.
  await registerDelivery(app);
  await app.register(cookie);
  await app.register(multipart, {
    limits: { fileSize: options.maxUploadBytes ?? 100 * 1024 * 1024, files: 200 },
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'jixiao 绩效 API',
        description:
          '预算绩效自评系统的 HTTP 接口。登录后会话保存在 HttpOnly Cookie 中；所有改变数据的请求须带请求头 x-csrf-token（登录响应中的 csrfToken）。' +
          '所有失败都返回同一形状：{ error: { code, message, field?, issues? } }。',
        version: '0.1.0',
      },
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'jixiao_session' } },
      },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', uiConfig: { docExpansion: 'list' } });

  registerRoutes(app, deps);
  if (options.webRoot) await serveWebApp(app, options.webRoot);

  app.get(
    '/api/openapi.json',
    { config: { access: { public: true } }, schema: { tags: ['系统'], summary: 'OpenAPI 3 文档' } },
    async () => app.swagger(),
  );

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

  // On close the queue finishes the job in hand and stops before the database closes.
  app.addHook('onClose', async () => {
    await jobQueue.stop();
    await options.database.close();
  });
  return app;
}
