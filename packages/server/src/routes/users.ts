import { z } from 'zod';
import { principalOf } from '../access/authorize';
import type { App, Deps } from '../http/app-types';
import { errorBodySchema } from '../http/errors';
import { createUser, listUsers, loadUser, resetPassword, updateUser } from '../users/accounts';
import {
  createUserBody,
  updateUserBody,
  userIdParams,
  userListQuery,
  userSchema,
  withPassword,
} from './user-schemas';

/** Accounts and their roles: 系统管理员 only. */
export function userRoutes(app: App, deps: Deps): void {
  userReadRoutes(app, deps);
  userWriteRoutes(app, deps);
}

function userReadRoutes(app: App, { db }: Deps): void {
  app.get(
    '/api/users',
    {
      config: { access: { permission: 'user.read' } },
      schema: {
        tags: ['用户'],
        summary: '用户列表（可按姓名或用户名、角色、组织（含下级）、状态筛选）',
        querystring: userListQuery,
        response: { 200: z.object({ items: z.array(userSchema) }) },
      },
    },
    async (request) => ({ items: await listUsers(db, request.query) }),
  );

  app.get(
    '/api/users/:id',
    {
      config: { access: { permission: 'user.read' } },
      schema: {
        tags: ['用户'],
        summary: '读取用户',
        params: userIdParams,
        response: { 200: userSchema, 404: errorBodySchema },
      },
    },
    async (request) => loadUser(db, request.params.id),
  );
}

function userWriteRoutes(app: App, { db }: Deps): void {
  app.post(
    '/api/users',
    {
      config: { access: { permission: 'user.write' } },
      schema: {
        tags: ['用户'],
        summary: '新建用户（不给密码时生成一次性密码）',
        body: createUserBody,
        response: { 201: withPassword, 400: errorBodySchema, 409: errorBodySchema },
      },
    },
    async (request, reply) => {
      const { id, oneTimePassword } = await createUser(db, principalOf(request).userId, request.body);
      const out = await loadUser(db, id);
      return reply.status(201).send(oneTimePassword ? { ...out, oneTimePassword } : out);
    },
  );

  app.patch(
    '/api/users/:id',
    {
      config: { access: { permission: 'user.write' } },
      schema: {
        tags: ['用户'],
        summary: '修改用户（姓名、启用/停用、解锁、角色；须带版本号；停用或改角色即结束该用户的全部会话）',
        params: userIdParams,
        body: updateUserBody,
        response: { 200: userSchema, 400: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema },
      },
    },
    async (request) => {
      await updateUser(db, principalOf(request).userId, request.params.id, request.body);
      return loadUser(db, request.params.id);
    },
  );

  app.post(
    '/api/users/:id/reset-password',
    {
      config: { access: { permission: 'user.write' } },
      schema: {
        tags: ['用户'],
        summary: '重置密码：生成一次性密码，该用户的会话全部失效',
        params: userIdParams,
        response: { 200: withPassword, 404: errorBodySchema },
      },
    },
    async (request) => {
      const oneTimePassword = await resetPassword(db, principalOf(request).userId, request.params.id);
      return { ...(await loadUser(db, request.params.id)), oneTimePassword };
    },
  );
}
