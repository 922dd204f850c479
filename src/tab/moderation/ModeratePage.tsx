import { Link, MessageBar, MessageBarBody, mergeClasses } from '@fluentui/react-components';
import type { PageProps } from '../app/page-props';
import { AuditFacts } from '../audits/AuditFacts';
import { AuditSummary } from '../audits/AuditSummary';
import { ModerationSummary } from '../audits/ModerationSummary';
import { useAudit } from '../audits/use-audit';
import { ErrorState } from '../common/ErrorState';
import { PageHeader } from '../common/PageHeader';
import { ResourceView } from '../common/ResourceView';
import { QualityRubricForm } from '../audit-quality/QualityRubricForm';
import { ModerationForm } from './ModerationForm';
import { useModerationStyles } from './moderation.styles';

/** The auditor's evidence beside the moderation form. */
export default function ModeratePage({ params }: PageProps) {
  const id = params['id'] ?? '';
  const styles = useModerationStyles();
  const { detail, write, pending, error } = useAudit(id);
  return (
    <ResourceView resource={detail} loadingLabel="Loading the audit…">
      {({ audit, moderation }) => (
        <>
          <PageHeader title={`Moderate case ${audit.record.caseNumber}`}>
            <Link href={`#/audits/${encodeURIComponent(id)}`}>Open the audit</Link>
          </PageHeader>
          {error === null ? null : <ErrorState error={error} />}
          <div className={styles.sideBySide}>
            <section className={styles.panel} aria-label="The auditor's evidence">
              <AuditFacts audit={audit} />
              <AuditSummary audit={audit} />
            </section>
            <section className={mergeClasses(styles.panel, styles.sticky)} aria-label="Moderation">
              {audit.allowed.includes('moderate') ? (
                <ModerationForm
                  auditorGrade={audit.record.overallGrade}
                  write={write}
                  pending={pending}
                />
              ) : (
                <MessageBar intent="info">
                  <MessageBarBody>This audit is not awaiting your moderation.</MessageBarBody>
                </MessageBar>
              )}
              <ModerationSummary moderation={moderation} />
            </section>
          </div>
          {audit.allowed.includes('scoreAuditQuality') ? (
            <section className={mergeClasses(styles.panel, styles.quality)}>
              <QualityRubricForm
                last={moderation?.record.auditQuality ?? null}
                write={write}
                pending={pending}
              />
            </section>
          ) : null}
        </>
      )}
    </ResourceView>
  );
}
