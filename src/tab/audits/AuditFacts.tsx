import type { AuditDto } from '../../contract/audits';
import { COHORT_LABELS } from '../../domain/records/case';
import { useCommonStyles } from '../common/common.styles';
import { auditDueLabel, formatDate, moderationDueLabel, nameOf } from '../common/format';

/** The allocation, as on the audit allocation tracker. */
export function AuditFacts({ audit }: { readonly audit: AuditDto }) {
  const styles = useCommonStyles();
  const { record, names } = audit;
  const facts: [string, string][] = [
    ['Case', record.caseNumber],
    ['Cohort', COHORT_LABELS[record.cohort]],
    ['Team', nameOf(names, record.teamId)],
    ['Auditor', nameOf(names, record.auditorId)],
    ['Allocated worker', nameOf(names, record.workerId)],
    ['Team manager', nameOf(names, record.teamManagerId)],
    ['Moderator', record.moderatorId === null ? 'None' : nameOf(names, record.moderatorId)],
    ['Allocated on', formatDate(record.allocatedOn)],
    ['Audit due', `${formatDate(record.auditDue)} (${auditDueLabel(record)})`],
    [
      'Moderation due',
      record.moderatorId === null
        ? 'No moderation'
        : `${formatDate(record.moderationDue)} (${moderationDueLabel(record)})`,
    ],
    ['Grade shared', formatDate(record.gradeSharedOn)],
  ];
  return (
    <dl className={styles.facts}>
      {facts.map(([name, value]) => (
        <div key={name} className={styles.factGroup}>
          <dt className={styles.factName}>{name}</dt>
          <dd className={styles.factValue}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
