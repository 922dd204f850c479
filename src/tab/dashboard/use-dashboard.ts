import { useState } from 'react';
import type { DashboardQuery, DashboardResponse } from '../../contract/dashboard';
import { GRADES } from '../../domain/records/grade';
import { useSession } from '../app/session-context';
import { useResource } from '../api/use-resource';
import { percent } from '../common/format';

export interface Kpi {
  readonly label: string;
  readonly value: string;
  /** Said smaller after the value: "of 265". */
  readonly detail?: string;
}

/** The headline figures, in the words of the framework. */
export const kpisOf = (d: DashboardResponse): Kpi[] => [
  { label: 'Audits graded', value: String(d.grades.auditor.total) },
  { label: 'Good or better (moderated)', value: percent(d.grades.moderated.shareGoodOrBetter) },
  { label: 'Inadequate', value: String(d.grades.moderated.counts.Inadequate) },
  { label: 'Moderation agreement', value: percent(d.moderation.rate) },
  {
    label: 'Weighted kappa',
    value: d.moderation.quadratic === null ? '—' : d.moderation.quadratic.toFixed(2),
  },
  { label: 'Audits on time', value: percent(d.auditTimeliness.shareOnTime) },
  { label: 'Actions open', value: String(d.actions.open) },
  { label: 'Actions overdue', value: String(d.actions.overdue) },
  { label: 'Loop closed', value: String(d.actions.loopClosed), detail: `of ${d.actions.total}` },
];

/** Rows for the grades-by-team table (and chart): counts per grade per team. */
export const teamRows = (d: DashboardResponse) =>
  d.gradesByTeam.map((t) => ({
    key: t.key,
    team: d.names[t.key] ?? t.key,
    counts: GRADES.map((g) => t.moderated.counts[g]),
    share: percent(t.moderated.shareGoodOrBetter),
  }));

/** The dashboard, filtered (a head of service's or team manager's own filter is the server's). */
export function useDashboard() {
  const { api, me } = useSession();
  const [filters, setFilters] = useState<DashboardQuery>({});
  const dashboard = useResource(
    () => api.dashboard(filters),
    `dashboard:${JSON.stringify(filters)}`,
  );
  const cycles = useResource(() => api.cycles(), 'cycles');
  const organisation = useResource(() => api.organisation(), 'organisation');
  const canFilterService = !['HeadOfService', 'TeamManager', 'Practitioner'].includes(me.role);
  return { dashboard, cycles, organisation, filters, setFilters, canFilterService };
}
