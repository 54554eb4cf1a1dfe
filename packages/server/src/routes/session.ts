import { JixiaoError } from '@jixiao/domain';
import { eq } from 'drizzle-orm';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { principalOf } from '../access/authorize';
import { ROLE_LABEL, ROLES } from '../access/roles';
import { checkCurrentPassword, logIn } from '../auth/login';
import { hashPassword, passwordProblem, verifyPassword } from '../auth/password';
import {
  CSRF_COOKIE,
  createSession,
  deleteSession,
  deleteUserSessions,
  type Principal,
  principalFromToken,
  SESSION_COOKIE,
  SESSION_HOURS,
} from '../auth/sessions';
import { audit } from '../db/audit';
import { users } from '../db/schema';
import type { App, Deps } from '../http/app-types';
import { errorBodySchema, invalid } from '../http/errors';
import { serverMessage as m } from '../messages';

const sessionSchema = z
  .object({
    user: z.object({
      id: z.string(),
      username: z.string(),
      displayName: z.string(),
      mustChangePassword: z.boolean(),
    }),
    roles: z.array(
      z.object({ role: z.enum(ROLES), roleLabel: z.string(), organisationId: z.string().nullable() }),
    ),
    csrfToken: z.string().describe('状态变更请求须在请求头 x-csrf-token 中带上此值'),
  })
  .describe('当前会话');

function describeSession(p: Principal) {
  return {
    user: {
      id: p.userId,
      username: p.username,
      displayName: p.displayName,
      mustChangePassword: p.mustChangePassword,
    },
    roles: p.grants.map((g) => ({
      role: g.role,
      roleLabel: ROLE_LABEL[g.role],
      organisationId: g.organisationId,
    })),
    csrfToken: p.csrfToken,
  };
}

export function sessionRoutes(app: App, deps: Deps): void {
  const { db } = deps;
  const cookieBase = { path: '/', sameSite: 'lax' as const, secure: deps.secureCookies };

  function setCookies(reply: FastifyReply, token: string, csrfToken: string) {
    const maxAge = SESSION_HOURS * 3600;
    reply.setCookie(SESSION_COOKIE, token, { ...cookieBase, httpOnly: true, maxAge });
    // Readable by the web app, which echoes it in x-csrf-token; it matches the token stored with the session.
    reply.setCookie(CSRF_COOKIE, csrfToken, { ...cookieBase, httpOnly: false, maxAge });
  }

  const ctx = { db, cookieBase, setCookies };
  sessionLoginRoutes(app, ctx);
  sessionPasswordRoutes(app, ctx);
}

/** What the session routes share: the database and the session and CSRF cookies. */
interface SessionRoutes {
  db: Deps['db'];
  cookieBase: { path: string; sameSite: 'lax'; secure: boolean };
  setCookies: (reply: FastifyReply, token: string, csrfToken: string) => void;
}

function sessionLoginRoutes(app: App, { db, cookieBase, setCookies }: SessionRoutes): void {
  app.post(
    '/api/session',
    {
      config: { access: { public: true } },
      schema: {
        tags: ['会话'],
        summary: '登录',
        body: z.object({ username: z.string().min(1).max(100), password: z.string().min(1).max(200) }),
        response: { 200: sessionSchema, 401: errorBodySchema, 429: errorBodySchema },
      },
    },
    async (request, reply) => {
      const user = await logIn(db, { ...request.body, address: request.ip });
      const { token, csrfToken } = await createSession(db, user.id);
      setCookies(reply, token, csrfToken);
      const principal = await principalFromToken(db, token);
      if (!principal) throw new JixiaoError('INTERNAL', m('auth.loginFailed'));
      return describeSession(principal);
    },
  );

  app.get(
    '/api/session',
    {
      config: { access: { permission: 'session.self' } },
      schema: {
        tags: ['会话'],
        summary: '当前用户与角色',
        response: { 200: sessionSchema, 401: errorBodySchema },
      },
    },
    async (request) => describeSession(principalOf(request)),
  );

  // The web app's first question, "who is signed in?", answered 200 either way: a signed-out visitor gets
  // `session: null` rather than a 401, which browsers log as a console error on every signed-out load.
  app.get(
    '/api/session/current',
    {
      config: { access: { public: true } },
      schema: {
        tags: ['会话'],
        summary: '当前会话（未登录时 session 为 null，不回 401）',
        response: { 200: z.object({ session: sessionSchema.nullable() }) },
      },
    },
    async (request) => ({ session: request.principal ? describeSession(request.principal) : null }),
  );

  app.delete(
    '/api/session',
    {
      config: { access: { permission: 'session.self' } },
      schema: { tags: ['会话'], summary: '退出登录', response: { 204: z.null(), 401: errorBodySchema } },
    },
    async (request, reply) => {
      const { sessionId, userId } = principalOf(request);
      await deleteSession(db, sessionId);
      await audit(db, { userId, action: 'logout', entity: 'session', entityId: userId });
      reply.clearCookie(SESSION_COOKIE, cookieBase).clearCookie(CSRF_COOKIE, cookieBase);
      return reply.status(204).send(null);
    },
  );
}

function sessionPasswordRoutes(app: App, { db, setCookies }: SessionRoutes): void {
  app.post(
    '/api/session/password',
    {
      config: { access: { permission: 'session.self' } },
      schema: {
        tags: ['会话'],
        summary: '修改自己的密码（其他会话随之失效）',
        body: z.object({
          currentPassword: z.string().min(1).max(200),
          newPassword: z.string().min(1).max(200),
        }),
        response: { 200: sessionSchema, 400: errorBodySchema, 429: errorBodySchema },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const { currentPassword, newPassword } = request.body;
      const [user] = await db.select().from(users).where(eq(users.id, principal.userId));
      if (!user) throw new JixiaoError('UNAUTHENTICATED', m('auth.loginRequired'));
      await checkCurrentPassword(db, user, currentPassword);
      const problem = (await verifyPassword(newPassword, user.passwordHash))
        ? m('password.sameAsOld')
        : passwordProblem(newPassword);
      if (problem) throw invalid(problem, [{ message: problem, location: { path: 'newPassword' } }]);
      const passwordHash = await hashPassword(newPassword);
      const { token, csrfToken } = await db.transaction(async (tx) => {
        await tx
          .update(users)
          .set({
            passwordHash,
            mustChangePassword: false,
            updatedAt: new Date(),
            updatedBy: principal.userId,
          })
          .where(eq(users.id, principal.userId));
        await deleteUserSessions(tx, principal.userId);
        await audit(tx, {
          userId: principal.userId,
          action: 'changePassword',
          entity: 'user',
          entityId: principal.userId,
        });
        return createSession(tx, principal.userId);
      });
      setCookies(reply, token, csrfToken);
      return describeSession({ ...principal, mustChangePassword: false, csrfToken });
    },
  );
}
