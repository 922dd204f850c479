import { Link, mergeClasses, MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { PageProps } from '../app/page-props';
import { isConflict } from '../api/api-error';
import { OverdueBadge, StateBadge } from '../common/badges';
import { useCommonStyles } from '../common/common.styles';
import { ErrorState } from '../common/ErrorState';
import { formatDate, nameOf, todayIso } from '../common/format';
import { PageHeader } from '../common/PageHeader';
import { ReadFlags } from '../common/ReadFlags';
import { ResourceView } from '../common/ResourceView';
import { ActionTransitions } from './ActionTransitions';
import { isOverdueAction } from '../../domain/records/action';
import { useAction } from './use-action';

/** One action: what, whose, when, its history, and what this person may do with it. */
export default function ActionPage({ params }: PageProps) {
  const styles = useCommonStyles();
  const { detail, write, pending, error, done } = useAction(params['id'] ?? '');
  return (
    <ResourceView resource={detail} loadingLabel="Loading the action…">
      {({ action }) => {
        const { record: a, names } = action;
        const facts: [string, string][] = [
          ['Case', a.caseNumber],
          ['Owner', nameOf(names, a.ownerId)],
          ['Due', formatDate(a.dueDate)],
          ['Immediate, to meet good', a.immediate ? 'Yes' : 'No'],
          ['Evidence', a.evidence === '' ? '—' : a.evidence],
          [
            'Verified',
            a.verifiedAt === null
              ? '—'
              : `${formatDate(a.verifiedAt)} by ${nameOf(names, a.verifiedById)}`,
          ],
          ['Closed', formatDate(a.closedAt)],
        ];
        if (a.returnReason !== '') facts.push(['Closure returned because', a.returnReason]);
        if (a.notCompletedReason !== '')
          facts.push(['Not completed because', a.notCompletedReason]);
        return (
          <div className={styles.stack}>
            <PageHeader title={a.description}>
              <StateBadge state={a.state} />
              {isOverdueAction(a, todayIso()) ? <OverdueBadge /> : null}
            </PageHeader>
            <ReadFlags flags={action.flags} />
            {done === null ? null : (
              <MessageBar intent="success">
                <MessageBarBody>{done}</MessageBarBody>
              </MessageBar>
            )}
            {error === null ? null : (
              <ErrorState
                title={
                  isConflict(error)
                    ? 'This action changed since you opened it'
                    : 'That did not work'
                }
                error={error}
              />
            )}
            <Link href={`#/audits/${encodeURIComponent(a.auditId)}`}>Open the audit</Link>
            <dl className={styles.facts}>
              {facts.map(([name, value]) => (
                <div key={name} className={styles.factGroup}>
                  <dt className={styles.factName}>{name}</dt>
                  <dd className={mergeClasses(styles.factValue, styles.prewrap)}>{value}</dd>
                </div>
              ))}
            </dl>
            <ActionTransitions action={action} write={write} pending={pending} />
            <section className={styles.section} aria-labelledby="action-history">
              <h2 id="action-history" className={styles.sectionTitle}>
                Progress and supervision
              </h2>
              {a.progress.length === 0 && a.supervisionReviews.length === 0 ? (
                <p className={styles.muted}>No progress recorded yet.</p>
              ) : (
                <ul>
                  {a.progress.map((p) => (
                    <li key={`p-${p.at}`} className={styles.prewrap}>
                      {formatDate(p.at)}, {nameOf(names, p.byId)}: {p.note}
                    </li>
                  ))}
                  {a.supervisionReviews.map((r) => (
                    <li key={`s-${r.date}-${r.byId}`} className={styles.prewrap}>
                      Reviewed in supervision {formatDate(r.date)} by {nameOf(names, r.byId)}
                      {r.note === '' ? '' : `: ${r.note}`}
                    </li>
                  ))}
                </ul>
              )}
            </section>
          </div>
        );
      }}
    </ResourceView>
  );
}
