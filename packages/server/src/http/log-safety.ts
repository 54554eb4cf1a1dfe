import type { FastifyServerOptions } from 'fastify';

/**
 * What the log keeps of an error: its type, message, stack frames and the database's diagnostic fields
 * (SQLSTATE code, constraint, table, column, routine), never the values a query was run with. Drizzle
 * writes the parameters into its message ("params: …") and keeps them as `params`; pg and PGlite errors
 * may carry `parameters`, `query` values or a `detail` quoting the row ("Key (username)=(…)"): all of it
 * stays out, so a failed INSERT of a user cannot put a password hash in the log.
 */
export interface LoggedError {
  type: string;
  message: string;
  stack: string;
  [field: string]: unknown;
}

export function loggableError(err: unknown, depth = 0): LoggedError {
  if (!(err instanceof Error)) return { type: typeof err, message: 'non-error thrown', stack: '' };
  const out: LoggedError = {
    type: err.constructor?.name ?? 'Error',
    message: withoutParams(err.message),
    stack: framesOf(err.stack),
  };
  const fields: Record<string, unknown> = { ...err };
  for (const key of SAFE_FIELDS) {
    const value = fields[key];
    if (typeof value === 'string' || typeof value === 'number') out[key] = value;
  }
  if (err.cause !== undefined && depth < 4) out.cause = loggableError(err.cause, depth + 1);
  return out;
}

/** Fields that describe what failed without quoting the data (key: a message key, not its text). */
const SAFE_FIELDS = [
  'code',
  'key',
  'statusCode',
  'severity',
  'constraint',
  'table',
  'column',
  'schema',
  'routine',
  'dataType',
] as const;

/** Drizzle's "Failed query: <sql>\nparams: <values>": the SQL (placeholders only) stays, the values go. */
function withoutParams(message: string): string {
  const at = message.search(/\n\s*params:/);
  return at >= 0 ? `${message.slice(0, at)}\nparams: [omitted]` : message;
}

/** The stack's frames only: its first lines repeat the message, parameters included. */
function framesOf(stack: string | undefined): string {
  if (!stack) return '';
  return stack
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .join('\n');
}

/**
 * The server's logger options with the safe error serializer in place (for `err` and `error`), whatever
 * the caller gave: true, a level, a stream. `false` stays false; a ready-made logger instance is the caller's.
 */
export function withSafeErrors(logger: FastifyServerOptions['logger']): FastifyServerOptions['logger'] {
  if (logger === false || logger === undefined) return false;
  const base = logger === true ? {} : logger;
  return {
    ...base,
    serializers: { ...base.serializers, err: loggableError, error: loggableError },
  };
}
