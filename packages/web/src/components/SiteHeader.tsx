import { href, type Route } from '../routing/route.ts';
import { useSession } from '../state/session.tsx';
import { Link } from './Link.tsx';

/** The banner: the app's name, and who is signed in. */
export function SiteHeader({ route }: { readonly route: Route }) {
  const { session, signOut } = useSession();
  const here = route.kind === 'sign-in' ? undefined : href(route);
  return (
    <header className="site-header">
      <Link to={{ kind: 'competitions' }} className="brand">
        cupstage
      </Link>
      <nav aria-label="Account" className="account">
        {session.status === 'signed-in' ? (
          <>
            <Link to={{ kind: 'create' }}>New competition</Link> ·{' '}
            <span className="muted">Signed in as {session.me.user.email}</span>{' '}
            <button type="button" className="link-button" onClick={() => void signOut()}>
              Sign out
            </button>
          </>
        ) : session.status === 'anonymous' ? (
          <Link to={here ? { kind: 'sign-in', next: here } : { kind: 'sign-in' }}>Organiser sign-in</Link>
        ) : null}
      </nav>
    </header>
  );
}
