import type { PageProps } from '../app/page-props';
import { useCommonStyles } from '../common/common.styles';
import { CellLink } from '../common/CellLink';
import { DataTable } from '../common/data-table/DataTable';
import { EmptyState } from '../common/EmptyState';
import { formatDate } from '../common/format';
import { PageHeader } from '../common/PageHeader';
import { ResourceView } from '../common/ResourceView';
import { QUALITY_CRITERIA, QUALITY_CRITERION_LABELS } from '../../domain/records/audit-quality';
import type { AuditRow, CycleRow } from './audit-quality.types';
import { auditRows, cycleRows, useMyAuditQuality } from './use-my-audit-quality';

const criterionColumns = <T,>(value: (row: T, i: number) => string) =>
  QUALITY_CRITERIA.map((criterion, i) => ({
    id: criterion,
    header: QUALITY_CRITERION_LABELS[criterion],
    cell: (row: T) => value(row, i),
  }));

/**
 * The audit of audits, for the auditor's development: how moderators scored the quality of
 * their audits and how often they agreed with the grade, cycle by cycle. Fewer than five
 * audits are shown as counts, never as a percentage.
 */
export default function MyAuditQualityPage({ query }: PageProps) {
  const styles = useCommonStyles();
  const auditorId = query.get('auditorId');
  const quality = useMyAuditQuality(auditorId);
  return (
    <ResourceView resource={quality} loadingLabel="Loading the quality of your audits…">
      {(data) => (
        <>
          <PageHeader
            title={auditorId === null ? 'My audit quality' : `Audit quality: ${data.auditorName}`}
            subtitle="How moderators scored the quality of the audits, apart from the grade"
          />
          <section className={styles.section} aria-labelledby="by-cycle">
            <h2 id="by-cycle" className={styles.sectionTitle}>
              Cycle by cycle
            </h2>
            <p className={styles.muted}>
              Each criterion shows the audits that met it. Fewer than five audits are shown as a
              count.
            </p>
            <DataTable<CycleRow>
              label="Audit quality and agreement, cycle by cycle"
              items={cycleRows(data)}
              getRowId={(r) => r.id}
              empty={<EmptyState title="No audit of yours has been moderated yet." />}
              columns={[
                { id: 'cycle', header: 'Cycle', cell: (r) => r.cycle },
                {
                  id: 'scored',
                  header: 'Audits scored',
                  sortValue: (r) => r.scored,
                  cell: (r) => r.scored,
                },
                ...criterionColumns<CycleRow>((r, i) => r.criteria[i] ?? ''),
                { id: 'agreement', header: 'Moderator agreed', cell: (r) => r.agreement },
              ]}
            />
          </section>
          <section className={styles.section} aria-labelledby="scored-audits">
            <h2 id="scored-audits" className={styles.sectionTitle}>
              Scored audits
            </h2>
            <DataTable<AuditRow>
              label="Scored audits"
              items={auditRows(data)}
              getRowId={(r) => r.id}
              empty={<EmptyState title="No audit of yours has been scored yet." />}
              columns={[
                {
                  id: 'case',
                  header: 'Case',
                  sortValue: (r) => r.caseNumber,
                  cell: (r) => (
                    <CellLink href={`#/audits/${encodeURIComponent(r.id)}`}>
                      {r.caseNumber}
                    </CellLink>
                  ),
                },
                { id: 'cycle', header: 'Cycle', sortValue: (r) => r.cycle, cell: (r) => r.cycle },
                ...criterionColumns<AuditRow>((r, i) => r.scores[i] ?? ''),
                {
                  id: 'scoredAt',
                  header: 'Scored on',
                  sortValue: (r) => r.scoredAt,
                  cell: (r) => formatDate(r.scoredAt),
                },
              ]}
            />
          </section>
        </>
      )}
    </ResourceView>
  );
}
