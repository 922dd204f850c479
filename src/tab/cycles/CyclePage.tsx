import { Link, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useState } from 'react';
import { isServiceWide } from '../../domain/records/staff';
import type { PageProps } from '../app/page-props';
import { useSession } from '../app/session-context';
import { useResource } from '../api/use-resource';
import { StateBadge } from '../common/badges';
import { useCommonStyles } from '../common/common.styles';
import { formatDate } from '../common/format';
import { PageHeader } from '../common/PageHeader';
import { ResourceView } from '../common/ResourceView';
import { AllocationPanel } from './AllocationPanel';
import { CloseCyclePanel } from './CloseCyclePanel';
import { DrawReplayPanel } from './DrawReplayPanel';
import { EditCyclePanel } from './EditCyclePanel';
import { distributionSentence } from './use-close-cycle';
import { KIND_LABELS } from './cycles.types';
import { TrackerTable } from './TrackerTable';

/** One cycle: allocation while planned, then the allocation tracker. */
export default function CyclePage({ params }: PageProps) {
  const id = params['id'] ?? '';
  const styles = useCommonStyles();
  const { api, me } = useSession();
  // The cycle itself (the tracker's first row is enough); the tracker pages its own rows.
  const tracker = useResource(() => api.tracker(id, { pageSize: 1 }), `tracker:${id}`);
  const [created, setCreated] = useState<number | null>(null);
  const [closed, setClosed] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  return (
    <ResourceView resource={tracker} loadingLabel="Loading the cycle…">
      {(data) => {
        const cycle = data.cycle.record;
        return (
          <div className={styles.stack}>
            <PageHeader
              title={cycle.name}
              subtitle={`${KIND_LABELS[cycle.kind]} · ${formatDate(cycle.startDate)} to ${formatDate(cycle.endDate)}`}
            >
              <StateBadge state={cycle.state} />
              <Link href={`#/reports/${encodeURIComponent(cycle.id)}`}>Findings report</Link>
            </PageHeader>
            {created === null ? null : (
              <MessageBar intent="success">
                <MessageBarBody>
                  Allocation committed: {created} audits created and allocation notices queued.
                </MessageBarBody>
              </MessageBar>
            )}
            {saved === null ? null : (
              <MessageBar intent="success">
                <MessageBarBody>{saved}</MessageBarBody>
              </MessageBar>
            )}
            {cycle.state === 'Planned' && me.role === 'QALead' ? (
              <EditCyclePanel
                key={data.cycle.version}
                cycle={cycle}
                version={data.cycle.version}
                onSaved={({ cycle: next }) => {
                  setSaved(
                    `Saved: the cycle runs from ${formatDate(next.record.startDate)} to ${formatDate(next.record.endDate)}.`,
                  );
                  tracker.reload();
                }}
              />
            ) : null}
            {cycle.state === 'Planned' ? (
              <AllocationPanel
                cycleId={cycle.id}
                version={data.cycle.version}
                onCommitted={(result) => {
                  setCreated(result.created);
                  tracker.reload();
                }}
              />
            ) : null}
            {closed === null ? null : (
              <MessageBar intent="success">
                <MessageBarBody>{closed}</MessageBarBody>
              </MessageBar>
            )}
            {cycle.state === 'Allocated' && me.role === 'QALead' ? (
              <CloseCyclePanel
                cycleId={cycle.id}
                version={data.cycle.version}
                openInCycle={data.openInCycle}
                onClosed={(result) => {
                  setClosed(distributionSentence(result));
                  tracker.reload();
                }}
              />
            ) : null}
            {cycle.closure === null || cycle.closure.reason === '' ? null : (
              <p>Closed with audits open: {cycle.closure.reason}</p>
            )}
            {cycle.state !== 'Planned' && cycle.seed !== null && isServiceWide(me.role) ? (
              <DrawReplayPanel cycleId={cycle.id} />
            ) : null}
            <section className={styles.section} aria-labelledby="tracker">
              <h2 id="tracker" className={styles.sectionTitle}>
                Allocation tracker
              </h2>
              <TrackerTable cycleId={cycle.id} loadKey={`tracker:${cycle.id}:${cycle.state}`} />
            </section>
          </div>
        );
      }}
    </ResourceView>
  );
}
