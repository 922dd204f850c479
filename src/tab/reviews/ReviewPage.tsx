import { Button, Link, MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { CaseAnswers } from '../../domain/records/review';
import type { PageProps } from '../app/page-props';
import { useCommonStyles } from '../common/common.styles';
import { DataTable } from '../common/data-table/DataTable';
import { EmptyState } from '../common/EmptyState';
import { ErrorState } from '../common/ErrorState';
import { serverIssues } from '../common/form-issues';
import { formatDate, nameOf } from '../common/format';
import { PageHeader } from '../common/PageHeader';
import { ResourceView } from '../common/ResourceView';
import { AnswerForm } from './AnswerForm';
import { DesignForm } from './DesignForm';
import { FindingsForm } from './FindingsForm';
import { FindingsView } from './FindingsView';
import { REVIEW_KIND_LABELS, REVIEW_STATE_LABELS, showsAbove } from './reviews.types';
import { useReview } from './use-review';

/** One thematic audit or dip sample: designed, drawn, answered, completed and (a dip sample) shared. */
export default function ReviewPage({ params }: PageProps) {
  const id = params['id'] ?? '';
  const styles = useCommonStyles();
  const r = useReview(id);
  return (
    <ResourceView resource={r.review} loadingLabel="Loading the review…">
      {({ review }) => {
        const { record, allowed, names } = review;
        const service =
          record.serviceAreaId === null ? 'every service' : nameOf(names, record.serviceAreaId);
        const back = record.kind === 'DipSample' && allowed.length > 0 ? '#/service' : '#/reviews';
        return (
          <>
            <PageHeader
              title={record.theme}
              subtitle={`${REVIEW_KIND_LABELS[record.kind]} · ${service} · ${REVIEW_STATE_LABELS[record.state]}`}
            >
              <Link href={back}>All {record.kind === 'DipSample' ? 'dip samples' : 'reviews'}</Link>
            </PageHeader>
            <section className={styles.section} aria-labelledby="review-facts">
              <h2 id="review-facts" className={styles.sectionTitle}>
                About this {REVIEW_KIND_LABELS[record.kind].toLowerCase()}
              </h2>
              <p>
                Led by {nameOf(names, record.ownerId)} · started {formatDate(record.createdAt)}
                {record.drawnAt === null
                  ? ''
                  : ` · ${String(record.sampleSize)} cases asked for, drawn ${formatDate(record.drawnAt)} from ${String(record.poolSize)} open cases (seed ${String(record.seed)})`}
              </p>
              {record.sharedAt === null ? null : (
                <p>
                  Shared with the service on {formatDate(record.sharedAt)} by{' '}
                  {nameOf(names, record.sharedById)}.
                </p>
              )}
            </section>
            {r.done === null ? null : (
              <MessageBar intent="success">
                <MessageBarBody>{r.done}</MessageBarBody>
              </MessageBar>
            )}
            {showsAbove(serverIssues(r.error), r.error) ? <ErrorState error={r.error} /> : null}
            {allowed.includes('design') ? (
              <section className={styles.section} aria-labelledby="design">
                <h2 id="design" className={styles.sectionTitle}>
                  Questions and sample
                </h2>
                <ResourceView resource={r.organisation} loadingLabel="Loading teams…">
                  {(organisation) => (
                    <DesignForm
                      key={review.version}
                      review={review}
                      organisation={organisation}
                      pending={r.pending}
                      error={r.error}
                      onSave={(body) =>
                        r.write(
                          (version) => r.api.designReview(id, { ...body, version }),
                          'Design saved.',
                        )
                      }
                    />
                  )}
                </ResourceView>
              </section>
            ) : null}
            {allowed.includes('draw') ? (
              <section className={styles.section} aria-labelledby="draw">
                <h2 id="draw" className={styles.sectionTitle}>
                  Draw the sample
                </h2>
                <p>
                  Draws {String(record.sampleSize)} cases at random from the open-case register, by
                  the saved design ({String(record.questions.length)} questions). Save the design
                  first.
                </p>
                <div>
                  <Button
                    appearance="primary"
                    disabled={r.pending}
                    onClick={() =>
                      void r.write((version) => r.api.drawReview(id, { version }), 'Sample drawn.')
                    }
                  >
                    Draw the sample
                  </Button>
                </div>
              </section>
            ) : null}
            {record.sample.length > 0 && review.caseAnswersShown ? (
              <section className={styles.section} aria-labelledby="sample">
                <h2 id="sample" className={styles.sectionTitle}>
                  Sampled cases
                </h2>
                <DataTable<{ caseNumber: string; answered: CaseAnswers | undefined }>
                  label="Sampled cases"
                  items={record.sample.map((caseNumber) => ({
                    caseNumber,
                    answered: record.answers.find((a) => a.caseNumber === caseNumber),
                  }))}
                  getRowId={(row) => row.caseNumber}
                  empty={<EmptyState title="No cases drawn." />}
                  columns={[
                    {
                      id: 'case',
                      header: 'Case number',
                      sortValue: (row) => row.caseNumber,
                      cell: (row) => row.caseNumber,
                    },
                    {
                      id: 'answered',
                      header: 'Answered',
                      sortValue: (row) => row.answered?.at ?? '',
                      cell: (row) =>
                        row.answered === undefined
                          ? 'Not yet'
                          : `${formatDate(row.answered.at)} by ${nameOf(names, row.answered.byId)}`,
                    },
                  ]}
                />
              </section>
            ) : null}
            {allowed.includes('answer') ? (
              <section className={styles.section} aria-labelledby="answer">
                <h2 id="answer" className={styles.sectionTitle}>
                  Answer for each sampled case
                </h2>
                <AnswerForm
                  review={review}
                  pending={r.pending}
                  error={r.error}
                  onSave={(caseNumber, answers) =>
                    r.write(
                      (version) => r.api.answerCase(id, { version, caseNumber, answers }),
                      `Answers saved for ${caseNumber}.`,
                    )
                  }
                />
              </section>
            ) : null}
            {allowed.includes('complete') ? (
              <section className={styles.section} aria-labelledby="complete">
                <h2 id="complete" className={styles.sectionTitle}>
                  Findings, learning and recommendations
                </h2>
                <FindingsForm
                  review={review}
                  pending={r.pending}
                  error={r.error}
                  onComplete={(findings) =>
                    r.write(
                      (version) => r.api.completeReview(id, { version, ...findings }),
                      'Completed. The findings, learning and recommendations are recorded.',
                    )
                  }
                />
              </section>
            ) : null}
            {record.state === 'Completed' || record.state === 'Shared' ? (
              <section className={styles.section} aria-labelledby="findings">
                <h2 id="findings" className={styles.sectionTitle}>
                  What was found
                </h2>
                <FindingsView review={review} />
              </section>
            ) : null}
            {allowed.includes('share') ? (
              <section className={styles.section} aria-labelledby="share">
                <h2 id="share" className={styles.sectionTitle}>
                  Share with the service
                </h2>
                <p>
                  The team managers and practitioners of {service} will see these findings, learning
                  and recommendations in Audit Loop (not the answers case by case).
                </p>
                <div>
                  <Button
                    appearance="primary"
                    disabled={r.pending}
                    onClick={() =>
                      void r.write(
                        (version) => r.api.shareReview(id, { version }),
                        'Shared with the service.',
                      )
                    }
                  >
                    Share with {service}
                  </Button>
                </div>
              </section>
            ) : null}
          </>
        );
      }}
    </ResourceView>
  );
}
