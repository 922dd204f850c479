import type { ScheduleDto } from '../../contract/registers';
import { useSession } from '../app/session-context';
import { useResource } from '../api/use-resource';
import { CellLink } from '../common/CellLink';
import { DataTable } from '../common/data-table/DataTable';
import { EmptyState } from '../common/EmptyState';
import { formatDate, isOverdue } from '../common/format';
import { PageHeader } from '../common/PageHeader';
import { ResourceView } from '../common/ResourceView';
import { ACTIVITY_LABELS, FREQUENCY_LABELS, ownerLabel } from './schedule.types';

/** The quality assurance schedule (section 6), soonest due first. */
export default function SchedulePage() {
  const { api } = useSession();
  const schedule = useResource(() => api.schedule(), 'schedule');
  return (
    <>
      <PageHeader
        title="QA schedule"
        subtitle="Who does what, how often, and when it is next due"
      />
      <ResourceView resource={schedule}>
        {(data) => (
          <DataTable<ScheduleDto>
            label="QA schedule"
            items={data.items}
            getRowId={(s) => s.record.id}
            initialSort={{ columnId: 'next', direction: 'ascending' }}
            empty={<EmptyState title="The schedule is empty." />}
            columns={[
              {
                id: 'activity',
                header: 'Activity',
                sortValue: (s) => ACTIVITY_LABELS[s.record.activity],
                cell: (s) => (
                  <CellLink href={`#/schedule/${encodeURIComponent(s.record.id)}`}>
                    {ACTIVITY_LABELS[s.record.activity]}
                  </CellLink>
                ),
              },
              {
                id: 'who',
                header: 'Who',
                sortValue: (s) => ownerLabel(s),
                cell: (s) => ownerLabel(s),
              },
              {
                id: 'frequency',
                header: 'Frequency',
                sortValue: (s) => FREQUENCY_LABELS[s.record.frequency],
                cell: (s) => FREQUENCY_LABELS[s.record.frequency],
              },
              {
                id: 'last',
                header: 'Last done',
                sortValue: (s) => s.record.lastDone ?? '',
                cell: (s) => formatDate(s.record.lastDone),
              },
              {
                id: 'next',
                header: 'Next due',
                sortValue: (s) => s.record.nextDue ?? '9999',
                cell: (s) =>
                  `${formatDate(s.record.nextDue)}${s.record.nextDue !== null && isOverdue(s.record.nextDue) ? ' (overdue)' : ''}`,
              },
              {
                id: 'outcomes',
                header: 'Outcomes',
                sortValue: (s) => s.record.outcomes,
                cell: (s) => s.record.outcomes,
              },
            ]}
          />
        )}
      </ResourceView>
    </>
  );
}
