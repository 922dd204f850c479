import type { ThemeName } from '../theme/themes';
import { fromTeamsTheme } from '../theme/themes';

/** What the tab uses of the Teams host, once connected. */
export interface TeamsHost {
  readonly theme: ThemeName;
  /** A Teams deep link to a tab page carries the tab route as its subPageId, e.g. '/audits/A1'. */
  readonly subPageId: string | null;
  readonly onThemeChange: (handler: (theme: ThemeName) => void) => void;
  readonly getSsoToken: () => Promise<string>;
  readonly isNaaRecommended: () => boolean;
}

/**
 * Connects to Teams when the tab is hosted by it; resolves null outside Teams, quickly and
 * without throwing. teams-js is loaded only when there may be a host (framed, or a Teams mobile
 * webview), so the page outside Teams does not pay for it; `app.initialize()` is raced against
 * a timeout because outside a host it can wait for ever.
 */
export async function connectToTeams(
  win: Window = window,
  timeoutMs = 4000,
): Promise<TeamsHost | null> {
  const framed = win.parent !== win || win.opener !== null;
  const nativeHost = 'nativeInterface' in win;
  if (!framed && !nativeHost) return null;
  try {
    const { app, authentication, nestedAppAuth } = await import('@microsoft/teams-js');
    const initialised = await withTimeout(app.initialize(), timeoutMs);
    if (!initialised) return null;
    const context = await app.getContext();
    return {
      theme: fromTeamsTheme(context.app.theme),
      subPageId: context.page.subPageId ?? null,
      onThemeChange: (handler) => {
        app.registerOnThemeChangeHandler((theme) => {
          handler(fromTeamsTheme(theme));
        });
      },
      getSsoToken: () => authentication.getAuthToken(),
      isNaaRecommended: () => nestedAppAuth.isNAAChannelRecommended(),
    };
  } catch (error) {
    console.warn('Not connected to Teams', error);
    return null;
  }
}

const withTimeout = async (work: Promise<void>, ms: number): Promise<boolean> => {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => {
      resolve(false);
    }, ms);
  });
  try {
    return await Promise.race([work.then(() => true as const), timeout]);
  } finally {
    clearTimeout(timer);
  }
};
