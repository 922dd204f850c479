import { useCallback, useState } from 'react';
import type { ReviewResponse } from '../../contract/reviews';
import { isConflict } from '../api/api-error';
import { useResource } from '../api/use-resource';
import { useSession } from '../app/session-context';

/** One thematic audit or dip sample, the organisation (for the cohort filter), and its writes. */
export function useReview(id: string) {
  const { api } = useSession();
  const review = useResource(() => api.review(id), `review:${id}`);
  const organisation = useResource(() => api.organisation(), 'organisation');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const current = review.status === 'ready' ? review.data.review : undefined;
  const replace = review.status === 'ready' ? review.replace : undefined;
  const { reload } = review;

  /** Sends one step with the version held; a conflict reloads so the person sees the change. */
  const write = useCallback(
    async (
      send: (version: string) => Promise<ReviewResponse>,
      confirmation: string,
    ): Promise<ReviewResponse | undefined> => {
      if (current === undefined) return undefined;
      setPending(true);
      setError(null);
      setDone(null);
      try {
        const answer = await send(current.version);
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
    [current, replace, reload],
  );
  return { review, organisation, current, write, pending, error, done, api };
}
