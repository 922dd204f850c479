import type { CycleDto } from '../../contract/cycles';
import { useSession } from '../app/session-context';
import { useResource } from '../api/use-resource';
import { useReportScope } from './use-report-scope';

/** The cycle a findings page opens on: the one asked for, else the newest allocated or closed. */
export const chosenCycle = (
  cycles: readonly CycleDto[],
  asked: string | undefined,
): string | undefined =>
  asked ?? cycles.find((c) => c.record.state !== 'Planned')?.record.id ?? undefined;

/** The cycles to choose from, the filters, and the findings of the chosen cycle. */
export function useFindings(asked: string | undefined) {
  const { api } = useSession();
  const scope = useReportScope();
  const cycles = useResource(() => api.cycles(), 'cycles');
  const cycleId =
    cycles.status === 'ready' ? chosenCycle(cycles.data.items, asked) : (asked ?? undefined);
  const findings = useResource(
    () => (cycleId === undefined ? Promise.resolve(null) : api.findings(cycleId, scope.filters)),
    `findings:${cycleId ?? ''}:${JSON.stringify(scope.filters)}`,
  );
  return { cycles, cycleId, findings, scope };
}
