import { useCallback } from 'react';
import type { ActionDetailResponse } from '../../contract/actions';
import type { ActionEndpoint } from '../../contract/routes';
import { useSession } from '../app/session-context';
import { useResource } from '../api/use-resource';
import { useVersionedWrite } from '../api/use-versioned-write';

/** One action and its writes, each with the version the page holds (409 reloads it). */
export function useAction(id: string) {
  const { api } = useSession();
  const detail = useResource(() => api.action(id), `action:${id}`);
  const versioned = useVersionedWrite<ActionDetailResponse>({
    version: detail.status === 'ready' ? detail.data.action.version : undefined,
    apply: (answer) => {
      if (detail.status === 'ready') detail.replace(answer);
    },
    reload: detail.reload,
  });
  const { write: send } = versioned;
  const write = useCallback(
    (endpoint: ActionEndpoint, body: Readonly<Record<string, unknown>>, confirmation: string) =>
      send((version) => api.actionWrite(id, endpoint, { ...body, version }), confirmation),
    [api, id, send],
  );
  return {
    detail,
    write,
    pending: versioned.pending,
    error: versioned.error,
    done: versioned.done,
  };
}
