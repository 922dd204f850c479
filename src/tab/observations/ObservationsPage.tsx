import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { ObservationDto } from '../../contract/registers';
import { useCommonStyles } from '../common/common.styles';
import { RemoteDataTable } from '../common/data-table/RemoteDataTable';
import { EmptyState } from '../common/EmptyState';
import { ErrorState } from '../common/ErrorState';
import { PageHeader } from '../common/PageHeader';
import { ResourceView } from '../common/ResourceView';
import { OBSERVATION_COLUMNS } from './observation-columns';
import { ObservationForm } from './ObservationForm';
import { useObservations } from './use-observations';

/** Observations of practice (practice week, audits, supervision), newest first. */
export default function ObservationsPage() {
  const styles = useCommonStyles();
  const o = useObservations();
  return (
    <>
      <PageHeader
        title="Observations of practice"
        subtitle="Practice week and other direct observations, graded on the Ofsted scale"
      />
      <section className={styles.section} aria-labelledby="observation-list">
        <h2 id="observation-list" className={styles.sectionTitle}>
          Observations
        </h2>
        <RemoteDataTable<ObservationDto>
          label="Observations of practice"
          load={o.load}
          loadKey={o.loadKey}
          loadingLabel="Loading observations…"
          columns={OBSERVATION_COLUMNS}
          getRowId={(x) => x.record.id}
          initialSort={{ columnId: 'observed', direction: 'descending' }}
          empty={<EmptyState title="No observations recorded yet." />}
        />
      </section>
      {o.canRecord ? (
        <section className={styles.section} aria-labelledby="record-observation">
          <h2 id="record-observation" className={styles.sectionTitle}>
            Record an observation
          </h2>
          {o.recorded === null ? null : (
            <MessageBar intent="success">
              <MessageBarBody>Observation recorded. It is in the list above.</MessageBarBody>
            </MessageBar>
          )}
          {o.record.error === null ? null : (
            <ErrorState title="Not recorded" error={o.record.error} />
          )}
          <ResourceView resource={o.staff} loadingLabel="Loading staff…">
            {() => <ObservationForm o={o} />}
          </ResourceView>
        </section>
      ) : null}
    </>
  );
}
