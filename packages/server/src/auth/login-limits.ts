import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/connect';
import { loginAttempts } from '../db/schema';

/**
 * Counters of failed attempts in the database (so every instance sees them), one row per key. An attempt is
 * counted BEFORE the password is checked and the limit is read from the same atomic upsert, so a burst of
 * parallel requests cannot all pass the check before any of them is counted; a success hands its count back.
 */

export const WINDOW_MINUTES = 15;
/** Failed logins allowed per client address in one window, whatever the username. */
export const FAILURES_PER_ADDRESS = 30;
/** Failed logins (from any address) that pause an account name, and for how long. */
export const LOCK_AFTER_FAILURES = 5;
export const LOCK_MINUTES = WINDOW_MINUTES;
/** Wrong current passwords allowed when changing one's password. */
export const PASSWORD_GUESSES = 5;

export const addressKey = (address: string) => `ip:${address}`;
/** Per account name, known or not, so an unknown name answers exactly as an existing one. */
export const accountKey = (usernameKey: string) => `account:${usernameKey}`;
export const passwordKey = (userId: string) => `password:${userId}`;

const expired = sql`${loginAttempts.windowStart} < now() - interval '1 minute' * ${WINDOW_MINUTES}`;

/** Counts one attempt under the key and returns the count in the window, this attempt included. */
export async function countAttempt(db: DbOrTx, key: string): Promise<number> {
  const [row] = await db
    .insert(loginAttempts)
    .values({ key, count: 1, windowStart: new Date() })
    .onConflictDoUpdate({
      target: loginAttempts.key,
      set: {
        count: sql`case when ${expired} then 1 else ${loginAttempts.count} + 1 end`,
        windowStart: sql`case when ${expired} then now() else ${loginAttempts.windowStart} end`,
      },
    })
    .returning({ count: loginAttempts.count });
  return row?.count ?? 1;
}

/** Hands back an attempt that succeeded: successes never count against an address. */
export async function uncountAttempt(db: DbOrTx, key: string): Promise<void> {
  await db
    .update(loginAttempts)
    .set({ count: sql`greatest(${loginAttempts.count} - 1, 0)` })
    .where(eq(loginAttempts.key, key));
}

export async function clearAttempts(db: DbOrTx, key: string): Promise<void> {
  await db.delete(loginAttempts).where(eq(loginAttempts.key, key));
}

/** Starts the lock's full period now, whenever in the window the last allowed failure came. */
export async function startLock(db: DbOrTx, key: string): Promise<void> {
  await db.update(loginAttempts).set({ windowStart: new Date() }).where(eq(loginAttempts.key, key));
}
