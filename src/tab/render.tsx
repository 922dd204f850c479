import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import type { TabStart } from './app/start-tab';
import { loadTheme } from './theme/fluent-themes';
import { initialThemeName } from './theme/use-theme-choice';

/** React, Fluent and the app, rendered into #root for a start-up already under way. */
export async function render(root: HTMLElement, start: TabStart): Promise<void> {
  // A dark or high-contrast start waits for its theme's chunk, so no light frame shows first.
  await loadTheme(initialThemeName()).catch((error: unknown) => {
    console.warn('The theme could not be loaded; starting in the light theme', error);
  });
  createRoot(root).render(
    <StrictMode>
      <App start={start} />
    </StrictMode>,
  );
}
