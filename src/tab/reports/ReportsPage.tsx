import { Field, ProgressBar, Select } from '@fluentui/react-components';
import type { PageProps } from '../app/page-props';
import { useRouter } from '../app/router/router-context';
import { AREA_LABELS, GRADES } from '../../domain/records/grade';
import { useCommonStyles } from '../common/common.styles';
import { EmptyState } from '../common/EmptyState';
import { ErrorState } from '../common/ErrorState';
import { percent } from '../common/format';
import { PageHeader } from '../common/PageHeader';
import { ResourceView } from '../common/ResourceView';
import { useFindings } from './use-findings';

/** The six-weekly findings report's figures for a cycle. */
export default function ReportsPage({ params }: PageProps) {
  const styles = useCommonStyles();
  const { navigate } = useRouter();
  const cycleId = params['cycleId'];
  const { cycles, findings } = useFindings(cycleId);
  return (
    <>
      <PageHeader
        title="Findings reports"
        subtitle="Themes and learning from each cycle's audits"
      />
      <ResourceView resource={cycles}>
        {(data) => (
          <Field label="Cycle">
            <Select
              value={cycleId ?? ''}
              onChange={(_, v) => {
                navigate(v.value === '' ? '#/reports' : `#/reports/${encodeURIComponent(v.value)}`);
              }}
            >
              <option value="">Choose a cycle…</option>
              {data.items.map((c) => (
                <option key={c.record.id} value={c.record.id}>
                  {c.record.name}
                </option>
              ))}
            </Select>
          </Field>
        )}
      </ResourceView>
      {findings.status === 'loading' ? (
        <ProgressBar aria-label="Preparing the findings report" />
      ) : null}
      {findings.status === 'error' ? (
        <ErrorState error={findings.error} onRetry={findings.reload} />
      ) : null}
      {findings.status === 'ready' && findings.data === null ? (
        <EmptyState title="Choose a cycle to see its findings." />
      ) : null}
      {findings.status === 'ready' && findings.data !== null ? (
        <article
          className={styles.stack}
          aria-label={`Findings for ${findings.data.cycle.record.name}`}
        >
          <h2 className={styles.sectionTitle}>{findings.data.cycle.record.name}</h2>
          <p>
            {findings.data.findings.submitted} of {findings.data.findings.allocated} audits
            submitted; {percent(findings.data.findings.grades.moderated.shareGoodOrBetter)} good or
            better; moderation agreement {percent(findings.data.findings.moderation.rate)}.
          </p>
          <p>
            Strongest:{' '}
            {findings.data.findings.strongest.map((a) => AREA_LABELS[a]).join(', ') || '—'}.
            Weakest: {findings.data.findings.weakest.map((a) => AREA_LABELS[a]).join(', ') || '—'}.
          </p>
          <table>
            <caption>Areas, strongest first</caption>
            <thead>
              <tr>
                <th scope="col">Area</th>
                {GRADES.map((g) => (
                  <th key={g} scope="col">
                    {g}
                  </th>
                ))}
                <th scope="col">Good or better</th>
              </tr>
            </thead>
            <tbody>
              {findings.data.findings.areas.map((a) => (
                <tr key={a.area}>
                  <th scope="row">{a.label}</th>
                  {GRADES.map((g) => (
                    <td key={g}>{a.counts[g]}</td>
                  ))}
                  <td>{percent(a.shareGoodOrBetter)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </article>
      ) : null}
    </>
  );
}
