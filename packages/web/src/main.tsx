import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { EmbedApp } from './pages/EmbedPage.tsx';
import { parseEmbed } from './routing/route.ts';
import { currentLocation, redirectLegacyHash } from './routing/use-route.ts';
import { readPageData } from './state/seed.tsx';
import './styles.css';

const root = document.getElementById('root');
if (root) {
  // An old hash link (`/#/c/cup/bracket`) becomes its path; the server rendered `/` for it, so the
  // app renders afresh instead of hydrating that.
  const redirected = redirectLegacyHash();
  const rendered = readPageData();
  // After a redirect only who the visitor is still holds (so an anonymous visitor is not asked again).
  const data =
    redirected && rendered
      ? { path: currentLocation(), origin: rendered.origin, session: rendered.session }
      : rendered;
  const embed = parseEmbed(currentLocation());
  const app = (
    <StrictMode>
      {embed ? <EmbedApp route={embed} {...(data ? { data } : {})} /> : <App {...(data ? { data } : {})} />}
    </StrictMode>
  );
  if (data && !redirected && root.firstChild) hydrateRoot(root, app);
  else {
    root.textContent = '';
    createRoot(root).render(app);
  }
}
