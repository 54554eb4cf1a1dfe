import { type ErrorCode, type ErrorIssue, JixiaoError } from '@jixiao/domain';
import type { FastifyError, FastifyInstance } from 'fastify';
import { z } from 'zod';

/**
 * The one error shape of the API, for every failure:
 * `{ error: { code, message, field?, location?, issues? } }` — message in Chinese and safe to show.
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
  INTERNAL: 500,
};

export const errorIssueSchema = z.object({
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
      message: z.string(),
      field: z.string().optional(),
      issues: z.array(errorIssueSchema).optional(),
    }),
  })
  .describe('错误（所有失败都使用这一形状）')
  .meta({ id: 'ErrorBody' });

export type ErrorBody = z.infer<typeof errorBodySchema>;

export function errorBody(code: string, message: string, issues?: ErrorIssue[], field?: string): ErrorBody {
  const error: ErrorBody['error'] = { code, message };
  if (field) error.field = field;
  if (issues && issues.length > 0) error.issues = issues;
  return { error };
}

export const notFound = (what: string) => new JixiaoError('NOT_FOUND', `${what}不存在或无权查看`);
export const forbidden = (message = '没有权限执行此操作') => new JixiaoError('FORBIDDEN', message);
export const conflict = (message: string, issues: ErrorIssue[] = []) =>
  new JixiaoError('CONFLICT', message, issues);
/** The 409 of optimistic concurrency: the row moved on since the editor read it; nothing was written. */
export const staleVersion = (current: number, given: number) =>
  conflict(
    `数据已被他人修改（您编辑的是第 ${given} 版，当前为第 ${current} 版）。请刷新后在最新版本上修改，您的修改未保存。`,
  );
export const invalid = (message: string, issues: ErrorIssue[] = []) =>
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

const CONTEXT_LABEL: Record<string, string> = {
  body: '请求内容',
  querystring: '查询参数',
  params: '路径参数',
  headers: '请求头',
};

/** Installs the one error handler and the 404 handler. */
export function installErrorHandling(app: FastifyInstance): void {
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    // The web app routes in the browser: any other GET page gets its index.html (when it is served).
    if (request.method === 'GET' && !path.startsWith('/api') && reply.server.hasDecorator('webAppIndex')) {
      return reply.type('text/html; charset=utf-8').sendFile('index.html');
    }
    return reply.status(404).send(errorBody('NOT_FOUND', `找不到 ${request.method} ${path}`));
  });

  app.setErrorHandler((err: FastifyError | JixiaoError | Error, request, reply) => {
    if (err instanceof JixiaoError) {
      const status = STATUS_OF[err.code] ?? 500;
      if (status >= 500) request.log.error({ err }, 'application error');
      const field = err.issues.length === 1 ? err.issues[0]?.location?.path : undefined;
      return reply.status(status).send(errorBody(err.code, err.message, err.issues, field));
    }
    const fe = err as FastifyError & { validation?: ValidationItem[]; validationContext?: string };
    if (fe.validation) {
      const where = CONTEXT_LABEL[fe.validationContext ?? 'body'] ?? '请求';
      const issues = fe.validation.map((v) => {
        const path = pathOf(v);
        return { message: v.message ?? '不符合要求', location: { path, label: path } };
      });
      return reply
        .status(400)
        .send(
          errorBody(
            'INVALID_INPUT',
            `${where}不符合要求`,
            issues,
            issues.length === 1 ? issues[0]?.location.path : undefined,
          ),
        );
    }
    const status = typeof fe.statusCode === 'number' ? fe.statusCode : 500;
    if (status === 429) return reply.status(429).send(errorBody('RATE_LIMITED', '请求过于频繁，请稍后再试'));
    if (status === 413) return reply.status(413).send(errorBody('INVALID_INPUT', '上传内容过大'));
    if (status === 415) return reply.status(415).send(errorBody('UNSUPPORTED_FORMAT', '不支持的内容类型'));
    if (status >= 400 && status < 500) {
      request.log.info({ code: fe.code }, 'client error');
      return reply.status(status).send(errorBody('INVALID_INPUT', '请求无法处理，请检查格式'));
    }
    request.log.error({ err }, 'unhandled error');
    return reply
      .status(500)
      .send(errorBody('INTERNAL', '服务器内部错误，请稍后重试；如持续出现请联系管理员'));
  });
}
