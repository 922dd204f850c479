import { Button, MessageBar, MessageBarBody, ProgressBar } from '@fluentui/react-components';
import type { DrawDifference } from '../../domain/allocation/replay-draw';
import { useCommonStyles } from '../common/common.styles';
import { DataTable } from '../common/data-table/DataTable';
import { EmptyState } from '../common/EmptyState';
import { ErrorState } from '../common/ErrorState';
import { differenceText, replaySentence, useDrawReplay } from './use-draw-replay';

/** "Re-run this draw": the kept draw run again on its kept register snapshot, and the match. */
export function DrawReplayPanel({ cycleId }: { readonly cycleId: string }) {
  const styles = useCommonStyles();
  const { replay, result } = useDrawReplay(cycleId);
  return (
    <section className={styles.section} aria-labelledby="draw-replay">
      <h2 id="draw-replay" className={styles.sectionTitle}>
        The draw
      </h2>
      <p>
        The draw is kept as it was made: seed, rules, the register as it stood, every exclusion and
        the result. Running it again gives the same allocation, whatever the register holds now.
      </p>
      <div className={styles.row}>
        <Button disabled={replay.pending} onClick={() => void replay.run()}>
          Re-run this draw
        </Button>
      </div>
      {replay.pending ? <ProgressBar aria-label="Re-running the draw" /> : null}
      {replay.error === null ? null : <ErrorState title="Not re-run" error={replay.error} />}
      {result === null ? null : (
        <>
          <MessageBar intent={result.replay.matches ? 'success' : 'error'}>
            <MessageBarBody>{replaySentence(result)}</MessageBarBody>
          </MessageBar>
          {result.replay.matches ? null : (
            <DataTable<DrawDifference>
              label="Differences"
              items={result.replay.differences}
              getRowId={(d) => `${d.caseNumber}:${d.field}`}
              empty={<EmptyState title="No difference." />}
              columns={[
                {
                  id: 'case',
                  header: 'Case',
                  sortValue: (d) => d.caseNumber,
                  cell: (d) => d.caseNumber,
                },
                {
                  id: 'difference',
                  header: 'Difference',
                  sortValue: (d) => d.field,
                  cell: differenceText,
                },
              ]}
            />
          )}
        </>
      )}
    </section>
  );
}
