import { CellLink } from '../common/CellLink';
import type { TrackerResponse, TrackerRow } from '../../contract/cycles';
import { OverdueBadge, stateLabel, StateBadge } from '../common/badges';
import { DataTable } from '../common/data-table/DataTable';
import { EmptyState } from '../common/EmptyState';
import { formatDate, nameOf } from '../common/format';

/** The audit allocation tracker: every allocation and where its audit has got to. */
export function TrackerTable({ tracker }: { readonly tracker: TrackerResponse }) {
  const { names } = tracker;
  return (
    <DataTable<TrackerRow>
      label="Allocation tracker"
      items={tracker.rows}
      getRowId={(r) => r.auditId}
      pageSize={15}
      empty={<EmptyState title="Nothing allocated yet." />}
      columns={[
        {
          id: 'case',
          header: 'Case',
          sortValue: (r) => r.caseNumber,
          cell: (r) => (
            <CellLink href={`#/audits/${encodeURIComponent(r.auditId)}`}>{r.caseNumber}</CellLink>
          ),
        },
        {
          id: 'auditor',
          header: 'Auditor',
          sortValue: (r) => nameOf(names, r.auditorId),
          cell: (r) => nameOf(names, r.auditorId),
        },
        {
          id: 'worker',
          header: 'Worker',
          sortValue: (r) => nameOf(names, r.workerId),
          cell: (r) => nameOf(names, r.workerId),
        },
        {
          id: 'tm',
          header: 'Team manager',
          sortValue: (r) => nameOf(names, r.teamManagerId),
          cell: (r) => nameOf(names, r.teamManagerId),
        },
        {
          id: 'moderator',
          header: 'Moderator',
          sortValue: (r) => nameOf(names, r.moderatorId),
          cell: (r) => nameOf(names, r.moderatorId),
        },
        {
          id: 'state',
          header: 'State',
          sortValue: (r) => stateLabel(r.state),
          text: (r) => `${stateLabel(r.state)}${r.auditOverdue ? ' overdue' : ''}`,
          cell: (r) => (
            <>
              {<StateBadge state={r.state} />} {r.auditOverdue ? <OverdueBadge /> : null}
            </>
          ),
        },
        {
          id: 'due',
          header: 'Audit due',
          sortValue: (r) => r.auditDue,
          cell: (r) => formatDate(r.auditDue),
        },
        {
          id: 'submitted',
          header: 'Submitted',
          sortValue: (r) => r.submittedAt ?? '',
          cell: (r) => formatDate(r.submittedAt),
        },
      ]}
    />
  );
}
