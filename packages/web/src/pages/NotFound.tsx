import { Link } from '../components/Link.tsx';

/** A page or item that does not exist. */
export function NotFound({ what }: { readonly what: string }) {
  return (
    <>
      <h1>Not found</h1>
      <p>{what}</p>
      <p>
        <Link to={{ kind: 'competitions' }}>All competitions</Link>
      </p>
    </>
  );
}
