import { JixiaoError } from '@jixiao/domain';
import { count } from 'drizzle-orm';
import { audit } from '../db/audit';
import type { Db } from '../db/connect';
import { roleAssignments, users } from '../db/schema';
import { serverMessage as m } from '../messages';
import { hashPassword, passwordProblem, randomPassword } from './password';
import { usernameKey } from './username';

export interface BootstrapResult {
  username: string;
  /** Set only when the server made the password up: shown once, never stored in clear. */
  oneTimePassword?: string;
}

/** A password given for the first administrator, and whether it must be changed at first sign-in. */
export interface GivenPassword {
  password: string;
  mustChange: boolean;
}

/**
 * On a database without users, creates the administrator `admin` with the given password (checked by the
 * password rules), or a random one to print once (never a fixed default). JIXIAO_ADMIN_PASSWORD sits in the
 * environment of the deployment, so it is changed at first sign-in; a random one is shown, so it is too.
 */
export async function ensureAdministrator(
  db: Db,
  given: GivenPassword | undefined,
): Promise<BootstrapResult | undefined> {
  const [row] = await db.select({ n: count() }).from(users);
  if ((row?.n ?? 0) > 0) return undefined;
  const fromEnv = given && given.password.length > 0 ? given.password : undefined;
  const problem = fromEnv === undefined ? undefined : passwordProblem(fromEnv);
  if (problem) throw new JixiaoError('INVALID_INPUT', m('password.adminFromEnv', { problem }));
  const password = fromEnv ?? randomPassword();
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    const [admin] = await tx
      .insert(users)
      .values({
        username: 'admin',
        usernameKey: usernameKey('admin'),
        displayName: '系统管理员',
        passwordHash,
        mustChangePassword: fromEnv === undefined || (given?.mustChange ?? true),
      })
      .returning({ id: users.id });
    if (!admin) throw new Error('admin not created');
    await tx.insert(roleAssignments).values({ userId: admin.id, organisationId: null, role: 'admin' });
    await audit(tx, {
      userId: null,
      action: 'create',
      entity: 'user',
      entityId: admin.id,
      after: { username: 'admin' },
    });
  });
  return fromEnv ? { username: 'admin' } : { username: 'admin', oneTimePassword: password };
}
