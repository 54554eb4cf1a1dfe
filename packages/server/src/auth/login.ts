import { JixiaoError } from '@jixiao/domain';
import { eq } from 'drizzle-orm';
import { audit } from '../db/audit';
import type { Db, DbOrTx } from '../db/connect';
import { users } from '../db/schema';
import { invalid } from '../http/errors';
import { serverMessage as m } from '../messages';
import {
  accountKey,
  addressKey,
  clearAttempts,
  countAttempt,
  FAILURES_PER_ADDRESS,
  LOCK_AFTER_FAILURES,
  LOCK_MINUTES,
  PASSWORD_GUESSES,
  passwordKey,
  startLock,
  uncountAttempt,
  WINDOW_MINUTES,
} from './login-limits';
import { verifyPassword } from './password';
import { usernameKey } from './username';

type UserRow = typeof users.$inferSelect;

// Checked when there is no password to check (unknown, inactive or paused name): the same scrypt work.
const DUMMY_HASH = 'scrypt$32768$8$1$c2FsdHNhbHRzYWx0c2FsdA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

/**
 * The account a name and password open. Unknown and existing names answer alike at every step: both are
 * counted per name, both pause after LOCK_AFTER_FAILURES failures with the same message, both cost a hash.
 * Failures count per address too; a success hands its address count back.
 */
export async function logIn(
  db: Db,
  attempt: { username: string; password: string; address: string },
): Promise<UserRow> {
  const { password, address } = attempt;
  const name = usernameKey(attempt.username);
  const byAddress = addressKey(address);
  if ((await countAttempt(db, byAddress)) > FAILURES_PER_ADDRESS) {
    throw new JixiaoError('RATE_LIMITED', m('auth.tooManyAttempts', { minutes: WINDOW_MINUTES }));
  }
  const byName = accountKey(name);
  const failures = await countAttempt(db, byName);
  const [found] = await db.select().from(users).where(eq(users.usernameKey, name));
  const user = found?.active ? found : undefined;
  const paused = failures > LOCK_AFTER_FAILURES;
  const hash = user && !paused ? user.passwordHash : DUMMY_HASH;
  const matches = (await verifyPassword(password, hash)) && hash !== DUMMY_HASH;
  const trail = { entity: 'session', entityId: user?.id ?? name };
  if (matches && user) {
    await admit(db, user, { byAddress, byName, address });
    return user;
  }
  await audit(db, {
    ...trail,
    userId: null,
    action: 'loginFailed',
    after: { username: name, address, paused },
  });
  if (paused) throw new JixiaoError('RATE_LIMITED', m('auth.locked', { minutes: LOCK_MINUTES }));
  if (failures === LOCK_AFTER_FAILURES) await lock(db, byName, user, trail);
  throw new JixiaoError('UNAUTHENTICATED', m('auth.badCredentials'));
}

/** A success: its address count handed back, the name's failures forgotten, the login recorded. */
async function admit(
  db: Db,
  user: UserRow,
  { byAddress, byName, address }: { byAddress: string; byName: string; address: string },
): Promise<void> {
  await uncountAttempt(db, byAddress);
  await clearAttempts(db, byName);
  await db.update(users).set({ failedLogins: 0, lockedUntil: null }).where(eq(users.id, user.id));
  await audit(db, {
    userId: user.id,
    action: 'login',
    entity: 'session',
    entityId: user.id,
    after: { address },
  });
}

async function lock(
  db: Db,
  byName: string,
  user: UserRow | undefined,
  trail: { entity: string; entityId: string },
): Promise<void> {
  await startLock(db, byName);
  const lockedUntil = new Date(Date.now() + LOCK_MINUTES * 60_000);
  if (user)
    await db
      .update(users)
      .set({ failedLogins: LOCK_AFTER_FAILURES, lockedUntil })
      .where(eq(users.id, user.id));
  await audit(db, { ...trail, userId: null, action: 'lock', after: { until: lockedUntil.toISOString() } });
}

/** Checks the current password before a change, PASSWORD_GUESSES wrong ones per window at most. */
export async function checkCurrentPassword(db: Db, user: UserRow, password: string): Promise<void> {
  const key = passwordKey(user.id);
  if ((await countAttempt(db, key)) > PASSWORD_GUESSES) {
    throw new JixiaoError('RATE_LIMITED', m('auth.passwordAttempts', { minutes: WINDOW_MINUTES }));
  }
  if (await verifyPassword(password, user.passwordHash)) return clearAttempts(db, key);
  await audit(db, { userId: user.id, action: 'passwordCheckFailed', entity: 'session', entityId: user.id });
  throw invalid(m('auth.currentPasswordWrong'), [
    { message: m('auth.currentPasswordWrong'), location: { path: 'currentPassword' } },
  ]);
}

/** Ends the account's pause (an administrator's unlock). */
export async function unlockAccount(db: DbOrTx, username: string): Promise<void> {
  await clearAttempts(db, accountKey(usernameKey(username)));
}
