import { useCallback, useState } from 'react';
import type { ActionDetailResponse } from '../../contract/actions';
import type { ActionEndpoint } from '../../contract/routes';
import { useSession } from '../app/session-context';
import { isConflict } from '../api/api-error';
import { useResource } from '../api/use-resource';

/** One action and its writes, each with the version the page holds (409 reloads it). */
export function useAction(id: string) {
  const { api } = useSession();
  const detail = useResource(() => api.action(id), `action:${id}`);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const version = detail.status === 'ready' ? detail.data.action.version : '';
  const replace = detail.status === 'ready' ? detail.replace : undefined;
  const { reload } = detail;

  const write = useCallback(
    async (
      endpoint: ActionEndpoint,
      body: Readonly<Record<string, unknown>>,
      confirmation: string,
    ): Promise<ActionDetailResponse | undefined> => {
      setPending(true);
      setError(null);
      setDone(null);
      try {
        const answer = await api.actionWrite(id, endpoint, { ...body, version });
        replace?.(answer);
        setDone(confirmation);
        return answer;
      } catch (failure) {
        setError(failure);
        if (isConflict(failure)) reload();
        return undefined;
      } finally {
        setPending(false);
      }
    },
    [api, id, version, replace, reload],
  );
  return { detail, write, pending, error, done };
}
