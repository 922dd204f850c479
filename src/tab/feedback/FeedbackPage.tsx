import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { FeedbackDto } from '../../contract/registers';
import { useCommonStyles } from '../common/common.styles';
import { RemoteDataTable } from '../common/data-table/RemoteDataTable';
import { EmptyState } from '../common/EmptyState';
import { ErrorState } from '../common/ErrorState';
import { PageHeader } from '../common/PageHeader';
import { ResourceView } from '../common/ResourceView';
import { FEEDBACK_COLUMNS } from './feedback-columns';
import { FeedbackForm } from './FeedbackForm';
import { useFeedback } from './use-feedback';

/** The feedback register: children, families, professionals and practitioners (section 2). */
export default function FeedbackPage() {
  const styles = useCommonStyles();
  const f = useFeedback();
  if (!f.canRead) {
    return (
      <>
        <PageHeader title="Feedback register" />
        <EmptyState title="The feedback register is for managers and the QA team." />
      </>
    );
  }
  return (
    <>
      <PageHeader
        title="Feedback register"
        subtitle="Feedback, compliments and complaints, newest first"
      />
      <section className={styles.section} aria-labelledby="feedback-entries">
        <h2 id="feedback-entries" className={styles.sectionTitle}>
          Entries
        </h2>
        <RemoteDataTable<FeedbackDto>
          label="Feedback entries"
          load={f.load}
          loadKey={f.loadKey}
          loadingLabel="Loading the register…"
          columns={FEEDBACK_COLUMNS}
          getRowId={(e) => e.record.id}
          initialSort={{ columnId: 'received', direction: 'descending' }}
          empty={<EmptyState title="No feedback recorded yet." />}
        />
      </section>
      {f.canRecord ? (
        <section className={styles.section} aria-labelledby="record-feedback">
          <h2 id="record-feedback" className={styles.sectionTitle}>
            Record feedback
          </h2>
          {f.recorded === null ? null : (
            <MessageBar intent="success">
              <MessageBarBody>Feedback recorded. It is in the register above.</MessageBarBody>
            </MessageBar>
          )}
          {f.record.error === null ? null : (
            <ErrorState title="Not recorded" error={f.record.error} />
          )}
          <ResourceView resource={f.organisation}>{() => <FeedbackForm f={f} />}</ResourceView>
        </section>
      ) : null}
    </>
  );
}
