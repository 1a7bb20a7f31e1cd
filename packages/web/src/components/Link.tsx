import { createContext, type MouseEvent, type ReactNode, useContext } from 'react';
import { href, type Route } from '../routing/route.ts';
import { navigate } from '../routing/use-route.ts';

/** Whether a click should be left to the browser (new tab, new window, download, not the main button). */
const browserHandles = (e: MouseEvent<HTMLAnchorElement>): boolean =>
  e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey;

/**
 * Where links lead: `app` changes the page in place; `new-tab` (inside an embed, in another site's
 * iframe) opens the page of the full site in a new tab.
 */
export const LinkTarget = createContext<'app' | 'new-tab'>('app');

/**
 * A link to a page of the app: a real path, so it can be shared, crawled and opened in a new tab;
 * a plain click changes the page without reloading it (history API).
 */
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
  const link = href(to);
  const target = useContext(LinkTarget);
  if (target === 'new-tab')
    return (
      <a href={link} className={className} target="_blank" rel="noopener">
        {children}
      </a>
    );
  const onClick = (e: MouseEvent<HTMLAnchorElement>): void => {
    if (browserHandles(e)) return;
    e.preventDefault();
    navigate(link);
  };
  return (
    <a href={link} aria-current={current ? 'page' : undefined} className={className} onClick={onClick}>
      {children}
    </a>
  );
}
