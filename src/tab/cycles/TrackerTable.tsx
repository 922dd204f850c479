import { useState } from 'react';
import { CellLink } from '../common/CellLink';
import type { TrackerResponse, TrackerRow } from '../../contract/cycles';
import { GradeBadge, OverdueBadge, stateLabel, StateBadge } from '../common/badges';
import type { GradeChange } from '../../domain/reaudits/grade-change';
import { reauditWords } from './reaudit-words';
import { useTrackerStyles } from './tracker.styles';
import { RemoteDataTable } from '../common/data-table/RemoteDataTable';
import { useSession } from '../app/session-context';
import type { Names, PageQuery, PageResponse } from '../../contract/common';
import { EmptyState } from '../common/EmptyState';
import { formatDate, nameOf as formatName } from '../common/format';

/** Why the tracker is empty: nothing allocated, or nothing in the reader's service. */
export const emptyTitle = (inOtherServices: number): string =>
  inOtherServices > 0
    ? `None of this cycle's ${String(inOtherServices)} audits is in your service.`
    : 'Nothing allocated yet.';

const CHANGE: Record<GradeChange, string> = {
  improved: 'Improved',
  same: 'No change',
  declined: 'Declined',
};

/** A tracker row with the display names its page came with. */
type Row = TrackerRow & { readonly names: Names };

/** The audit allocation tracker: every allocation and where its audit has got to, paged. */
export function TrackerTable({
  cycleId,
  loadKey,
}: {
  readonly cycleId: string;
  readonly loadKey: string;
}) {
  const { api } = useSession();
  const styles = useTrackerStyles();
  const [elsewhere, setElsewhere] = useState(0);
  const nameOf = (names: Names, id: string | null) => formatName(names, id);
  const load = async (page: PageQuery): Promise<PageResponse<Row>> => {
    const answer: TrackerResponse = await api.tracker(cycleId, page);
    setElsewhere(answer.scope === 'service' ? answer.allocatedInCycle - answer.total : 0);
    return {
      items: answer.rows.map((r) => ({ ...r, names: answer.names })),
      total: answer.total,
      page: answer.page,
      pageSize: answer.pageSize,
    };
  };
  return (
    <RemoteDataTable<Row>
      label="Allocation tracker"
      load={load}
      loadKey={loadKey}
      getRowId={(r) => r.auditId}
      pageSize={15}
      initialSort={{ columnId: 'case', direction: 'ascending' }}
      empty={<EmptyState title={emptyTitle(elsewhere)} />}
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
          sortValue: (r) => nameOf(r.names, r.auditorId),
          cell: (r) => nameOf(r.names, r.auditorId),
        },
        {
          id: 'worker',
          header: 'Worker',
          sortValue: (r) => nameOf(r.names, r.workerId),
          cell: (r) => nameOf(r.names, r.workerId),
        },
        {
          id: 'tm',
          header: 'Team manager',
          sortValue: (r) => nameOf(r.names, r.teamManagerId),
          cell: (r) => nameOf(r.names, r.teamManagerId),
        },
        {
          id: 'moderator',
          header: 'Moderator',
          sortValue: (r) => nameOf(r.names, r.moderatorId),
          cell: (r) => nameOf(r.names, r.moderatorId),
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
        {
          id: 'reaudit',
          header: 'Re-audit: grade before and after',
          sortValue: (r) => reauditWords(r.reaudit),
          text: (r) => reauditWords(r.reaudit),
          cell: (r) =>
            r.reaudit === null ? null : (
              <span className={styles.reaudit}>
                <span>Re-audit of {r.reaudit.earlierAuditId}: was</span>
                <GradeBadge grade={r.reaudit.gradeBefore} />
                <span>now</span>
                <GradeBadge grade={r.reaudit.gradeAfter} />
                {r.reaudit.change === null ? null : <span>{CHANGE[r.reaudit.change]}</span>}
              </span>
            ),
        },
      ]}
    />
  );
}
