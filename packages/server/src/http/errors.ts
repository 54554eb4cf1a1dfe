import {
  type ErrorCode,
  type ErrorIssue,
  issueJson,
  JixiaoError,
  type Lang,
  type Message,
} from '@jixiao/domain';
import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { HEAVY_RETRY_AFTER_SECONDS } from '../heavy/pool';
import { serverMessage as m, type ServerMessageKey } from '../messages';

/**
 * The one error shape of the API, for every failure:
 * `{ error: { code, key, message, field?, issues? } }` — message safe to show, in the language of the
 * request's Accept-Language (its first tag: English for en…, Chinese otherwise).
 * Statuses are mapped here and nowhere else; a stack trace never leaves the server.
 */
export const STATUS_OF: Record<ErrorCode, number> = {
  INVALID_INPUT: 400,
  UNREADABLE_FILE: 400,
  UNSUPPORTED_FORMAT: 415,
  INVALID_RULE_SET: 400,
  UNKNOWN_RULE_SET: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
  FORBIDDEN: 403,
  UNAUTHENTICATED: 401,
  RATE_LIMITED: 429,
  TOO_LARGE: 413,
  BUSY: 503,
  INTERNAL: 500,
};

export const errorIssueSchema = z.object({
  key: z.string().optional(),
  message: z.string(),
  location: z
    .object({
      path: z.string().optional(),
      label: z.string().optional(),
      file: z.string().optional(),
      sheet: z.string().optional(),
      row: z.number().int().optional(),
      column: z.string().optional(),
    })
    .optional(),
});

export const errorBodySchema = z
  .object({
    error: z.object({
      code: z.string(),
      key: z.string().optional(),
      message: z.string(),
      field: z.string().optional(),
      issues: z.array(errorIssueSchema).optional(),
    }),
  })
  .describe('错误（所有失败都使用这一形状）')
  .meta({ id: 'ErrorBody' });

export type ErrorBody = z.infer<typeof errorBodySchema>;

/** The body of an error in one language: the message and every issue rendered from their keys. */
export function errorBody(
  code: string,
  message: Message,
  lang: Lang,
  issues: readonly ErrorIssue[] = [],
  field?: string,
): ErrorBody {
  const error: ErrorBody['error'] = { code, key: message.key, message: message.text[lang] };
  if (field) error.field = field;
  if (issues.length > 0) error.issues = issues.map((i) => issueJson(i, lang));
  return { error };
}

/** The language of a reply: the first tag of Accept-Language decides ("en-GB,zh;q=0.5" → en). */
export function requestLang(request: Pick<FastifyRequest, 'headers'>): Lang {
  const first = request.headers['accept-language']?.split(',')[0]?.trim().toLowerCase() ?? '';
  return first === 'en' || first.startsWith('en-') || first.startsWith('en;') ? 'en' : 'zh';
}

export type EntityKey = Extract<ServerMessageKey, `entity.${string}`>;

export const notFound = (what: EntityKey) =>
  new JixiaoError('NOT_FOUND', m('http.notFound', { what: m(what) }));
export const forbidden = (message: Message = m('http.forbidden')) => new JixiaoError('FORBIDDEN', message);
export const conflict = (message: Message, issues: ErrorIssue[] = []) =>
  new JixiaoError('CONFLICT', message, issues);
/** The 409 of optimistic concurrency: the row moved on since the editor read it; nothing was written. */
export const staleVersion = (current: number, given: number) =>
  conflict(m('http.staleVersion', { given, current }));
export const invalid = (message: Message, issues: ErrorIssue[] = []) =>
  new JixiaoError('INVALID_INPUT', message, issues);

interface ValidationItem {
  instancePath?: string;
  message?: string;
  params?: { issue?: { path?: PropertyKey[] } };
}

