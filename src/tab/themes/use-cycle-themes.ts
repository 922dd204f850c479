import { useCallback, useState } from 'react';
import type { CycleThemesResponse, ThemeDecisionStep } from '../../contract/themes';
import { isConflict } from '../api/api-error';
import { useResource } from '../api/use-resource';
import { useSession } from '../app/session-context';
import { defaultCycleId } from './themes.types';

const DONE: Readonly<Record<ThemeDecisionStep, string>> = {
  confirm: 'confirmed',
  reject: 'rejected',
  merge: 'merged',
};

/**
 * The cycles, the chosen cycle's suggested themes (the latest started cycle when none is
 * chosen), and the QA lead's decisions: each sent with the theme's version ('new' before the
 * first), the answer shown at once; a conflict reloads so she sees the change.
 */
export function useCycleThemes(cycleId: string | undefined) {
  const { api } = useSession();
  const cycles = useResource(() => api.cycles(), 'cycles');
  const chosen =
    cycleId ?? (cycles.status === 'ready' ? defaultCycleId(cycles.data.items) : undefined);
  const themes = useResource<CycleThemesResponse | null>(
    () => (chosen === undefined ? Promise.resolve(null) : api.cycleThemes(chosen)),
    `cycle-themes:${chosen ?? ''}`,
  );
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const current = themes.status === 'ready' ? themes.data : null;
  const replace = themes.status === 'ready' ? themes.replace : undefined;
  const { reload } = themes;

  const decide = useCallback(
    async (themeId: string, step: ThemeDecisionStep, mergedIntoThemeId?: string) => {
      const theme = current?.themes.find((t) => t.themeId === themeId);
      if (current === null || theme === undefined) return;
      setPending(true);
      setError(null);
      setDone(null);
      try {
        const body =
          mergedIntoThemeId === undefined
            ? { version: theme.version }
            : { version: theme.version, mergedIntoThemeId };
        const answer = await api.decideTheme(current.cycleId, themeId, step, body);
        replace?.(answer);
        setDone(`${theme.label}: ${DONE[step]}.`);
      } catch (failure) {
        setError(failure);
        if (isConflict(failure)) reload();
      } finally {
        setPending(false);
      }
    },
    [api, current, replace, reload],
  );
  return { cycles, chosen, themes, decide, pending, error, done };
}
