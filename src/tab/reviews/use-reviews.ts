import { useCallback, useState } from 'react';
import type { ReviewKind } from '../../domain/records/review';
import { useResource } from '../api/use-resource';
import { useRouter } from '../app/router/router-context';
import { useSession } from '../app/session-context';

/** The thematic audits and dip samples the person may see, and starting a new one. */
export function useReviews() {
  const { api, me } = useSession();
  const { navigate } = useRouter();
  const reviews = useResource(() => api.reviews(), 'reviews');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const start = useCallback(
    async (kind: ReviewKind, theme: string): Promise<void> => {
      setPending(true);
      setError(null);
      try {
        const serviceAreaId = kind === 'DipSample' ? me.serviceAreaId : null;
        const { review } = await api.startReview({ kind, theme, serviceAreaId });
        navigate(`#/reviews/${encodeURIComponent(review.record.id)}`);
      } catch (failure) {
        setError(failure);
      } finally {
        setPending(false);
      }
    },
    [api, me.serviceAreaId, navigate],
  );
  return { reviews, start, pending, error, me };
}
