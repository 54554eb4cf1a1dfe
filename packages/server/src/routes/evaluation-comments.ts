import { z } from 'zod';
import { principalOf } from '../access/authorize';
import { inScope } from '../access/scope';
import { addComment, commentsOf, historyOf, setResolved } from '../evaluations/history';
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
        summary: '对字段添加批注，或回复一条批注（任何状态均可，含已审核）',
        params: idParams,
        body: z.object({
          path: z.string().max(500).describe('字段路径，如 indicators[3].actual（回复时沿用原批注的字段）'),
          text: z.string().min(1).max(2000),
          parentId: z.uuid().optional().describe('回复的批注 id（只回复原批注，不回复回复）'),
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
        ...(request.body.parentId ? { parentId: request.body.parentId } : {}),
      });
      return reply.status(201).send(comment);
    },
  );

  app.patch(
    '/api/evaluations/:id/comments/:commentId',
    {
      config: { access: readAccess },
      schema: {
        tags: ['自评'],
        summary: '标记批注已解决或重新打开（批注人或审核人）',
        params: z.object({ id: z.uuid(), commentId: z.uuid() }),
        body: z.object({ resolved: z.boolean().describe('true：已解决；false：重新打开') }),
        response: { 200: z.object({ items: z.array(commentSchema) }), 400: errorBodySchema },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const current = await loadEvaluation(db, request.params.id);
      const path = request.targetPath ?? '';
      await setResolved(db, {
        evaluationId: current.id,
        commentId: request.params.commentId,
        userId: principal.userId,
        mayReview: inScope(principal, 'evaluation.return', path),
        resolved: request.body.resolved,
      });
      return { items: await commentsOf(db, current.id) };
    },
  );
}
