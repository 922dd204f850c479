import { useSession } from '../app/session-context';
import { useResource } from '../api/use-resource';
import { EmptyState } from '../common/EmptyState';
import { formatDate } from '../common/format';
import { PageHeader } from '../common/PageHeader';
import { ResourceView } from '../common/ResourceView';
import { RouteLink } from '../common/links';
import { useCommonStyles } from '../common/common.styles';

/** Every seven-minute briefing made, newest first, each opening its page. */
export default function BriefingsPage() {
  const { api } = useSession();
  const common = useCommonStyles();
  const documents = useResource(() => api.reportDocuments(), 'report-documents:all');
  const cycles = useResource(() => api.cycles(), 'cycles');
  const nameOf = (id: string) =>
    (cycles.status === 'ready' ? cycles.data.items : []).find((c) => c.record.id === id)?.record
      .name ?? id;
  return (
    <>
      <PageHeader
        title="Seven-minute briefings"
        subtitle="The learning from each cycle's audits, for your team to discuss"
      />
      <ResourceView resource={documents} loadingLabel="Loading the briefings…">
        {(data) => {
          const briefings = data.items.filter((i) => i.report.kind === 'SevenMinuteBriefing');
          return briefings.length === 0 ? (
            <EmptyState title="No briefing has been made yet." />
          ) : (
            <ul className={common.stack} aria-label="Briefings">
              {briefings.map((b) => (
                <li key={b.report.id}>
                  <RouteLink to={`/reports/${b.report.period}/briefing`}>
                    {`${nameOf(b.report.period)}: made ${formatDate(b.report.madeAt)}`}
                  </RouteLink>
                </li>
              ))}
            </ul>
          );
        }}
      </ResourceView>
    </>
  );
}
