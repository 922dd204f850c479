import type { ScheduleActivityResponse, ScheduleDto } from '../../contract/registers';
import { useResource } from '../api/use-resource';
import { useVersionedWrite } from '../api/use-versioned-write';
import { useSession } from '../app/session-context';

/** One activity of the QA schedule (read from the whole schedule: a dozen rows) and its writes. */
export function useScheduleActivity(id: string) {
  const { api } = useSession();
  const schedule = useResource(() => api.schedule(), 'schedule');
  const activity: ScheduleDto | undefined =
    schedule.status === 'ready' ? schedule.data.items.find((a) => a.record.id === id) : undefined;
  const { write, pending, error, done } = useVersionedWrite<ScheduleActivityResponse>({
    version: activity?.version,
    apply: (answer) => {
      if (schedule.status !== 'ready') return;
      schedule.replace({
        items: schedule.data.items.map((a) => (a.record.id === id ? answer.activity : a)),
      });
    },
    reload: schedule.reload,
  });
  return { schedule, activity, write, pending, error, done, api };
}
