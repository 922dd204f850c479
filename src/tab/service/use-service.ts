import { useCallback, useState } from 'react';
import type { ActionDto } from '../../contract/audits';
import { useSession } from '../app/session-context';
import type { PageQuery } from '../../contract/common';

/** The head of service's view: open alerts, closures to approve, observations (dip samples: useReviews). */
export function useService() {
  const { api } = useSession();
  const [decisions, setDecisions] = useState(0);
  const alerts = (page: PageQuery) => api.audits({ scope: 'service', alert: 'open', ...page });
  const closures = (page: PageQuery) =>
    api.actions({ scope: 'service', state: 'Verified', ...page });
  const observations = (page: PageQuery) => api.observations(page);
  const [approving, setApproving] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [approved, setApproved] = useState<readonly string[]>([]);
  const approve = useCallback(
    async (action: ActionDto) => {
      setApproving(action.record.id);
      setError(null);
      try {
        await api.actionWrite(action.record.id, 'approve', { version: action.version });
        setApproved((ids) => [...ids, action.record.id]);
        setDecisions((n) => n + 1);
      } catch (failure) {
        setError(failure);
      } finally {
        setApproving(null);
      }
    },
    [api],
  );
  return {
    alerts,
    closures,
    closuresKey: `closures:${String(decisions)}`,
    observations,
    approve,
    approving,
    approved,
    error,
  };
}
