import type { ReactNode } from 'react';
import { href, type Route } from '../routing/route.ts';

/** A link to a page of the app (a hash link, so it can be shared and opened in a new tab). */
export function Link({
  to,
  children,
  current,
  className,
}: {
  readonly to: Route;
  readonly children: ReactNode;
  readonly current?: boolean;
  readonly className?: string;
}) {
  return (
    <a href={href(to)} aria-current={current ? 'page' : undefined} className={className}>
      {children}
    </a>
  );
}
