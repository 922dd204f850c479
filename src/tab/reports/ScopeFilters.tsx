import { Field, Select } from '@fluentui/react-components';
import type { ReportScope } from './use-report-scope';

/** The service (for those who may choose one) and team a report's figures are narrowed to. */
export function ScopeFilters({ scope }: { readonly scope: ReportScope }) {
  const org =
    scope.organisation.status === 'ready'
      ? scope.organisation.data
      : { serviceAreas: [], teams: [] };
  const teams = org.teams.filter(
    (t) => scope.teamService === undefined || t.serviceAreaId === scope.teamService,
  );
  return (
    <>
      {scope.canFilterService ? (
        <Field label="Service">
          <Select
            value={scope.filters.serviceAreaId ?? ''}
            onChange={(_, v) => {
              scope.setFilters({ serviceAreaId: v.value === '' ? undefined : v.value });
            }}
          >
            <option value="">All services</option>
            {org.serviceAreas.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </Select>
        </Field>
      ) : null}
      <Field label="Team">
        <Select
          value={scope.filters.teamId ?? ''}
          onChange={(_, v) => {
            scope.setFilters({ ...scope.filters, teamId: v.value === '' ? undefined : v.value });
          }}
        >
          <option value="">All teams</option>
          {teams.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </Select>
      </Field>
    </>
  );
}
