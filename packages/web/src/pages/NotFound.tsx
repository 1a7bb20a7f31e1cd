import { Link } from '../components/Link.tsx';

/** A page or item that does not exist, with the way home. */
export function NotFound({ what }: { readonly what: string }) {
  return (
    <>
      <h1>Page not found</h1>
      <p>{what}</p>
      <p>
        <Link to={{ kind: 'competitions' }} className="button">
          Go to the front page
        </Link>{' '}
        to see every competition.
      </p>
    </>
  );
}
