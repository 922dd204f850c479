import type { ReauditDto } from '../../contract/reaudits';
import { CellLink } from '../common/CellLink';
import { GradeBadge } from '../common/badges';
import { useCommonStyles } from '../common/common.styles';
import { DataTable } from '../common/data-table/DataTable';
import { EmptyState } from '../common/EmptyState';
import { formatDate } from '../common/format';
import { ResourceView } from '../common/ResourceView';
import { reauditStatus, useReaudits } from './use-reaudits';

/**
 * Re-audits (an Inadequate or Requires-improvement grade, re-audited weeks later): the case,
 * the grade before, when it is due and where it has got to. Scheduling them is the server's.
 */
export function ReauditsSection({ cycleName }: { readonly cycleName: (id: string) => string }) {
  const styles = useCommonStyles();
  const reaudits = useReaudits();
  return (
    <section className={styles.section} aria-labelledby="reaudits-heading">
      <h2 id="reaudits-heading" className={styles.sectionTitle}>
        Re-audits
      </h2>
      <ResourceView resource={reaudits} loadingLabel="Loading re-audits…">
        {(data) => (
          <DataTable<ReauditDto>
            label="Re-audits"
            items={data.items}
            getRowId={(r) => r.record.id}
            empty={<EmptyState title="No re-audit is scheduled." />}
            columns={[
              {
                id: 'case',
                header: 'Case',
                sortValue: (r) => r.record.caseNumber,
                cell: (r) => (
                  <CellLink href={`#/audits/${encodeURIComponent(r.record.earlierAuditId)}`}>
                    {r.record.caseNumber}
                  </CellLink>
                ),
              },
              {
                id: 'before',
                header: 'Grade before',
                sortValue: (r) => r.record.gradeBefore,
                text: (r) => r.record.gradeBefore,
                cell: (r) => <GradeBadge grade={r.record.gradeBefore} />,
              },
              {
                id: 'due',
                header: 'Due from',
                sortValue: (r) => r.record.dueFrom,
                cell: (r) => formatDate(r.record.dueFrom),
              },
              {
                id: 'status',
                header: 'Where it has got to',
                sortValue: (r) => reauditStatus(r, cycleName),
                cell: (r) => reauditStatus(r, cycleName),
              },
            ]}
          />
        )}
      </ResourceView>
    </section>
  );
}
