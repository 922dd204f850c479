import { useSession } from '../app/session-context';
import { useResource } from '../api/use-resource';
import { useReportScope } from './use-report-scope';
import { financialYearOf } from './save-file';

/** The financial years with cycles, newest first ("2026" for April 2026 to March 2027). */
export const yearsOf = (startDates: readonly string[]): string[] =>
  [...new Set(startDates.map(financialYearOf))].sort().reverse();

/** The years to choose from, the filters, and the chosen year's figures. */
export function useAnnual(asked: string | undefined) {
  const { api } = useSession();
  const scope = useReportScope();
  const cycles = useResource(() => api.cycles(), 'cycles');
  const years =
    cycles.status === 'ready'
      ? yearsOf(
          cycles.data.items
            .filter((c) => c.record.state !== 'Planned')
            .map((c) => c.record.startDate),
        )
      : [];
  const year: string | undefined = asked ?? years.at(0);
  const annual = useResource(
    () => (year === undefined ? Promise.resolve(null) : api.annual(year, scope.filters)),
    `annual:${year ?? ''}:${JSON.stringify(scope.filters)}`,
  );
  return { years, year, annual, scope };
}
