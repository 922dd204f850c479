import { startTab } from './app/start-tab';
import { sessionTokenStore } from './auth/session';

/**
 * The entry: small, with no React or Fluent in it, so the start-up requests (Teams when framed,
 * /api/health, /api/me, /api/home) go out as soon as the page runs any script, while the rest of
 * the tab (index.html preloads its chunks) is still being fetched and compiled.
 */
const start = startTab(sessionTokenStore());

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root');
import('./render')
  .then(({ render }) => render(root, start))
  .catch((error: unknown) => {
    console.error('Audit Loop could not load', error);
    root.textContent = 'Audit Loop could not load. Check your connection and reload the page.';
  });
