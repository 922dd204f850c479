import { useCommonStyles } from '../common/common.styles';
import { PageHeader } from '../common/PageHeader';
import { ResourceView } from '../common/ResourceView';
import { ReviewList } from './ReviewList';
import { StartReviewForm } from './StartReviewForm';
import { useReviews } from './use-reviews';

/** Thematic audits and dip samples: the QA lead sets up a thematic audit; others read them. */
export default function ReviewsPage() {
  const styles = useCommonStyles();
  const r = useReviews();
  const qaLead = r.me.role === 'QALead';
  return (
    <>
      <PageHeader
        title="Thematic audits and dip samples"
        subtitle="Their own questions, a sample from the register, and what was found"
      />
      {qaLead ? (
        <section className={styles.section} aria-labelledby="new-thematic">
          <h2 id="new-thematic" className={styles.sectionTitle}>
            New thematic audit
          </h2>
          <StartReviewForm
            kind="ThematicAudit"
            pending={r.pending}
            error={r.error}
            onStart={r.start}
          />
        </section>
      ) : null}
      <section className={styles.section} aria-labelledby="reviews-list">
        <h2 id="reviews-list" className={styles.sectionTitle}>
          {qaLead || (r.me.role !== 'Practitioner' && r.me.role !== 'TeamManager')
            ? 'Thematic audits and dip samples'
            : 'Dip samples shared with your service'}
        </h2>
        <ResourceView resource={r.reviews} loadingLabel="Loading thematic audits and dip samples…">
          {(data) => (
            <ReviewList
              label="Thematic audits and dip samples"
              items={data.items}
              empty="None to show yet."
            />
          )}
        </ResourceView>
      </section>
    </>
  );
}
