import { lazy, Suspense } from 'react';
import type { PageProps } from '../app/page-props';
import { StandingGradeBadge, StateBadge } from '../common/badges';
import { useCommonStyles } from '../common/common.styles';
import { ErrorState } from '../common/ErrorState';
import { Loading } from '../common/Loading';
import { PageHeader } from '../common/PageHeader';
import { ReadFlags } from '../common/ReadFlags';
import { ResourceView } from '../common/ResourceView';
import { isConflict } from '../api/api-error';
import { ActionsSummary } from './ActionsSummary';
import { AuditFacts } from './AuditFacts';
import { AuditSummary } from './AuditSummary';
import { AuditTransitions } from './AuditTransitions';
import { ModerationSummary } from './ModerationSummary';
import { useAudit } from './use-audit';

const AuditForm = lazy(() => import('../audit-form/AuditForm'));

/** One audit: the allocation, the audit form (for its auditor) or what was recorded, next steps. */
export default function AuditPage({ params }: PageProps) {
  const id = params['id'] ?? '';
  const styles = useCommonStyles();
  const { detail, write, pending, issues, above } = useAudit(id);
  return (
    <ResourceView resource={detail} loadingLabel="Loading the audit…">
      {(data) => {
        const { audit } = data;
        const editable =
          audit.allowed.includes('saveDraft') || audit.allowed.includes('submitAudit');
        return (
          <div className={styles.stack}>
            <PageHeader title={`Audit of case ${audit.record.caseNumber}`}>
              <StateBadge state={audit.record.state} />
              <StandingGradeBadge audit={audit} />
            </PageHeader>
            <ReadFlags flags={audit.flags} />
            {above === null ? null : (
              <ErrorState
                title={
                  isConflict(above) ? 'This audit changed since you opened it' : 'That did not work'
                }
                error={above}
              />
            )}
            <AuditFacts audit={audit} />
            <AuditTransitions audit={audit} write={write} pending={pending} issues={issues} />
            {editable ? (
              <Suspense fallback={<Loading label="Loading the audit form…" />}>
                <AuditForm
                  detail={data}
                  onSaved={detail.status === 'ready' ? detail.replace : () => undefined}
                />
              </Suspense>
            ) : (
              <AuditSummary audit={audit} />
            )}
            <ModerationSummary moderation={data.moderation} />
            <ActionsSummary actions={data.actions} />
          </div>
        );
      }}
    </ResourceView>
  );
}
