import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import type { App } from './app-types';
import { registerDelivery } from './delivery';

export interface PluginOptions {
  secureCookies?: boolean;
  /** Largest upload (bulk import), bytes. */
  maxUploadBytes?: number;
}

/** Security headers, cookies, uploads, and the OpenAPI document with its browsable page at /api/docs. */
export async function registerPlugins(app: App, options: PluginOptions): Promise<void> {
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
  limitBodies(app);
  await app.register(cookie);
  await app.register(multipart, {
    limits: { fileSize: options.maxUploadBytes ?? 100 * 1024 * 1024, files: 200 },
  });
  await registerApiDocument(app);
}

const KB = 1024;
/** A JSON body bigger than this is refused with 413 before it is parsed: logins, users, budgets, comments. */
export const DEFAULT_BODY_LIMIT = 256 * KB;
/** An evaluation travels whole (indicators, narratives of up to 20,000 characters each). */
export const EVALUATION_BODY_LIMIT = 4 * 1024 * KB;
const EVALUATION_BODY = /^\/api\/(organisations\/:id\/evaluations|evaluations\/:id(\/(check|score))?)$/;

/** Per-route body limits for every route registered after this; uploads count their own bytes (routes/imports.ts). */
function limitBodies(app: App): void {
  app.addHook('onRoute', (route) => {
    if (route.bodyLimit !== undefined) return;
    route.bodyLimit = EVALUATION_BODY.test(route.url) ? EVALUATION_BODY_LIMIT : DEFAULT_BODY_LIMIT;
  });
}

async function registerApiDocument(app: App): Promise<void> {
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
  await app.register(swaggerUi, { routePrefix: '/api/docs', uiConfig: { docExpansion: 'none' } });
}
