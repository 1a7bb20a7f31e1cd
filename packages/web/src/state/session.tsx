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

/** Checks the session cookie once (`GET /auth/me`) and offers sign-out. */
export function SessionProvider({ children }: { readonly children: ReactNode }) {
  const [session, setSession] = useState<Session>({ status: 'checking' });
  const refresh = useCallback(async () => {
    const r = await api.me();
    setSession(r.ok ? { status: 'signed-in', me: r.value } : { status: 'anonymous' });
  }, []);
  const signOut = useCallback(async () => {
    await api.signOut();
    setSession({ status: 'anonymous' });
  }, []);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  return <Ctx.Provider value={{ session, refresh, signOut }}>{children}</Ctx.Provider>;
}

/** The current session (inside `SessionProvider`). */
export function useSession(): SessionValue {
  const value = useContext(Ctx);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}
