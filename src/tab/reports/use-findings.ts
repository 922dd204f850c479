import { useState } from 'react';
import type { ReportQuery } from '../../contract/dashboard';
import type { CycleDto } from '../../contract/cycles';
import { useSession } from '../app/session-context';
import { useResource } from '../api/use-resource';

/** The cycle a findings page opens on: the one asked for, else the newest allocated or closed. */
export const chosenCycle = (
  cycles: readonly CycleDto[],
  asked: string | undefined,
): string | undefined =>
  asked ?? cycles.find((c) => c.record.state !== 'Planned')?.record.id ?? undefined;

/** The cycles to choose from, the filters, and the findings of the chosen cycle. */
export function useFindings(asked: string | undefined) {
  const { api, me } = useSession();
  const [filters, setFilters] = useState<ReportQuery>({});
  const cycles = useResource(() => api.cycles(), 'cycles');
  const organisation = useResource(() => api.organisation(), 'organisation');
  const cycleId =
    cycles.status === 'ready' ? chosenCycle(cycles.data.items, asked) : (asked ?? undefined);
  const findings = useResource(
    () => (cycleId === undefined ? Promise.resolve(null) : api.findings(cycleId, filters)),
    `findings:${cycleId ?? ''}:${JSON.stringify(filters)}`,
  );
  const canFilterService = me.role !== 'HeadOfService';
  /** The service whose teams may be chosen: a head of service's own, else the one chosen. */
  const teamService = canFilterService ? filters.serviceAreaId : (me.serviceAreaId ?? undefined);
  return {
    cycles,
    organisation,
    cycleId,
    findings,
    filters,
    setFilters,
    canFilterService,
    teamService,
  };
}
