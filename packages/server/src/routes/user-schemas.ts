import { z } from 'zod';
import { ROLES } from '../access/roles';
import { ACCOUNT_LIMITS as L } from '../users/limits';
import { timestampsOut, versionField } from './common';

/** The request and response shapes of the user routes, one definition each. */

export const roleIn = z.object({ role: z.enum(ROLES), organisationId: z.uuid().nullable().default(null) });
export type RoleIn = z.infer<typeof roleIn>;

export const userSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  active: z.boolean(),
  locked: z.boolean(),
  mustChangePassword: z.boolean(),
  roles: z.array(
    z.object({ role: z.enum(ROLES), roleLabel: z.string(), organisationId: z.string().nullable() }),
  ),
  ...timestampsOut,
});
export type UserOut = z.infer<typeof userSchema>;

export const withPassword = userSchema.extend({
  oneTimePassword: z.string().optional().describe('系统生成的一次性密码，只显示这一次；用户首次登录后须修改'),
});

export const userIdParams = z.object({ id: z.uuid('schema.badId') });

const displayName = z
  .string()
  .trim()
  .min(1, 'schema.displayName')
  .max(L.displayNameMax, 'schema.displayName');

export const createUserBody = z.object({
  username: z
    .string()
    .trim()
    .regex(new RegExp(`^[A-Za-z0-9_.@-]{${L.usernameMin},${L.usernameMax}}$`), 'schema.username'),
  displayName,
  password: z.string().max(200).optional(),
  roles: z.array(roleIn).default([]),
});

export const updateUserBody = z.object({
  version: versionField,
  displayName: displayName.optional(),
  active: z.boolean().optional(),
  unlock: z.boolean().optional().describe('解除因多次密码错误造成的锁定'),
  roles: z.array(roleIn).optional(),
});

export const USER_STATUSES = ['active', 'disabled', 'locked', 'mustChangePassword'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

/** The list's filters: name (username or 姓名, part of it), role, organisation (and below it), status. */
export const userListQuery = z.object({
  q: z.string().trim().max(L.displayNameMax, 'schema.displayName').optional(),
  role: z.enum(ROLES).optional(),
  organisationId: z.uuid('schema.badId').optional(),
  status: z.enum(USER_STATUSES).optional(),
});
export type UserListQuery = z.infer<typeof userListQuery>;
