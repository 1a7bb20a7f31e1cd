import { type FormEvent, useId, useState } from 'react';
import { api } from '../api/client.ts';
import type { Problem } from '../api/problem.ts';
import { ProblemMessage } from '../components/Problem.tsx';
import { navigate } from '../routing/use-route.ts';
import { useSession } from '../state/session.tsx';

/** Organisers sign in with e-mail and password; the server sets the session cookie. */
export function SignInPage({ next }: { readonly next?: string }) {
  const { refresh } = useSession();
  const [problem, setProblem] = useState<Problem | undefined>();
  const [busy, setBusy] = useState(false);
  const email = useId();
  const password = useId();
  const onSubmit = async (e: FormEvent<HTMLFormElement>): Promise<void> => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setBusy(true);
    const r = await api.signIn(String(form.get('email') ?? ''), String(form.get('password') ?? ''));
    setBusy(false);
    if (!r.ok) {
      setProblem(r.problem);
      return;
    }
    await refresh();
    navigate(next ?? '/');
  };
  return (
    <>
      <h1>Organiser sign-in</h1>
      <form className="form narrow" onSubmit={(e) => void onSubmit(e)}>
        <div className="field">
          <label htmlFor={email}>E-mail</label>
          <input id={email} name="email" type="email" autoComplete="username" required />
        </div>
        <div className="field">
          <label htmlFor={password}>Password</label>
          <input id={password} name="password" type="password" autoComplete="current-password" required />
        </div>
        {problem ? <ProblemMessage problem={problem} /> : null}
        <button type="submit" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </>
  );
}
