import { useCallback, useState } from 'react';
import type { ScheduleActivityResponse, ScheduleDto } from '../../contract/registers';
import { isConflict } from '../api/api-error';
import { useResource } from '../api/use-resource';
import { useSession } from '../app/session-context';

/** One activity of the QA schedule (read from the whole schedule: a dozen rows) and its writes. */
export function useScheduleActivity(id: string) {
  const { api } = useSession();
  const schedule = useResource(() => api.schedule(), 'schedule');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const activity: ScheduleDto | undefined =
    schedule.status === 'ready' ? schedule.data.items.find((a) => a.record.id === id) : undefined;
  const replace = schedule.status === 'ready' ? schedule.replace : undefined;
  const items = schedule.status === 'ready' ? schedule.data.items : [];
  const { reload } = schedule;

  const write = useCallback(
    async (
      send: (version: string) => Promise<ScheduleActivityResponse>,
      confirmation: string,
    ): Promise<ScheduleActivityResponse | undefined> => {
      if (activity === undefined) return undefined;
      setPending(true);
      setError(null);
      setDone(null);
      try {
        const answer = await send(activity.version);
        replace?.({
          items: items.map((a) => (a.record.id === id ? answer.activity : a)),
        });
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
    [activity, items, id, replace, reload],
  );
  return { schedule, activity, write, pending, error, done, api };
}
