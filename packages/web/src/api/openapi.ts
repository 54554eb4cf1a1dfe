import { type Query, request } from './client';
import type { paths } from './schema.gen';

/**
 * Typed access to the API from its generated description (schema.gen.ts): the path and method pick the
 * parameters, the body and the answer, so a call the server does not offer does not compile. Requests still
 * go through `request`, which keeps the CSRF token and the one error type.
 */
export type ApiPath = keyof paths;
type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
export type MethodOf<P extends ApiPath> = Method & keyof paths[P];
type Operation<P extends ApiPath, M extends MethodOf<P>> = paths[P][M];

type SuccessStatus = 200 | 201 | 202 | 204;
type Json<R> = R extends { content: { 'application/json': infer B } } ? B : undefined;
type Responses<P extends ApiPath, M extends MethodOf<P>> =
  Operation<P, M> extends { responses: infer R } ? R : never;

/** The JSON body of the successful answer. */
export type ResponseBody<P extends ApiPath, M extends MethodOf<P>> = {
  [S in SuccessStatus & keyof Responses<P, M>]: Json<Responses<P, M>[S]>;
}[SuccessStatus & keyof Responses<P, M>];

/** The JSON request body, or never when the operation takes none (or takes multipart). */
export type RequestBody<P extends ApiPath, M extends MethodOf<P>> =
  Operation<P, M> extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;

type Parameters<P extends ApiPath, M extends MethodOf<P>> =
  Operation<P, M> extends { parameters: infer A } ? A : Record<string, never>;
export type QueryOf<P extends ApiPath, M extends MethodOf<P>> =
  Parameters<P, M> extends { query?: infer Q } ? Q : never;
type PathParams<P extends ApiPath, M extends MethodOf<P>> =
  Parameters<P, M> extends { path: infer A extends object } ? A : never;

export interface CallOptions<P extends ApiPath, M extends MethodOf<P>> {
  params?: PathParams<P, M>;
  query?: QueryOf<P, M> & Query;
  body?: RequestBody<P, M>;
  /** A multipart body (uploads), sent as is. */
  form?: FormData;
  signal?: AbortSignal;
  /** Extra request headers (the heavy-work ticket). */
  headers?: Record<string, string>;
}

/** Fills `{name}` in a path from the parameters, encoded. */
export function fillPath(path: string, params: object | undefined): string {
  const values = new Map<string, unknown>(Object.entries(params ?? {}));
  return path.replace(/\{(\w+)\}/g, (_whole, name: string) => {
    const value = values.get(name);
    if (value === undefined) throw new Error(`missing path parameter ${name} for ${path}`);
    return encodeURIComponent(String(value));
  });
}

export function call<P extends ApiPath, M extends MethodOf<P>>(
  method: M,
  path: P,
  options: CallOptions<P, M> = {},
): Promise<ResponseBody<P, M>> {
  const { params, query, body, form, signal, headers } = options;
  const filled = fillPath(path, params);
  return request<ResponseBody<P, M>>(method.toUpperCase(), filled, {
    ...(query === undefined ? {} : { query }),
    ...(body === undefined ? {} : { body }),
    ...(form === undefined ? {} : { form }),
    ...(signal === undefined ? {} : { signal }),
    ...(headers === undefined ? {} : { headers }),
  });
}
