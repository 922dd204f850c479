import type { ModerationDto } from '../../contract/audits';
import { GradeBadge, StateBadge } from '../common/badges';
import { useCommonStyles } from '../common/common.styles';
import { formatDate, nameOf } from '../common/format';

/** The moderation, for those who may see it; the auditor's grade is never overwritten. */
export function ModerationSummary({ moderation }: { readonly moderation: ModerationDto | null }) {
  const styles = useCommonStyles();
  if (moderation === null) return null;
  const { record, names } = moderation;
  return (
    <section className={styles.section} aria-labelledby="moderation-summary">
      <h2 id="moderation-summary" className={styles.sectionTitle}>
        Moderation
      </h2>
      <div className={styles.row}>
        <StateBadge state={record.state} />
        <span>Moderator: {nameOf(names, record.moderatorId)}</span>
        <span>Moderated {formatDate(record.moderatedAt)}</span>
      </div>
      <div className={styles.row}>
        <span>Auditor's grade:</span> <GradeBadge grade={record.auditorGrade} />
        <span>Moderated grade:</span> <GradeBadge grade={record.moderatedGrade} />
      </div>
      {record.reasons === '' ? null : <p className={styles.prewrap}>Reasons: {record.reasons}</p>}
      {record.auditorResponse === 'Acknowledged' ? (
        <p>The auditor acknowledged the feedback on {formatDate(record.respondedAt)}.</p>
      ) : null}
      {record.auditorResponse === 'DiscussionProposed' ? (
        <p>Learning conversation proposed for {formatDate(record.discussionDate)}.</p>
      ) : null}
      {record.learningNotes === '' ? null : (
        <p className={styles.prewrap}>Learning conversation: {record.learningNotes}</p>
      )}
    </section>
  );
}
