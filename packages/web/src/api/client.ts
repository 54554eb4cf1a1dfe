import type { components } from './schema.gen';

/**
 * The one way the app talks to the server: JSON over fetch, same origin, session cookie, CSRF token on
 * every state-changing request, and one error type carrying the server's error shape
 * `{ error: { code, message, field?, issues? } }` (message in Chinese, safe to show).
 */
export type ApiIssue = NonNullable<components['schemas']['ErrorBody']['error']['issues']>[number];

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly field?: string;
  readonly issues: ApiIssue[];
  /** The whole response body, for errors that carry data (a 409 carries the current version). */
  readonly body: unknown;
  constructor(
    status: number,
    code: string,
    message: string,
    issues: ApiIssue[],
    body: unknown,
    field?: string,
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.issues = issues;
    this.body = body;
    if (field !== undefined) this.field = field;
  }
}

/** Codes the client itself produces, worded by the i18n layer. */
export const CLIENT_ERROR = { network: 'NETWORK', badResponse: 'BAD_RESPONSE' } as const;

let csrfToken: string | undefined;
export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

/** Reads the server's error shape; tolerant of a bare `{ code, message }` too. */
export function parseErrorBody(status: number, body: unknown): ApiError {
  const outer = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const inner =
    typeof outer.error === 'object' && outer.error !== null
      ? (outer.error as Record<string, unknown>)
      : outer;
  const code = typeof inner.code === 'string' ? inner.code : `HTTP_${status}`;
  const message = typeof inner.message === 'string' ? inner.message : '';
  const issues = Array.isArray(inner.issues) ? (inner.issues as ApiIssue[]) : [];
  const field = typeof inner.field === 'string' ? inner.field : undefined;
  return new ApiError(status, code, message, issues, body, field);
}

export type Query = Record<string, string | number | boolean | undefined>;

export function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '') params.set(k, String(v));
  const s = params.toString();
  return s ? `${path}?${s}` : path;
}

interface RequestOptions {
  body?: unknown;
  query?: Query;
  signal?: AbortSignal;
  /** multipart or other non-JSON body, sent as is. */
  form?: FormData;
  /** Extra request headers (the heavy-work ticket). */
  headers?: Record<string, string>;
}

export async function request<T>(method: string, path: string, opts: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { ...opts.headers, accept: 'application/json' };
  headers['accept-language'] = globalThis.document?.documentElement.lang || 'zh-CN';
  let body: BodyInit | undefined;
  if (opts.form) body = opts.form;
  else if (opts.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(opts.body);
  }
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(withQuery(path, opts.query), {
      method,
      headers,
      body,
      credentials: 'same-origin',
      ...(opts.signal ? { signal: opts.signal } : {}),
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiError(0, CLIENT_ERROR.network, '', [], undefined);
  }
  const text = await res.text();
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    if (!res.ok) throw new ApiError(res.status, `HTTP_${res.status}`, '', [], text);
    throw new ApiError(res.status, CLIENT_ERROR.badResponse, '', [], text);
  }
  if (!res.ok) throw parseErrorBody(res.status, parsed);
  return parsed as T;
}

/** Downloads a file the server generates (report, sheet, export) and hands it to the browser. */
export async function download(
  path: string,
  fallbackName: string,
  query?: Query,
  headers?: Record<string, string>,
): Promise<void> {
  const res = await fetch(withQuery(path, query), {
    credentials: 'same-origin',
    ...(headers ? { headers } : {}),
  }).catch(() => {
    throw new ApiError(0, CLIENT_ERROR.network, '', [], undefined);
  });
  if (!res.ok) {
    const text = await res.text();
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    throw parseErrorBody(res.status, parsed);
  }
  const blob = await res.blob();
  const name = fileNameFrom(res.headers.get('content-disposition')) ?? fallbackName;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** filename*=UTF-8''… (Chinese names) or filename="…". */
export function fileNameFrom(disposition: string | null): string | undefined {
  if (!disposition) return undefined;
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (star?.[1]) return decodeURIComponent(star[1]);
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  return plain?.[1];
}
