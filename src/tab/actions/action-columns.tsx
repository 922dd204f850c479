import { CellLink } from '../common/CellLink';
import type { ActionDto } from '../../contract/audits';
import { OverdueBadge, stateLabel, StateBadge } from '../common/badges';
import type { Column } from '../common/data-table/data-table.types';
import { formatDate, isOverdue, nameOf } from '../common/format';

const overdue = (a: ActionDto): boolean =>
  (a.record.state === 'Open' || a.record.state === 'InProgress') && isOverdue(a.record.dueDate);

export const ACTION_COLUMNS: readonly Column<ActionDto>[] = [
  {
    id: 'action',
    header: 'Action',
    sortValue: (a) => a.record.description,
    cell: (a) => (
      <CellLink href={`#/actions/${encodeURIComponent(a.record.id)}`}>
        {a.record.description}
      </CellLink>
    ),
  },
  {
    id: 'case',
    header: 'Case',
    sortValue: (a) => a.record.caseNumber,
    cell: (a) => a.record.caseNumber,
  },
  {
    id: 'owner',
    header: 'Owner',
    sortValue: (a) => nameOf(a.names, a.record.ownerId),
    cell: (a) => nameOf(a.names, a.record.ownerId),
  },
  {
    id: 'team',
    header: 'Team',
    sortValue: (a) => nameOf(a.names, a.record.teamId),
    cell: (a) => nameOf(a.names, a.record.teamId),
  },
  {
    id: 'state',
    header: 'State',
    sortValue: (a) => stateLabel(a.record.state),
    text: (a) =>
      `${stateLabel(a.record.state)}${overdue(a) ? ' overdue' : ''}${a.record.immediate ? ' immediate' : ''}`,
    cell: (a) => (
      <>
        <StateBadge state={a.record.state} /> {overdue(a) ? <OverdueBadge /> : null}
      </>
    ),
  },
  {
    id: 'immediate',
    header: 'Immediate',
    sortValue: (a) => (a.record.immediate ? 0 : 1),
    cell: (a) => (a.record.immediate ? 'Yes' : 'No'),
  },
  {
    id: 'due',
    header: 'Due',
    sortValue: (a) => a.record.dueDate,
    text: (a) => formatDate(a.record.dueDate),
    cell: (a) => formatDate(a.record.dueDate),
  },
  {
    id: 'supervision',
    header: 'Reviewed in supervision',
    sortValue: (a) => a.record.supervisionReviews.at(-1)?.date ?? '',
    cell: (a) => formatDate(a.record.supervisionReviews.at(-1)?.date ?? null),
  },
];
