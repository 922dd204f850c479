import { CellLink } from '../common/CellLink';
import type { AuditDto } from '../../contract/audits';
import { useSession } from '../app/session-context';
import { useResource } from '../api/use-resource';
import { AUDIT_COLUMNS } from '../audits/audit-columns';
import type { Column } from '../common/data-table/data-table.types';
import { DataTable } from '../common/data-table/DataTable';
import { EmptyState } from '../common/EmptyState';
import { PageHeader } from '../common/PageHeader';
import { ResourceView } from '../common/ResourceView';
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
const MODERATED_STATES = ['Submitted', 'Agreed', 'Disagreed', 'Resolved'];

/** My moderation queue; for the QA lead, also the overview of all moderation. */
export default function ModerationPage() {
  const styles = useCommonStyles();
  const { api, me } = useSession();
  const queue = useResource(() => api.moderationQueue(), 'moderation-queue');
  const overview = useResource(
    () => (me.role === 'QALead' ? api.audits({ scope: 'all' }) : Promise.resolve({ items: [] })),
    `moderation-overview:${me.role}`,
  );
  return (
    <>
      <PageHeader title="Moderation" subtitle="Audits awaiting your moderation" />
      <ResourceView resource={queue} loadingLabel="Loading your queue…">
        {(data) => (
          <DataTable
            label="Moderation queue"
            items={data.items}
            columns={[MODERATE, ...AUDIT_COLUMNS.filter((c) => c.id !== 'case')]}
            getRowId={(a) => a.record.id}
            initialSort={{ columnId: 'due', direction: 'ascending' }}
            empty={<EmptyState title="Nothing awaits your moderation." />}
          />
        )}
      </ResourceView>
      {me.role === 'QALead' ? (
        <section className={styles.section} aria-labelledby="overview">
          <h2 id="overview" className={styles.sectionTitle}>
            Moderation overview
          </h2>
          <ResourceView resource={overview}>
            {(data) => (
              <DataTable
                label="Moderation overview"
                items={data.items.filter(
                  (a) => a.record.moderatorId !== null && MODERATED_STATES.includes(a.record.state),
                )}
                columns={[...AUDIT_COLUMNS, MODERATOR]}
                getRowId={(a) => a.record.id}
                empty={<EmptyState title="No audits are in moderation." />}
              />
            )}
          </ResourceView>
        </section>
      ) : null}
    </>
  );
}
