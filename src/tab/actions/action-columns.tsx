import { CellLink } from '../common/CellLink';
import type { ActionDto } from '../../contract/audits';
import { OverdueBadge, stateLabel, StateBadge } from '../common/badges';
import { dateColumn, nameColumn, textColumn } from '../common/data-table/columns';
import type { Column } from '../common/data-table/data-table.types';
import { isOverdueAction } from '../../domain/records/action';
import { todayIso } from '../common/format';

const overdue = (a: ActionDto): boolean => isOverdueAction(a.record, todayIso());

/** The columns every table of actions starts with: the action (linked), its case, its owner. */
export const ACTION_IDENTITY_COLUMNS: readonly Column<ActionDto>[] = [
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
  textColumn('case', 'Case', (a) => a.record.caseNumber),
  nameColumn('owner', 'Owner', (a) => a.record.ownerId),
];

export const ACTION_COLUMNS: readonly Column<ActionDto>[] = [
  ...ACTION_IDENTITY_COLUMNS,
  nameColumn('team', 'Team', (a) => a.record.teamId),
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
  dateColumn('due', 'Due', (a) => a.record.dueDate),
  dateColumn(
    'supervision',
    'Reviewed in supervision',
    (a) => a.record.supervisionReviews.at(-1)?.date ?? null,
  ),
];
