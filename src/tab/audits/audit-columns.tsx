import { CellLink } from '../common/CellLink';
import type { AuditDto } from '../../contract/audits';
import { COHORT_LABELS } from '../../domain/records/case';
import { gradeRank } from '../../domain/records/grade';
import { StandingGradeBadge, stateLabel, StateBadge } from '../common/badges';
import type { Column } from '../common/data-table/data-table.types';
import { auditDueLabel, formatDate, nameOf } from '../common/format';

/** The audit list's columns; every one sorts and filters. */
export const AUDIT_COLUMNS: readonly Column<AuditDto>[] = [
  {
    id: 'case',
    header: 'Case',
    sortValue: (a) => a.record.caseNumber,
    cell: (a) => (
      <CellLink href={`#/audits/${encodeURIComponent(a.record.id)}`}>
        {a.record.caseNumber}
      </CellLink>
    ),
  },
  {
    id: 'cohort',
    header: 'Cohort',
    sortValue: (a) => COHORT_LABELS[a.record.cohort],
    cell: (a) => COHORT_LABELS[a.record.cohort],
  },
  {
    id: 'team',
    header: 'Team',
    sortValue: (a) => nameOf(a.names, a.record.teamId),
    cell: (a) => nameOf(a.names, a.record.teamId),
  },
  {
    id: 'auditor',
    header: 'Auditor',
    sortValue: (a) => nameOf(a.names, a.record.auditorId),
    cell: (a) => nameOf(a.names, a.record.auditorId),
  },
  {
    id: 'worker',
    header: 'Worker',
    sortValue: (a) => nameOf(a.names, a.record.workerId),
    cell: (a) => nameOf(a.names, a.record.workerId),
  },
  {
    id: 'state',
    header: 'State',
    sortValue: (a) => stateLabel(a.record.state),
    cell: (a) => <StateBadge state={a.record.state} />,
  },
  {
    id: 'grade',
    header: 'Grade',
    sortValue: (a) => (a.standingGrade !== null ? gradeRank(a.standingGrade) : 9),
    text: (a) => a.standingGrade ?? '',
    cell: (a) => <StandingGradeBadge audit={a} />,
  },
  {
    id: 'due',
    header: 'Audit due',
    sortValue: (a) => a.record.auditDue,
    text: (a) => formatDate(a.record.auditDue),
    cell: (a) => `${formatDate(a.record.auditDue)} (${auditDueLabel(a.record)})`,
  },
];
