import { count } from 'drizzle-orm';
import { audit } from '../db/audit';
import type { Db } from '../db/connect';
import { roleAssignments, users } from '../db/schema';
import { hashPassword, randomPassword } from './password';

export interface BootstrapResult {
  username: string;
  /** Set only when the server made the password up: shown once, never stored in clear. */
  oneTimePassword?: string;
}

/**
 * On a database without users, creates the administrator `admin` with the password from
 * JIXIAO_ADMIN_PASSWORD, or a random one to print once (never a fixed default).
 */
export async function ensureAdministrator(
  db: Db,
  fromEnv: string | undefined,
): Promise<BootstrapResult | undefined> {
  const [row] = await db.select({ n: count() }).from(users);
  if ((row?.n ?? 0) > 0) return undefined;
  const password = fromEnv && fromEnv.length > 0 ? fromEnv : randomPassword();
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    const [admin] = await tx
      .insert(users)
      .values({ username: 'admin', displayName: '系统管理员', passwordHash, mustChangePassword: !fromEnv })
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
