import { EVALUATION_WORKFLOW, type EvaluationTransition, JixiaoError, transitionNames } from '@jixiao/domain';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { principalOf } from '../access/authorize';
import { inScope } from '../access/scope';
import type { Principal } from '../auth/sessions';
import type { Db } from '../db/connect';
import { evaluations } from '../db/schema';
import { todoCounts } from '../evaluations/awaiting';
import { organisationPathOf } from '../evaluations/read';
import { TRANSITION_LABEL, transitionPermission } from '../evaluations/status';
import { takeTransition } from '../evaluations/transition';
import type { App, Deps } from '../http/app-types';
import { conflict, errorBodySchema, notFound } from '../http/errors';
import { serverMessage as m } from '../messages';
import { transitionRoutes } from '../workflow/routes';
import { stepBody } from '../workflow/step-body';
import { versionField } from './common';
import { detail, detailSchema, onEvaluation } from './evaluation-schemas';

/** The moves a reviewer takes on many evaluations at once. */
const BATCH: readonly EvaluationTransition[] = ['sign', 'approve', 'return'];

const batchBody = z.object({
  items: z
    .array(z.object({ id: z.uuid(), version: versionField }))
    .min(1)
    .max(200)
    .describe('所选自评及其版本号（与列表中显示的一致）'),
  comment: z.string().max(2000).optional().describe('意见，对每一条相同（退回时必填）'),
});

const batchReply = z.object({
  items: z.array(z.object({ id: z.string(), status: z.string(), version: z.number().int() })),
});

/**
 * One move on many evaluations, all or nothing: every item is taken in one transaction, each checked as
 * its own request would be (scope, status, whose step, version); if any fails, nothing is written and the
 * error lists every failing item by title with its reason (issues at `items[i]`).
 */
async function takeBatch(
  db: Db,
  principal: Principal,
  transition: EvaluationTransition,
  body: z.infer<typeof batchBody>,
): Promise<z.infer<typeof batchReply>> {
  return db.transaction(async (tx) => {
    const done: z.infer<typeof batchReply>['items'] = [];
    const failed: { index: number; title: string; error: JixiaoError }[] = [];
    for (const [index, item] of body.items.entries()) {
      const [row] = await tx
        .select({ organisationId: evaluations.organisationId, title: evaluations.title })
        .from(evaluations)
        .where(eq(evaluations.id, item.id));
      const path = row ? await organisationPathOf(tx, row.organisationId) : undefined;
      if (!row || path === undefined || !inScope(principal, 'evaluation.read', path)) {
        failed.push({ index, title: item.id, error: notFound('entity.evaluation') });
        continue;
      }
      try {
        const moved = await takeTransition(tx, principal, transition, {
          ...item,
          organisationPath: path,
          ...(body.comment !== undefined ? { comment: body.comment } : {}),
        });
        done.push({ id: moved.id, status: moved.status, version: moved.version });
      } catch (e) {
        if (!(e instanceof JixiaoError)) throw e;
        failed.push({ index, title: row.title, error: e });
      }
    }
    if (failed.length > 0) {
      throw conflict(
        m('evaluation.batchFailed', { count: failed.length }),
        failed.map((f) => ({
          message: m('evaluation.batchItem', { title: f.title, message: f.error.localized }),
          location: { path: `items[${f.index}]`, label: { zh: f.title, en: f.title } },
        })),
      );
    }
    return { items: done };
  });
}

/**
 * One POST per workflow transition (submit, sign, approve, return, withdraw), each under its own
 * permission; batch sign/approve/return for the review list; the signed-in user's to-do counts.
 */
export function evaluationWorkflowRoutes(app: App, { db }: Deps): void {
  for (const transition of BATCH) {
    app.post(
      `/api/evaluations/batch/${transition}`,
      {
        config: { access: { permission: transitionPermission(transition) } },
        schema: {
          tags: ['自评'],
          summary: `批量${TRANSITION_LABEL[transition]}（全部成功或全部不执行）`,
          body: batchBody,
          response: { 200: batchReply, 400: errorBodySchema, 409: errorBodySchema },
        },
      },
      async (request) => takeBatch(db, principalOf(request), transition, request.body),
    );
  }
  transitionRoutes(app, {
    base: '/api/evaluations',
    transitions: transitionNames(EVALUATION_WORKFLOW),
    access: (transition) => onEvaluation(transitionPermission(transition)),
    tags: ['自评'],
    summary: (transition) => `${TRANSITION_LABEL[transition]}自评`,
    body: stepBody,
    detail: detailSchema,
    documentsForbidden: false,
    take: (principal, transition, { id, organisationPath, body }) =>
      takeTransition(db, principal, transition, { id, organisationPath, ...body }),
    reply: (row, principal) => detail(db, row, principal),
  });
  app.get(
    '/api/todo-counts',
    {
      config: { access: { permission: 'session.self' } },
      schema: {
        tags: ['自评'],
        summary: '当前用户的待办数：待我审核、退回给我、待我回复的批注',
        response: {
          200: z.object({
            review: z.number().int().describe('轮到我审核（签字、初审、复审）的自评'),
            returned: z.number().int().describe('退回给我（填报人）修改的自评'),
            comments: z.number().int().describe('未解决且等待我回复的批注'),
            declarations: z.number().int().describe('轮到我审核的绩效目标申报表（含调整指标值）'),
          }),
        },
      },
    },
    async (request) => todoCounts(db, principalOf(request)),
  );
}
