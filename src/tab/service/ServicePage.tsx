import { SETTING_LABELS } from '../observations/observations.types';
import { CellLink } from '../common/CellLink';
import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { ActionDto, AuditDto } from '../../contract/audits';
import type { ObservationDto } from '../../contract/registers';
import { ACTION_IDENTITY_COLUMNS } from '../actions/action-columns';
import { AUDIT_COLUMNS } from '../audits/audit-columns';
import { GradeBadge } from '../common/badges';
import { useCommonStyles } from '../common/common.styles';
import { RemoteDataTable } from '../common/data-table/RemoteDataTable';
import { EmptyState } from '../common/EmptyState';
import { ErrorState } from '../common/ErrorState';
import { formatDate, nameOf } from '../common/format';
import { PageHeader } from '../common/PageHeader';
import { ResourceView } from '../common/ResourceView';
import { ReviewList } from '../reviews/ReviewList';
import { StartReviewForm } from '../reviews/StartReviewForm';
import { useReviews } from '../reviews/use-reviews';
import { useService } from './use-service';

/** Head of service: Inadequate alerts, closures to approve, dip sampling, practice observations. */
export default function ServicePage() {
  const styles = useCommonStyles();
  const s = useService();
  const r = useReviews();
  return (
    <>
      <PageHeader
        title="My service"
        subtitle="Inadequate alerts, closure approvals and dip sampling"
      >
        <CellLink href="#/dashboard">Service dashboard</CellLink>
      </PageHeader>
      {s.error === null ? null : <ErrorState title="Not approved" error={s.error} />}
      {s.approved.length === 0 ? null : (
        <MessageBar intent="success">
          <MessageBarBody>Closure approved. The action is closed.</MessageBarBody>
        </MessageBar>
      )}
      <>
        <section className={styles.section} aria-labelledby="alerts">
          <h2 id="alerts" className={styles.sectionTitle}>
            Inadequate alerts needing attention
          </h2>
          <RemoteDataTable<AuditDto>
            label="Inadequate alerts"
            load={s.alerts}
            loadKey="service-alerts"
            loadingLabel="Loading your service…"
            columns={AUDIT_COLUMNS}
            getRowId={(a) => a.record.id}
            empty={<EmptyState title="No Inadequate audits need attention." />}
          />
        </section>
        <section className={styles.section} aria-labelledby="closures">
          <h2 id="closures" className={styles.sectionTitle}>
            Closures awaiting your approval
          </h2>
          <RemoteDataTable<ActionDto>
            label="Closures to approve"
            load={s.closures}
            loadKey={s.closuresKey}
            getRowId={(a) => a.record.id}
            empty={<EmptyState title="No closures await your approval." />}
            columns={[
              ...ACTION_IDENTITY_COLUMNS,
              {
                id: 'verified',
                header: 'Verified',
                sortValue: (a) => a.record.verifiedAt ?? '',
                cell: (a) => formatDate(a.record.verifiedAt),
              },
              {
                id: 'approve',
                header: 'Approve',
                cell: (a) => (
                  <Button
                    size="small"
                    appearance="primary"
                    disabled={s.approving !== null || !a.allowed.includes('approveClosure')}
                    onClick={() => void s.approve(a)}
                  >
                    Approve closure of {a.record.caseNumber}
                  </Button>
                ),
              },
            ]}
          />
        </section>
      </>
      <section className={styles.section} aria-labelledby="dip">
        <h2 id="dip" className={styles.sectionTitle}>
          Dip sampling
        </h2>
        {r.me.serviceAreaId === null ? null : (
          <StartReviewForm kind="DipSample" pending={r.pending} error={r.error} onStart={r.start} />
        )}
        <ResourceView resource={r.reviews} loadingLabel="Loading dip samples…">
          {(data) => (
            <ReviewList
              label="Dip samples"
              items={data.items.filter((v) => v.record.kind === 'DipSample')}
              empty="No dip samples yet. Start one above, as required."
            />
          )}
        </ResourceView>
      </section>
      <section className={styles.section} aria-labelledby="observations">
        <h2 id="observations" className={styles.sectionTitle}>
          Observations of practice
        </h2>
        <RemoteDataTable<ObservationDto>
          label="Observations"
          load={s.observations}
          loadKey="service-observations"
          getRowId={(o) => o.record.id}
          empty={<EmptyState title="No observations recorded." />}
          columns={[
            {
              id: 'observed',
              header: 'Observed',
              sortValue: (o) => o.record.observedOn,
              cell: (o) => formatDate(o.record.observedOn),
            },
            {
              id: 'practitioner',
              header: 'Practitioner',
              sortValue: (o) => nameOf(o.names, o.record.practitionerId),
              cell: (o) => nameOf(o.names, o.record.practitionerId),
            },
            {
              id: 'setting',
              header: 'Setting',
              sortValue: (o) => SETTING_LABELS[o.record.setting],
              cell: (o) => SETTING_LABELS[o.record.setting],
            },
            {
              id: 'grade',
              header: 'Grade',
              sortValue: (o) => o.record.grade,
              cell: (o) => <GradeBadge grade={o.record.grade} />,
            },
          ]}
        />
      </section>
    </>
  );
}
