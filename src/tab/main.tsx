import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { startTab } from './app/start-tab';
import { sessionTokenStore } from './auth/session';
import { loadTheme } from './theme/fluent-themes';
import { initialThemeName } from './theme/use-theme-choice';

// Start-up goes out before React renders: Teams (when framed), /api/health, /api/me and
// /api/home at once, while the home page's chunk loads (index.html preloads it).
const start = startTab(sessionTokenStore());

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root');
const render = () => {
  createRoot(root).render(
    <StrictMode>
      <App start={start} />
    </StrictMode>,
  );
};
// A dark or high-contrast start waits for its theme's chunk, so no light frame shows first.
loadTheme(initialThemeName()).then(render, (error: unknown) => {
  console.warn('The theme could not be loaded; starting in the light theme', error);
  render();
});
