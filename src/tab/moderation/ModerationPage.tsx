import { CellLink } from '../common/CellLink';
import type { AuditDto } from '../../contract/audits';
import { useSession } from '../app/session-context';
import { AUDIT_COLUMNS } from '../audits/audit-columns';
import type { Column } from '../common/data-table/data-table.types';
import { RemoteDataTable } from '../common/data-table/RemoteDataTable';
import { EmptyState } from '../common/EmptyState';
import { PageHeader } from '../common/PageHeader';
import { useCommonStyles } from '../common/common.styles';
import { nameOf } from '../common/format';

const MODERATE: Column<AuditDto> = {
  id: 'moderate',
  header: 'Moderate',
  cell: (a) => (
    <CellLink href={`#/moderation/${encodeURIComponent(a.record.id)}`}>
      Moderate case {a.record.caseNumber}
    </CellLink>
  ),
};
const MODERATOR: Column<AuditDto> = {
  id: 'moderator',
  header: 'Moderator',
  sortValue: (a) => nameOf(a.names, a.record.moderatorId),
  cell: (a) => nameOf(a.names, a.record.moderatorId),
};
/** My moderation queue; for the QA lead, also the overview of all moderation. */
export default function ModerationPage() {
  const styles = useCommonStyles();
  const { api, me } = useSession();
  return (
    <>
      <PageHeader title="Moderation" subtitle="Audits awaiting your moderation" />
      <RemoteDataTable
        label="Moderation queue"
        load={(page) => api.moderationQueue(page)}
        loadKey="moderation-queue"
        loadingLabel="Loading your queue…"
        columns={[MODERATE, ...AUDIT_COLUMNS.filter((c) => c.id !== 'case')]}
        getRowId={(a) => a.record.id}
        initialSort={{ columnId: 'due', direction: 'ascending' }}
        empty={<EmptyState title="Nothing awaits your moderation." />}
      />
      {me.role === 'QALead' ? (
        <section className={styles.section} aria-labelledby="overview">
          <h2 id="overview" className={styles.sectionTitle}>
            Moderation overview
          </h2>
          <RemoteDataTable
            label="Moderation overview"
            load={(page) => api.audits({ scope: 'all', inModeration: 'true', ...page })}
            loadKey="moderation-overview"
            columns={[...AUDIT_COLUMNS, MODERATOR]}
            getRowId={(a) => a.record.id}
            empty={<EmptyState title="No audits are in moderation." />}
          />
        </section>
      ) : null}
    </>
  );
}
