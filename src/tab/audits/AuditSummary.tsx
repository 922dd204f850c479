import type { AuditDto } from '../../contract/audits';
import { AREA_LABELS, AREAS } from '../../domain/records/grade';
import { GradeBadge } from '../common/badges';
import { useCommonStyles } from '../common/common.styles';
import { formatDate } from '../common/format';

const show = (text: string): string => (text.trim() === '' ? '—' : text);

/** The audit tool as filled in, read-only (for the worker, moderators, leaders). */
export function AuditSummary({ audit }: { readonly audit: AuditDto }) {
  const styles = useCommonStyles();
  const { record, gradeVisible } = audit;
  return (
    <div className={styles.stack}>
      <section className={styles.section} aria-labelledby="summary-overall">
        <h2 id="summary-overall" className={styles.sectionTitle}>
          Overall grade
        </h2>
        <div>
          <GradeBadge grade={record.overallGrade} hidden={!gradeVisible} />
        </div>
        {gradeVisible ? <p className={styles.prewrap}>{show(record.rationale)}</p> : null}
      </section>
      <section className={styles.section} aria-labelledby="summary-areas">
        <h2 id="summary-areas" className={styles.sectionTitle}>
          The six areas
        </h2>
        {AREAS.map((area) => {
          const judgement = record.areas[area];
          return (
            <article key={area} aria-label={AREA_LABELS[area]}>
              <h3>
                {AREA_LABELS[area]} <GradeBadge grade={judgement.grade} hidden={!gradeVisible} />
              </h3>
              <p className={styles.prewrap}>
                <strong>Evidence: </strong>
                {show(judgement.evidence)}
              </p>
              <p className={styles.prewrap}>
                <strong>Strengths: </strong>
                {show(judgement.strengths)}
              </p>
              <p className={styles.prewrap}>
                <strong>Areas for development: </strong>
                {show(judgement.development)}
              </p>
            </article>
          );
        })}
      </section>
      <section className={styles.section} aria-labelledby="summary-feedback">
        <h2 id="summary-feedback" className={styles.sectionTitle}>
          Feedback and practice
        </h2>
        <p className={styles.prewrap}>
          <strong>Child or young person: </strong>
          {show(record.feedback.childYoungPerson)}
        </p>
        <p className={styles.prewrap}>
          <strong>Parents and carers: </strong>
          {show(record.feedback.parentsCarers)}
        </p>
        <p className={styles.prewrap}>
          <strong>Professionals: </strong>
          {show(record.feedback.professionals)}
        </p>
        <p className={styles.prewrap}>
          <strong>Worker: </strong>
          {show(record.feedback.worker)}
        </p>
        <p>
          <strong>Collaborative meeting: </strong>
          {formatDate(record.meetingDate)} · practice observed:{' '}
          {record.practiceObserved ? 'yes' : 'no'}
        </p>
        <p className={styles.prewrap}>
          <strong>Quantity: </strong>
          {show(record.measures.quantity)}
        </p>
        <p className={styles.prewrap}>
          <strong>Quality: </strong>
          {show(record.measures.quality)}
        </p>
        <p className={styles.prewrap}>
          <strong>Impact: </strong>
          {show(record.measures.impact)}
        </p>
      </section>
    </div>
  );
}
