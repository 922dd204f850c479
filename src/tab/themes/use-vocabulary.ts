import { useCallback, useState } from 'react';
import { useResource } from '../api/use-resource';
import { useSession } from '../app/session-context';
import { draftIssues, requestOf, type ThemeDraft } from './themes.types';

/**
 * The theme vocabulary and the QA lead's edits to it: a new theme, or an edit (deactivating
 * included) sent with the version held. Each saved edit reloads the vocabulary and calls
 * `onChanged` (the cycle's suggestions follow the vocabulary).
 */
export function useVocabulary(onChanged: () => void) {
  const { api } = useSession();
  const vocabulary = useResource(() => api.themeVocabulary(), 'theme-vocabulary');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const { reload } = vocabulary;

  /** Saves a theme (`id` null: a new one); true once saved. */
  const save = useCallback(
    async (id: string | null, version: string | null, draft: ThemeDraft): Promise<boolean> => {
      if (Object.keys(draftIssues(draft)).length > 0) return false;
      setPending(true);
      setError(null);
      setDone(null);
      try {
        const body = requestOf(draft);
        const { theme } =
          id === null || version === null
            ? await api.addTheme(body)
            : await api.editTheme(id, { ...body, version });
        setDone(`${theme.record.label}: saved.`);
        reload();
        onChanged();
        return true;
      } catch (failure) {
        setError(failure);
        return false;
      } finally {
        setPending(false);
      }
    },
    [api, reload, onChanged],
  );
  return { vocabulary, save, pending, error, done };
}
