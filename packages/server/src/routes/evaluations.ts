import {
  type Evaluation,
  evaluationSchema,
  localizedMessage,
  locationLabel,
  parseEvaluation,
} from '@jixiao/domain';
import { and, asc, count, desc, eq, gt, ilike, or, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import { principalOf } from '../access/authorize';
import { inScope, scopeCondition } from '../access/scope';
import type { Principal } from '../auth/sessions';
import { audit } from '../db/audit';
import type { Db } from '../db/connect';
import {
  auditLog,
  EVALUATION_STATUSES,
  type EvaluationStatus,
  evaluationComments,
  evaluations,
  organisations,
  projects,
  users,
} from '../db/schema';
import { outcomeOf } from '../evaluations/derive';
import { type EvaluationRow, insertEvaluation, updateEvaluationVersioned } from '../evaluations/store';
import type { App, Deps } from '../http/app-types';
import { conflict, errorBodySchema, forbidden, invalid, notFound, staleVersion } from '../http/errors';
import { serverMessage as m } from '../messages';
import { idParams, pageQuery, stamps, timestampsOut, versionField } from './common';

export const EVALUATION_STATUS_LABEL: Record<EvaluationStatus, string> = {
  draft: '草稿',
  submitted: '已提交',
  signed: '单位已签批（待审核）',
  approved: '已审核',
  returned: '已退回',
};

const summarySchema = z.object({
  id: z.string(),
  organisationId: z.string(),
  projectId: z.string().nullable(),
  kind: z.enum(['project', 'unitWide']),
  fiscalYear: z.number().int(),
  title: z.string(),
  unitName: z.string(),
  status: z.enum(EVALUATION_STATUSES),
  ruleSetId: z.string(),
  totalScore: z.string().nullable().describe('总分（十进制字符串）'),
  grade: z.string().nullable(),
  executionRate: z.string().nullable().describe('预算执行率（百分数，十进制字符串）'),
  errorCount: z.number().int(),
  warningCount: z.number().int(),
  demo: z.boolean(),
  ...timestampsOut,
});

function summary(row: EvaluationRow) {
  return {
    id: row.id,
    organisationId: row.organisationId,
    projectId: row.projectId,
    kind: row.kind,
    fiscalYear: row.fiscalYear,
    title: row.title,
    unitName: row.unitName,
    status: row.status,
    ruleSetId: row.ruleSetId,
    totalScore: row.totalScore,
    grade: row.grade,
    executionRate: row.executionRate,
    errorCount: row.errorCount,
    warningCount: row.warningCount,
    demo: row.demo,
    ...stamps(row),
  };
}

const priorYearSchema = z
  .object({
    id: z.string(),
    fiscalYear: z.number().int(),
    status: z.enum(EVALUATION_STATUSES),
    totalScore: z.string().nullable(),
    grade: z.string().nullable(),
    executionRate: z.string().nullable(),
    evaluation: z.unknown(),
  })
  .nullable()
  .describe('同一单位同类（项目自评还须同一项目）上一年度的自评，在本人权限范围内；没有则为 null');

const detailSchema = summarySchema.extend({
  evaluation: z.unknown().describe('自评数据（jixiao.evaluation 格式）'),
  updatedByName: z.string().nullable(),
  priorYear: priorYearSchema,
});
const detail = (
  row: EvaluationRow,
  extra: { updatedByName: string | null; priorYear: PriorYear | null },
) => ({
  ...summary(row),
  evaluation: row.data,
  ...extra,
});
type PriorYear = z.infer<typeof priorYearSchema>;

async function nameOf(db: Db, userId: string | null): Promise<string | null> {
  if (!userId) return null;
  const [u] = await db.select({ name: users.displayName }).from(users).where(eq(users.id, userId));
  return u?.name ?? null;
}

/** Project code, else name: how one project is recognised from one year to the next. */
function projectKey(row: EvaluationRow): { code?: string; name?: string } {
  const project = modelOf(row).project;
  return { code: project?.code || undefined, name: project?.name || undefined };
}

async function priorYearOf(db: Db, row: EvaluationRow, principal: Principal): Promise<PriorYear | null> {
  const candidates = await db
    .select({ e: evaluations })
    .from(evaluations)
    .innerJoin(organisations, eq(organisations.id, evaluations.organisationId))
    .where(
      and(
        eq(evaluations.organisationId, row.organisationId),
        eq(evaluations.kind, row.kind),
        eq(evaluations.fiscalYear, row.fiscalYear - 1),
        scopeCondition(principal, 'evaluation.read', organisations.path),
      ),
    )
    .orderBy(desc(evaluations.updatedAt));
  const key = projectKey(row);
  const match = candidates.find(({ e }) => {
    if (row.kind !== 'project') return true;
    const other = projectKey(e);
    return key.code ? other.code === key.code : other.name === key.name;
  });
  if (!match) return null;
  const e = match.e;
  return {
    id: e.id,
    fiscalYear: e.fiscalYear,
    status: e.status,
    totalScore: e.totalScore,
    grade: e.grade,
    executionRate: e.executionRate,
    evaluation: e.data,
  };
}

async function load(db: Db, id: string): Promise<EvaluationRow> {
  const [row] = await db.select().from(evaluations).where(eq(evaluations.id, id));
  if (!row) throw notFound('entity.evaluation');
  return row;
}

/** The stored JSON is the domain model; parse again so defaults of newer schema versions apply. */
const modelOf = (row: EvaluationRow): Evaluation => parseEvaluation(row.data);

const acknowledgementSchema = z.object({
  code: z.string().min(1).max(200),
  path: z.string().max(500),
  note: z.string().max(2000),
});
type Acknowledgement = z.infer<typeof acknowledgementSchema>;
const transitionBody = z.object({
  version: versionField,
  comment: z.string().max(2000).optional().describe('意见（退回时必填）'),
  acknowledgements: z
    .array(acknowledgementSchema)
    .max(500)
    .optional()
    .describe('提交时对每条警告的确认说明（按 code + 位置 path 对应）'),
});

/**
 * Status moves: from which statuses, to which, and the permission each needs. Approved is final (locked).
 * unitApprover returns only what is not yet signed; returning a signed one needs evaluation.returnSigned.
 */
const TRANSITIONS = {
  submit: {
    from: ['draft', 'returned'],
    to: 'submitted',
    permission: 'evaluation.submit',
    label: '提交',
    actionKey: 'action.submit',
  },
  sign: {
    from: ['submitted'],
    to: 'signed',
    permission: 'evaluation.sign',
    label: '签批',
    actionKey: 'action.sign',
  },
  approve: {
    from: ['signed'],
    to: 'approved',
    permission: 'evaluation.approve',
    label: '审核通过',
    actionKey: 'action.approve',
  },
  return: {
    from: ['submitted', 'signed'],
    to: 'returned',
    permission: 'evaluation.return',
    label: '退回',
    actionKey: 'action.return',
  },
} as const;

/**
 * Submission gate: refused while the server's own checks find errors; every warning must carry an
 * acknowledgement with a non-empty note (matched by code + location path). Returns the acknowledgements kept.
 */
function gateSubmission(row: EvaluationRow, given: Acknowledgement[]): Acknowledgement[] {
  const findings = outcomeOf(modelOf(row)).findings;
  const errors = findings.filter((f) => f.severity === 'error');
  if (errors.length > 0) {
    throw conflict(
      m('evaluation.errorsBlockSubmit', { count: errors.length }),
      errors.map((f) => ({
        message: localizedMessage(f.message, f.code),
        location: { path: f.location.path, label: locationLabel(f.location) },
      })),
    );
  }
  const noted = given.filter((a) => a.note.trim() !== '');
  const warnings = findings.filter((f) => f.severity === 'warning');
  const missing = warnings.filter((f) => !noted.some((a) => a.code === f.code && a.path === f.location.path));
  if (missing.length > 0) {
    throw conflict(
      m('evaluation.warningsNeedNotes', { count: missing.length }),
      missing.map((f) => ({
        message: m('evaluation.findingWithCode', { message: f.message, code: f.code }),
        location: { path: f.location.path, label: locationLabel(f.location) },
      })),
    );
  }
  return noted.filter((a) => warnings.some((f) => a.code === f.code && a.path === f.location.path));
}

export function evaluationRoutes(app: App, { db }: Deps): void {
  const full = async (row: EvaluationRow, principal: Principal) =>
    detail(row, {
      updatedByName: await nameOf(db, row.updatedBy),
      priorYear: await priorYearOf(db, row, principal),
    });

  app.get(
    '/api/evaluations',
    {
      config: { access: { permission: 'evaluation.read' } },
      schema: {
        tags: ['自评'],
        summary: '自评列表（按权限范围过滤，可筛选、分页）',
        querystring: z.object({
          fiscalYear: z.coerce.number().int().optional(),
          kind: z.enum(['project', 'unitWide']).optional(),
          status: z.enum(EVALUATION_STATUSES).optional(),
          organisationId: z.uuid().optional().describe('该组织及其下级'),
          grade: z.string().optional(),
          q: z.string().max(100).optional().describe('按名称或单位搜索'),
          demo: z.enum(['true', 'false']).optional(),
          hasErrors: z.enum(['true', 'false']).optional().describe('true：有错误（error_count > 0）'),
          sort: z.enum(['updatedAt', 'totalScore', 'title', 'fiscalYear']).default('updatedAt'),
          order: z.enum(['asc', 'desc']).default('desc'),
          ...pageQuery,
        }),
        response: {
          200: z.object({
            items: z.array(summarySchema),
            total: z.number().int(),
            page: z.number().int(),
            pageSize: z.number().int(),
          }),
        },
      },
    },
    async (request) => {
      const q = request.query;
      const principal = principalOf(request);
      const conds: (SQL | undefined)[] = [scopeCondition(principal, 'evaluation.read', organisations.path)];
      if (q.fiscalYear !== undefined) conds.push(eq(evaluations.fiscalYear, q.fiscalYear));
      if (q.kind) conds.push(eq(evaluations.kind, q.kind));
      if (q.status) conds.push(eq(evaluations.status, q.status));
      if (q.grade) conds.push(eq(evaluations.grade, q.grade));
      if (q.demo) conds.push(eq(evaluations.demo, q.demo === 'true'));
      if (q.hasErrors)
        conds.push(q.hasErrors === 'true' ? gt(evaluations.errorCount, 0) : eq(evaluations.errorCount, 0));
      if (q.q) {
        const like = `%${q.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
        conds.push(or(ilike(evaluations.title, like), ilike(evaluations.unitName, like)));
      }
      if (q.organisationId) {
        const [org] = await db
          .select({ path: organisations.path })
          .from(organisations)
          .where(eq(organisations.id, q.organisationId));
        if (!org) return { items: [], total: 0, page: q.page, pageSize: q.pageSize };
        conds.push(sql`starts_with(${organisations.path}, ${org.path})`);
      }
      const where = and(...conds);
      const column = {
        updatedAt: evaluations.updatedAt,
        totalScore: evaluations.totalScore,
        title: evaluations.title,
        fiscalYear: evaluations.fiscalYear,
      }[q.sort];
      const rows = await db
        .select({ e: evaluations })
        .from(evaluations)
        .innerJoin(organisations, eq(organisations.id, evaluations.organisationId))
        .where(where)
        .orderBy(q.order === 'asc' ? asc(column) : desc(column), asc(evaluations.id))
        .limit(q.pageSize)
        .offset((q.page - 1) * q.pageSize);
      const [total] = await db
        .select({ n: count() })
        .from(evaluations)
        .innerJoin(organisations, eq(organisations.id, evaluations.organisationId))
        .where(where);
      return {
        items: rows.map((r) => summary(r.e)),
        total: total?.n ?? 0,
        page: q.page,
        pageSize: q.pageSize,
      };
    },
  );

  app.get(
    '/api/evaluations/:id',
    {
      config: { access: { permission: 'evaluation.read', target: { entity: 'evaluation', param: 'id' } } },
      schema: {
        tags: ['自评'],
        summary: '读取一份自评',
        params: idParams,
        response: { 200: detailSchema, 404: errorBodySchema },
      },
    },
    async (request) => full(await load(db, request.params.id), principalOf(request)),
  );

  app.post(
    '/api/organisations/:id/evaluations',
    {
      config: { access: { permission: 'evaluation.write', target: { entity: 'organisation', param: 'id' } } },
      schema: {
        tags: ['自评'],
        summary: '在单位下新建自评（草稿）',
        params: idParams,
        body: z.object({ evaluation: evaluationSchema, projectId: z.uuid().optional() }),
        response: { 201: detailSchema, 400: errorBodySchema },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const [org] = await db.select().from(organisations).where(eq(organisations.id, request.params.id));
      if (org?.kind !== 'unit') throw invalid(m('evaluation.onlyUnits'));
      const evaluation = parseEvaluation(request.body.evaluation);
      outcomeOf(evaluation);
      if (request.body.projectId) {
        const [project] = await db
          .select({ org: projects.organisationId })
          .from(projects)
          .where(eq(projects.id, request.body.projectId));
        if (project?.org !== org.id) {
          throw invalid(m('evaluation.projectNotOfUnit'), [
            {
              message: m('evaluation.projectNotOfUnit'),
              location: { path: 'projectId', label: m('label.project').text },
            },
          ]);
        }
      }
      const row = await db.transaction((tx) =>
        insertEvaluation(tx, {
          organisationId: org.id,
          projectId: request.body.projectId ?? null,
          evaluation,
          userId: principal.userId,
        }),
      );
      return reply.status(201).send(await full(row, principal));
    },
  );

  app.put(
    '/api/evaluations/:id',
    {
      config: { access: { permission: 'evaluation.write', target: { entity: 'evaluation', param: 'id' } } },
      schema: {
        tags: ['自评'],
        summary: '保存自评（须带版本号；草稿或已退回时可改）',
        params: idParams,
        body: z.object({ version: versionField, evaluation: evaluationSchema }),
        response: { 200: detailSchema, 400: errorBodySchema, 409: errorBodySchema },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const current = await load(db, request.params.id);
      if (current.status !== 'draft' && current.status !== 'returned') {
        throw conflict(m('evaluation.notEditable', { status: m(`status.${current.status}`) }));
      }
      const evaluation = parseEvaluation(request.body.evaluation);
      const row = await updateEvaluationVersioned(
        db,
        current.id,
        request.body.version,
        principal.userId,
        { evaluation },
        'update',
      );
      return full(row, principal);
    },
  );

  app.delete(
    '/api/evaluations/:id',
    {
      config: { access: { permission: 'evaluation.write', target: { entity: 'evaluation', param: 'id' } } },
      schema: {
        tags: ['自评'],
        summary: '删除自评草稿（须带版本号；已提交的不能删除）',
        params: idParams,
        querystring: z.object({ version: z.coerce.number().int().min(1) }),
        response: { 204: z.null(), 409: errorBodySchema },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      await db.transaction(async (tx) => {
        const [current] = await tx.select().from(evaluations).where(eq(evaluations.id, request.params.id));
        if (!current) throw notFound('entity.evaluation');
        if (current.status !== 'draft' && current.status !== 'returned') {
          throw conflict(m('evaluation.notDeletable', { status: m(`status.${current.status}`) }));
        }
        const [gone] = await tx
          .delete(evaluations)
          .where(and(eq(evaluations.id, current.id), eq(evaluations.version, request.query.version)))
          .returning({ id: evaluations.id });
        if (!gone) throw staleVersion(current.version, request.query.version);
        await audit(tx, {
          userId: principal.userId,
          action: 'delete',
          entity: 'evaluation',
          entityId: current.id,
          before: current.data,
        });
      });
      return reply.status(204).send(null);
    },
  );

  for (const [action, t] of Object.entries(TRANSITIONS)) {
    app.post(
      `/api/evaluations/:id/${action}`,
      {
        config: { access: { permission: t.permission, target: { entity: 'evaluation', param: 'id' } } },
        schema: {
          tags: ['自评'],
          summary: `${t.label}自评`,
          params: idParams,
          body: transitionBody,
          response: { 200: detailSchema, 400: errorBodySchema, 409: errorBodySchema },
        },
      },
      async (request) => {
        const principal = principalOf(request);
        const current = await load(db, request.params.id);
        const from: readonly string[] = t.from;
        if (!from.includes(current.status)) {
          throw conflict(
            m('evaluation.wrongStatus', { status: m(`status.${current.status}`), action: m(t.actionKey) }),
          );
        }
        const comment = request.body.comment?.trim() || undefined;
        if (action === 'return') {
          if (!comment) {
            throw invalid(m('evaluation.returnNeedsReason'), [
              {
                message: m('evaluation.writeReason'),
                location: { path: 'comment', label: m('label.returnReason').text },
              },
            ]);
          }
          if (current.status === 'signed') {
            const [org] = await db
              .select({ path: organisations.path })
              .from(organisations)
              .where(eq(organisations.id, current.organisationId));
            if (!org || !inScope(principal, 'evaluation.returnSigned', org.path)) {
              throw forbidden(m('evaluation.returnSignedByReviewer'));
            }
          }
        }
        const acknowledgements =
          action === 'submit' ? gateSubmission(current, request.body.acknowledgements ?? []) : undefined;
        const row = await updateEvaluationVersioned(
          db,
          current.id,
          request.body.version,
          principal.userId,
          { status: t.to },
          action,
          {
            fromStatus: current.status,
            ...(comment ? { comment } : {}),
            ...(acknowledgements && acknowledgements.length > 0 ? { acknowledgements } : {}),
          },
        );
        return full(row, principal);
      },
    );
  }

  app.post(
    '/api/evaluations/:id/score',
    {
      config: { access: { permission: 'evaluation.compute', target: { entity: 'evaluation', param: 'id' } } },
      schema: { tags: ['自评'], summary: '按规则集计分（含每项得分的计算说明）', params: idParams },
    },
    async (request) => {
      const row = await load(db, request.params.id);
      return { id: row.id, version: row.version, result: outcomeOf(modelOf(row)).result };
    },
  );

  app.post(
    '/api/evaluations/:id/check',
    {
      config: { access: { permission: 'evaluation.compute', target: { entity: 'evaluation', param: 'id' } } },
      schema: { tags: ['自评'], summary: '审核检查（审核发现列表）', params: idParams },
    },
    async (request) => {
      const row = await load(db, request.params.id);
      return { id: row.id, version: row.version, findings: outcomeOf(modelOf(row)).findings };
    },
  );

  app.get(
    '/api/evaluations/:id/history',
    {
      config: { access: { permission: 'evaluation.read', target: { entity: 'evaluation', param: 'id' } } },
      schema: {
        tags: ['自评'],
        summary: '流转与修改记录（状态变化、保存、字段批注，按时间排序）',
        params: idParams,
        response: { 200: z.object({ items: z.array(historyItemSchema) }) },
      },
    },
    async (request) => {
      const entries = await db
        .select({
          id: auditLog.id,
          at: auditLog.at,
          userId: auditLog.userId,
          userName: users.displayName,
          action: auditLog.action,
          before: auditLog.before,
          after: auditLog.after,
        })
        .from(auditLog)
        .leftJoin(users, sql`${users.id} = ${auditLog.userId}`)
        .where(and(eq(auditLog.entity, 'evaluation'), eq(auditLog.entityId, request.params.id)))
        .orderBy(asc(auditLog.id));
      const items: HistoryItem[] = entries.map((r) => {
        const before = statusNote.safeParse(r.before);
        const after = statusNote.safeParse(r.after);
        const item: HistoryItem = {
          at: r.at.toISOString(),
          action: r.action,
          userId: r.userId,
          userName: r.userName,
          fromStatus: before.success ? (before.data.status ?? null) : null,
          toStatus: after.success ? (after.data.status ?? null) : null,
        };
        if (r.action === 'create') item.toStatus = 'draft';
        if (after.success && after.data.comment) item.comment = after.data.comment;
        if (after.success && after.data.acknowledgements) item.acknowledgements = after.data.acknowledgements;
        return item;
      });
      for (const c of await commentsOf(db, request.params.id)) {
        items.push({
          at: c.at,
          action: 'comment',
          userId: c.userId,
          userName: c.userName,
          fromStatus: null,
          toStatus: null,
          path: c.path,
          comment: c.text,
        });
      }
      // Stable sort: audit entries keep their id order; a comment goes after entries of the same instant.
      items.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
      return { items };
    },
  );

  app.get(
    '/api/evaluations/:id/comments',
    {
      config: { access: { permission: 'evaluation.read', target: { entity: 'evaluation', param: 'id' } } },
      schema: {
        tags: ['自评'],
        summary: '字段批注列表',
        params: idParams,
        response: { 200: z.object({ items: z.array(commentSchema) }) },
      },
    },
    async (request) => {
      await load(db, request.params.id);
      return { items: await commentsOf(db, request.params.id) };
    },
  );

  app.post(
    '/api/evaluations/:id/comments',
    {
      config: { access: { permission: 'evaluation.read', target: { entity: 'evaluation', param: 'id' } } },
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
      const principal = principalOf(request);
      const current = await load(db, request.params.id);
      const text = request.body.text.trim();
      if (!text) {
        throw invalid(m('evaluation.commentEmpty'), [
          {
            message: m('evaluation.writeComment'),
            location: { path: 'text', label: m('label.comment').text },
          },
        ]);
      }
      const [row] = await db
        .insert(evaluationComments)
        .values({ evaluationId: current.id, path: request.body.path, text, userId: principal.userId })
        .returning();
      if (!row) throw new Error('insert returned nothing');
      return reply.status(201).send({
        id: row.id,
        path: row.path,
        text: row.text,
        userId: row.userId,
        userName: await nameOf(db, row.userId),
        at: row.at.toISOString(),
      });
    },
  );
}

const commentSchema = z.object({
  id: z.string(),
  path: z.string(),
  text: z.string(),
  userId: z.string().nullable(),
  userName: z.string().nullable(),
  at: z.string(),
});

async function commentsOf(db: Db, evaluationId: string): Promise<z.infer<typeof commentSchema>[]> {
  const rows = await db
    .select({
      id: evaluationComments.id,
      path: evaluationComments.path,
      text: evaluationComments.text,
      userId: evaluationComments.userId,
      userName: users.displayName,
      at: evaluationComments.at,
    })
    .from(evaluationComments)
    .leftJoin(users, eq(users.id, evaluationComments.userId))
    .where(eq(evaluationComments.evaluationId, evaluationId))
    .orderBy(asc(evaluationComments.at), asc(evaluationComments.id));
  return rows.map((r) => ({ ...r, at: r.at.toISOString() }));
}

/** The status fields of an audit entry's before/after (absent on saves' data-only parts). */
const statusNote = z.object({
  status: z.enum(EVALUATION_STATUSES).optional(),
  fromStatus: z.enum(EVALUATION_STATUSES).optional(),
  comment: z.string().optional(),
  acknowledgements: z.array(acknowledgementSchema).optional(),
});

const historyItemSchema = z.object({
  at: z.string(),
  action: z.string().describe('create | update | submit | sign | approve | return | import | comment'),
  userId: z.string().nullable(),
  userName: z.string().nullable(),
  fromStatus: z.enum(EVALUATION_STATUSES).nullable(),
  toStatus: z.enum(EVALUATION_STATUSES).nullable(),
  comment: z.string().optional(),
  path: z.string().optional().describe('批注所针对的字段'),
  acknowledgements: z.array(acknowledgementSchema).optional(),
});
type HistoryItem = z.infer<typeof historyItemSchema>;
