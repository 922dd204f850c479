import { Link, MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { PageProps } from '../app/page-props';
import { useCommonStyles } from '../common/common.styles';
import { DataTable } from '../common/data-table/DataTable';
import { EmptyState } from '../common/EmptyState';
import { ErrorState } from '../common/ErrorState';
import { serverIssues } from '../common/form-issues';
import { formatDate } from '../common/format';
import { PageHeader } from '../common/PageHeader';
import { ResourceView } from '../common/ResourceView';
import type { ScheduleOccurrence } from '../../domain/records/schedule';
import { ActivityEditForm } from './ActivityEditForm';
import { OccurrenceForm } from './OccurrenceForm';
import { ACTIVITY_LABELS, FREQUENCY_LABELS, ownerLabel } from './schedule.types';
import { useScheduleActivity } from './use-schedule-activity';

/** One activity of the QA schedule: what, who, how often, its occurrences, and its forms. */
export default function ScheduleActivityPage({ params }: PageProps) {
  const id = params['id'] ?? '';
  const styles = useCommonStyles();
  const { schedule, activity, write, pending, error, done, api } = useScheduleActivity(id);
  return (
    <ResourceView resource={schedule} loadingLabel="Loading the QA schedule…">
      {() =>
        activity === undefined ? (
          <EmptyState title="The QA schedule has no such activity." />
        ) : (
          <>
            <PageHeader
              title={ACTIVITY_LABELS[activity.record.activity]}
              subtitle={`${ownerLabel(activity)} · ${FREQUENCY_LABELS[activity.record.frequency]}`}
            >
              <Link href="#/schedule">The whole schedule</Link>
            </PageHeader>
            <section className={styles.section} aria-labelledby="activity-facts">
              <h2 id="activity-facts" className={styles.sectionTitle}>
                When and what for
              </h2>
              <p>
                Next due: {formatDate(activity.record.nextDue)} · Last done:{' '}
                {formatDate(activity.record.lastDone)}
              </p>
              <p className={styles.prewrap}>{activity.record.outcomes}</p>
            </section>
            {done === null ? null : (
              <MessageBar intent="success">
                <MessageBarBody>{done}</MessageBarBody>
              </MessageBar>
            )}
            {error === null || Object.keys(serverIssues(error)).length > 0 ? null : (
              <ErrorState error={error} />
            )}
            {activity.allowed.includes('recordOccurrence') ? (
              <section className={styles.section} aria-labelledby="record-occurrence">
                <h2 id="record-occurrence" className={styles.sectionTitle}>
                  Record the occurrence due {formatDate(activity.record.nextDue)}
                </h2>
                <OccurrenceForm
                  pending={pending}
                  error={error}
                  onSubmit={(body) =>
                    write(
                      (version) => api.recordOccurrence(id, { ...body, version }),
                      'Recorded. The activity has moved on to its next due date.',
                    )
                  }
                />
              </section>
            ) : null}
            {activity.allowed.includes('editActivity') ? (
              <section className={styles.section} aria-labelledby="edit-activity">
                <h2 id="edit-activity" className={styles.sectionTitle}>
                  Edit this activity
                </h2>
                <ActivityEditForm
                  key={activity.version}
                  activity={activity}
                  pending={pending}
                  error={error}
                  onSubmit={(body) =>
                    write((version) => api.editActivity(id, { ...body, version }), 'Changes saved.')
                  }
                />
              </section>
            ) : null}
            <section className={styles.section} aria-labelledby="occurrences">
              <h2 id="occurrences" className={styles.sectionTitle}>
                Occurrences recorded
              </h2>
              <DataTable<ScheduleOccurrence>
                label="Occurrences recorded"
                items={[...activity.record.history].reverse()}
                getRowId={(o) => `${o.due}-${o.on}-${o.outcome}`}
                empty={<EmptyState title="None recorded yet." />}
                columns={[
                  {
                    id: 'due',
                    header: 'Due',
                    sortValue: (o) => o.due,
                    cell: (o) => formatDate(o.due),
                  },
                  {
                    id: 'outcome',
                    header: 'Outcome',
                    sortValue: (o) => o.outcome,
                    cell: (o) => (o.outcome === 'Done' ? 'Done' : 'Not done'),
                  },
                  { id: 'on', header: 'On', sortValue: (o) => o.on, cell: (o) => formatDate(o.on) },
                  {
                    id: 'note',
                    header: 'What came of it, or why not',
                    sortValue: (o) => o.note,
                    cell: (o) => o.note,
                  },
                  {
                    id: 'by',
                    header: 'Recorded by',
                    sortValue: (o) => activity.names[o.byId] ?? o.byId,
                    cell: (o) => activity.names[o.byId] ?? o.byId,
                  },
                ]}
              />
            </section>
          </>
        )
      }
    </ResourceView>
  );
}
