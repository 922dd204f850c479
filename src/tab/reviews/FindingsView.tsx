import type { ReviewDto } from '../../contract/reviews';
import { useCommonStyles } from '../common/common.styles';
import { useReviewStyles } from './reviews.styles';

/** What was found, learned and recommended, and the answers counted question by question. */
export function FindingsView({ review }: { readonly review: ReviewDto }) {
  const styles = useCommonStyles();
  const own = useReviewStyles();
  const { findings, questions } = review.record;
  return (
    <>
      <dl className={styles.facts}>
        {(
          [
            ['Findings', findings.findings],
            ['Learning', findings.learning],
            ['Recommendations', findings.recommendations],
          ] as const
        ).map(([name, text]) => (
          <div key={name} className={styles.factGroup}>
            <dt className={styles.factName}>{name}</dt>
            <dd className={own.findings}>{text}</dd>
          </div>
        ))}
      </dl>
      {review.tally.length === 0 ? null : (
        <ul aria-label="Answers counted">
          {review.tally.map((t) => {
            const question = questions.find((q) => q.id === t.questionId);
            const counts = Object.entries(t.counts)
              .map(([answer, n]) => `${answer}: ${String(n)}`)
              .join(', ');
            return (
              <li key={t.questionId}>
                {question?.text ?? t.questionId} — {counts === '' ? 'no answers' : counts}
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
