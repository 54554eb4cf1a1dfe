import type { z } from 'zod';
import { principalOf } from '../access/authorize';
import type { RouteAccess } from '../access/policies';
import type { Principal } from '../auth/sessions';
import type { App } from '../http/app-types';
import { errorBodySchema } from '../http/errors';
import { idParams } from '../routes/common';

/** What a step route is asked: the item by its id, at the path the access hook resolved, with the body. */
export interface StepCall<Body> {
  id: string;
  organisationPath: string | undefined;
  body: Body;
}

/** The body as Fastify's type provider hands it to a handler (its own `UndefinedToUnknown`; `Body` for every object). */
type Validated<Body> = [Body] extends [undefined] ? unknown : Body;

/**
 * The routes of a kind's workflow: one `POST {base}/:id/{transition}` per transition, each under its own
 * permission (the access hook checks role and organisation), taking the step through the kind's service and
 * answering the item's detail. The per-kind parts are data: path, permission, tag, summary, body, detail,
 * whether 403 is in the document, the call into the transition service and the reply.
 */
export function transitionRoutes<T extends string, Body, Detail, Row>(
  app: App,
  spec: {
    base: string;
    transitions: readonly T[];
    access: (transition: T) => RouteAccess;
    tags: string[];
    summary: (transition: T) => string;
    body: z.ZodType<Body>;
    detail: z.ZodType<Detail>;
    /** Whether the API document lists the 403 (a step not the caller's to take). */
    documentsForbidden: boolean;
    take: (principal: Principal, transition: T, call: StepCall<Validated<Body>>) => Promise<Row>;
    reply: (row: Row, principal: Principal, organisationPath: string | undefined) => Promise<Detail>;
  },
): void {
  for (const transition of spec.transitions) {
    app.post(
      `${spec.base}/:id/${transition}`,
      {
        config: { access: spec.access(transition) },
        schema: {
          tags: spec.tags,
          summary: spec.summary(transition),
          params: idParams,
          body: spec.body,
          response: {
            200: spec.detail,
            400: errorBodySchema,
            ...(spec.documentsForbidden ? { 403: errorBodySchema } : {}),
            409: errorBodySchema,
          },
        },
      },
      async (request) => {
        const principal = principalOf(request);
        const row = await spec.take(principal, transition, {
          id: request.params.id,
          organisationPath: request.targetPath,
          body: request.body,
        });
        return spec.reply(row, principal, request.targetPath);
      },
    );
  }
}
