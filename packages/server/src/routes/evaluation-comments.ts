import { z } from 'zod';
import { principalOf } from '../access/authorize';
import { addComment, commentsOf, historyOf } from '../evaluations/history';
import { loadEvaluation } from '../evaluations/read';
import type { App, Deps } from '../http/app-types';
import { errorBodySchema } from '../http/errors';
import { idParams } from './common';
import { commentSchema, historyItemSchema, onEvaluation } from './evaluation-schemas';

/** An evaluation's history (status moves, saves, comments) and its field comments. */
export function evaluationCommentRoutes(app: App, { db }: Deps): void {
  const readAccess = onEvaluation('evaluation.read');

  app.get(
    '/api/evaluations/:id/history',
    {
      config: { access: readAccess },
      schema: {
        tags: ['自评'],
        summary: '流转与修改记录（状态变化、保存、字段批注，按时间排序）',
        params: idParams,
        response: { 200: z.object({ items: z.array(historyItemSchema) }) },
      },
    },
    async (request) => ({ items: await historyOf(db, request.params.id) }),
  );

  app.get(
    '/api/evaluations/:id/comments',
    {
      config: { access: readAccess },
      schema: {
        tags: ['自评'],
        summary: '字段批注列表',
        params: idParams,
        response: { 200: z.object({ items: z.array(commentSchema) }) },
      },
    },
    async (request) => {
      await loadEvaluation(db, request.params.id);
      return { items: await commentsOf(db, request.params.id) };
    },
  );

  app.post(
    '/api/evaluations/:id/comments',
    {
      config: { access: readAccess },
      schema: {
        tags: ['自评'],
        summary: '对字段添加批注（任何状态均可，含已审核）',
        params: idParams,
        body: z.object({
          path: z.string().max(500).describe('字段路径，如 indicators[3].actual'),
          text: z.string().min(1).max(2000),
        }),
        response: { 201: commentSchema, 400: errorBodySchema },
      },
    },
    async (request, reply) => {
      const current = await loadEvaluation(db, request.params.id);
      const comment = await addComment(db, {
        evaluationId: current.id,
        path: request.body.path,
        text: request.body.text,
        userId: principalOf(request).userId,
      });
      return reply.status(201).send(comment);
    },
  );
}
