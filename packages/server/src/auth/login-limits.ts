import { JixiaoError } from '@jixiao/domain';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db/connect';
import { loginAttempts, users } from '../db/schema';
import { serverMessage as m } from '../messages';

/** Login attempts allowed per client address in one window, whatever the username. */
export const ATTEMPTS_PER_WINDOW = 30;
export const WINDOW_MINUTES = 15;
/** Wrong passwords in a row that lock an account, and for how long. */
export const LOCK_AFTER_FAILURES = 5;
export const LOCK_MINUTES = 15;

/** Counts one attempt for the address (in the DB, so every instance sees it); throws when over the limit. */
export async function countLoginAttempt(db: Db, address: string): Promise<void> {
  const key = `ip:${address}`;
  const [row] = await db
    .insert(loginAttempts)
    .values({ key, count: 1, windowStart: new Date() })
    .onConflictDoUpdate({
      target: loginAttempts.key,
      set: {
        count: sql`case when ${loginAttempts.windowStart} < now() - interval '1 minute' * ${WINDOW_MINUTES} then 1 else ${loginAttempts.count} + 1 end`,
        windowStart: sql`case when ${loginAttempts.windowStart} < now() - interval '1 minute' * ${WINDOW_MINUTES} then now() else ${loginAttempts.windowStart} end`,
      },
    })
    .returning({ count: loginAttempts.count });
  if ((row?.count ?? 0) > ATTEMPTS_PER_WINDOW) {
    throw new JixiaoError('RATE_LIMITED', m('auth.tooManyAttempts', { minutes: WINDOW_MINUTES }));
  }
}

export function isLocked(lockedUntil: Date | null): boolean {
  return lockedUntil !== null && lockedUntil.getTime() > Date.now();
}

/** Records a wrong password; the LOCK_AFTER_FAILURES-th in a row locks the account. */
export async function recordFailure(db: Db, userId: string): Promise<void> {
  await db
    .update(users)
    .set({
      failedLogins: sql`case when ${users.failedLogins} + 1 >= ${LOCK_AFTER_FAILURES} then 0 else ${users.failedLogins} + 1 end`,
      lockedUntil: sql`case when ${users.failedLogins} + 1 >= ${LOCK_AFTER_FAILURES} then now() + interval '1 minute' * ${LOCK_MINUTES} else ${users.lockedUntil} end`,
    })
    .where(eq(users.id, userId));
}

export async function recordSuccess(db: Db, userId: string): Promise<void> {
  await db.update(users).set({ failedLogins: 0, lockedUntil: null }).where(eq(users.id, userId));
}
