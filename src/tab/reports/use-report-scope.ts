import { useState } from 'react';
import type { ReportQuery } from '../../contract/dashboard';
import { useSession } from '../app/session-context';
import { useResource } from '../api/use-resource';

/** A report's service and team filters (a head of service's own service is the server's). */
export function useReportScope() {
  const { api, me } = useSession();
  const [filters, setFilters] = useState<ReportQuery>({});
  const organisation = useResource(() => api.organisation(), 'organisation');
  const canFilterService = me.role !== 'HeadOfService';
  /** The service whose teams may be chosen: a head of service's own, else the one chosen. */
  const teamService = canFilterService ? filters.serviceAreaId : (me.serviceAreaId ?? undefined);
  return { filters, setFilters, organisation, canFilterService, teamService };
}

export type ReportScope = ReturnType<typeof useReportScope>;
