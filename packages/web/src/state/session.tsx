import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from 'react';
import { api, type Me } from '../api/client.ts';

/** Who is using the app: unknown while checking, then signed in or not. */
export type Session =
  | { readonly status: 'checking' }
  | { readonly status: 'anonymous' }
  | { readonly status: 'signed-in'; readonly me: Me };

interface SessionValue {
  readonly session: Session;
  readonly refresh: () => Promise<void>;
  readonly signOut: () => Promise<void>;
}

const Ctx = createContext<SessionValue | undefined>(undefined);

/**
 * Checks the session cookie once (`GET /auth/me`) and offers sign-out. When the server rendered the
 * page it said whether the visitor is signed in (`known`): an anonymous visitor is not asked again,
 * so no page load of a fan logs a 401.
 */
export function SessionProvider({
  children,
  known,
}: {
  readonly children: ReactNode;
  readonly known?: 'anonymous' | 'signed-in';
}) {
  const [session, setSession] = useState<Session>(() =>
    known === 'anonymous' ? { status: 'anonymous' } : { status: 'checking' },
  );
  const refresh = useCallback(async () => {
    const r = await api.me();
    setSession(r.ok ? { status: 'signed-in', me: r.value } : { status: 'anonymous' });
  }, []);
  const signOut = useCallback(async () => {
    await api.signOut();
    setSession({ status: 'anonymous' });
  }, []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the server's answer is read once, on mount
  useEffect(() => {
    if (known !== 'anonymous') void refresh();
  }, [refresh]);
  return <Ctx.Provider value={{ session, refresh, signOut }}>{children}</Ctx.Provider>;
}

/** The current session (inside `SessionProvider`). */
export function useSession(): SessionValue {
  const value = useContext(Ctx);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}
