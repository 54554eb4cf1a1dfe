import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { ApiError } from '../api/client';
import { api } from '../api/endpoints';
import type { Role, SessionUser } from '../api/types';

interface SessionValue {
  /** undefined while the first check runs, null when signed out. */
  user: SessionUser | null | undefined;
  signIn: (username: string, password: string) => Promise<void>;
  signOut: () => Promise<void>;
  changePassword: (currentPassword: string, newPassword: string) => Promise<void>;
  hasRole: (...roles: Role[]) => boolean;
}

const SessionContext = createContext<SessionValue | null>(null);

/** Role tags and the new-evaluation dialog name the organisation; a failed lookup just leaves names out. */
async function withOrganisationNames(user: SessionUser): Promise<SessionUser> {
  // A one-time password must be changed first (the server refuses the list till then); the change asks again.
  if (user.mustChangePassword) return user;
  try {
    const orgs = new Map((await api.organisations()).map((o) => [o.id, o.name]));
    return {
      ...user,
      roles: user.roles.map((g) => ({
        ...g,
        ...(g.organisationId && orgs.has(g.organisationId)
          ? { organisationName: orgs.get(g.organisationId) }
          : {}),
      })),
    };
  } catch {
    return user;
  }
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<SessionUser | null | undefined>(undefined);

  useEffect(() => {
    let alive = true;
    api
      .session()
      .then((u) => (u ? withOrganisationNames(u) : null))
      .then((u) => alive && setUser(u))
      .catch((e: unknown) => {
        // A failed check (server down) lands on the sign-in page, which says why when signing in fails.
        if (alive) setUser(null);
        if (!(e instanceof ApiError)) throw e;
      });
    return () => {
      alive = false;
    };
  }, []);

  const signIn = useCallback(async (username: string, password: string) => {
    setUser(await withOrganisationNames(await api.signIn(username, password)));
  }, []);
  const signOut = useCallback(async () => {
    try {
      await api.signOut();
    } finally {
      setUser(null);
    }
  }, []);
  const changePassword = useCallback(async (currentPassword: string, newPassword: string) => {
    setUser(await withOrganisationNames(await api.changePassword(currentPassword, newPassword)));
  }, []);
  const hasRole = useCallback(
    (...roles: Role[]) => !!user?.roles.some((g) => roles.includes(g.role)),
    [user],
  );

  const value = useMemo(
    () => ({ user, signIn, signOut, changePassword, hasRole }),
    [user, signIn, signOut, changePassword, hasRole],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const v = useContext(SessionContext);
  if (!v) throw new Error('useSession outside SessionProvider');
  return v;
}
