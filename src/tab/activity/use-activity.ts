import { useCallback, useState } from 'react';
import type { ActivityItem } from '../../contract/activity';
import { useSession } from '../app/session-context';
import { useResource } from '../api/use-resource';

/** The signed-in person's cards, and running a card's action (the card is then replaced). */
export function useActivity() {
  const { api } = useSession();
  const feed = useResource(() => api.activity(), 'activity');
  const [updated, setUpdated] = useState<Readonly<Record<string, ActivityItem['card']>>>({});
  const [outcome, setOutcome] = useState<{ readonly id: string; readonly text: string } | null>(
    null,
  );
  const [error, setError] = useState<unknown>(null);

  const execute = useCallback(
    async (id: string, verb: string, data: Readonly<Record<string, unknown>>) => {
      setError(null);
      try {
        const result = await api.executeCard(id, { verb, data });
        setUpdated((cards) => ({ ...cards, [id]: result.card }));
        setOutcome({
          id,
          text:
            result.outcome === 'applied'
              ? 'Done: the card is updated.'
              : result.outcome === 'current'
                ? 'Already up to date.'
                : 'Not done: the card says why.',
        });
      } catch (failure) {
        setError(failure);
      }
    },
    [api],
  );
  const cardOf = (item: ActivityItem) => updated[item.id] ?? item.card;
  return { feed, execute, cardOf, outcome, error };
}
