import { useCallback, useState } from 'react';
import type { ActionDto } from '../../contract/audits';
import { useSession } from '../app/session-context';
import { useResource } from '../api/use-resource';

/** The head of service's view: alerts and closures (from home), dip samples, observations. */
export function useService() {
  const { api } = useSession();
  const home = useResource(() => api.home(), 'home');
  const cycles = useResource(() => api.cycles(), 'cycles');
  const observations = useResource(() => api.observations(), 'observations');
  const [approving, setApproving] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [approved, setApproved] = useState<readonly string[]>([]);
  const { reload } = home;
  const approve = useCallback(
    async (action: ActionDto) => {
      setApproving(action.record.id);
      setError(null);
      try {
        await api.actionWrite(action.record.id, 'approve', { version: action.version });
        setApproved((ids) => [...ids, action.record.id]);
        reload();
      } catch (failure) {
        setError(failure);
      } finally {
        setApproving(null);
      }
    },
    [api, reload],
  );
  return { home, cycles, observations, approve, approving, approved, error };
}