function pathOf(item: ValidationItem): string {
  const fromIssue = item.params?.issue?.path;
  if (fromIssue && fromIssue.length > 0) return fromIssue.map(String).join('.');
  return (item.instancePath ?? '').replace(/^\//, '').replaceAll('/', '.');
}

const PART_KEY = {
  body: 'part.body',
  querystring: 'part.querystring',
  params: 'part.params',
  headers: 'part.headers',
} as const satisfies Record<string, ServerMessageKey>;

/** "填写的内容" / "form" (a body is what a person filled in) for the part of a request that failed validation. */
export function partName(part: string | undefined): Message {
  const key =
    part !== undefined && part in PART_KEY ? PART_KEY[part as keyof typeof PART_KEY] : 'part.request';
  return m(key);
}

type PlainHttpKey =
  | 'http.rateLimited'
  | 'http.tooLarge'
  | 'http.unsupportedMediaType'
  | 'http.badRequest'
  | 'http.internal';

/** Installs the one error handler and the 404 handler. */
export function installErrorHandling(app: FastifyInstance): void {
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    // The web app routes in the browser: any other GET page gets its index.html (when it is served).
    if (request.method === 'GET' && !path.startsWith('/api') && reply.server.hasDecorator('webAppIndex')) {
      return reply.type('text/html; charset=utf-8').sendFile('index.html');
    }
    const message = m('http.noRoute', { method: request.method, path });
    return reply.status(404).send(errorBody('NOT_FOUND', message, requestLang(request)));
  });

  app.setErrorHandler((err: FastifyError | JixiaoError | Error, request, reply) => {
    const lang = requestLang(request);
    if (err instanceof JixiaoError) {
      const status = STATUS_OF[err.code] ?? 500;
      // A full heavy-work queue is load, not a defect: a warning without the stack.
      if (err.code === 'BUSY')
        request.log.warn({ code: err.code, url: request.url }, 'heavy-work queue full');
      else if (status >= 500) request.log.error({ err }, 'application error');
      // An upload refused midway leaves its unread rest on the socket: close it rather than reuse it.
      if (status === 413) reply.header('connection', 'close');
      if (status === 503) reply.header('retry-after', String(HEAVY_RETRY_AFTER_SECONDS));
      const field = err.issues.length === 1 ? err.issues[0]?.location?.path : undefined;
      return reply.status(status).send(errorBody(err.code, err.toMessage(), lang, err.issues, field));
    }
    const fe = err as FastifyError & { validation?: ValidationItem[]; validationContext?: string };
    if (fe.validation) {
      // A validator other than ours (a plugin's JSON schema): its messages are the library's English.
      const issues: ErrorIssue[] = fe.validation.map((v) => {
        const path = pathOf(v);
        const text = v.message ?? m('http.invalidValue').text[lang];
        return {
          message: { key: 'validation', params: {}, text: { zh: text, en: text } },
          location: { path },
        };
      });
      const message = m('http.invalidPart', { part: partName(fe.validationContext) });
      const field = issues.length === 1 ? issues[0]?.location?.path : undefined;
      return reply.status(400).send(errorBody('INVALID_INPUT', message, lang, issues, field));
    }
    const status = typeof fe.statusCode === 'number' ? fe.statusCode : 500;
    const send = (s: number, code: ErrorCode, key: PlainHttpKey) =>
      reply.status(s).send(errorBody(code, m(key), lang));
    if (status === 429) return send(429, 'RATE_LIMITED', 'http.rateLimited');
    if (status === 413) return send(413, 'INVALID_INPUT', 'http.tooLarge');
    if (status === 415) return send(415, 'UNSUPPORTED_FORMAT', 'http.unsupportedMediaType');
    if (status >= 400 && status < 500) {
      request.log.info({ code: fe.code }, 'client error');
      return send(status, 'INVALID_INPUT', 'http.badRequest');
    }
    request.log.error({ err }, 'unhandled error');
    return send(500, 'INTERNAL', 'http.internal');
  });
}
