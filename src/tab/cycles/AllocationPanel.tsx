import {
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  ProgressBar,
} from '@fluentui/react-components';
import type { AllocationCommitResponse } from '../../contract/cycles';
import type { Allocation } from '../../domain/records/audit';
import type { Exclusion } from '../../domain/allocation/allocation-draw';
import { COHORT_LABELS } from '../../domain/records/case';
import { useCommonStyles } from '../common/common.styles';
import { DataTable } from '../common/data-table/DataTable';
import { EmptyState } from '../common/EmptyState';
import { ErrorState } from '../common/ErrorState';
import { nameOf } from '../common/format';
import { EXCLUSION_LABELS } from './cycles.types';
import { DrawExplanationView } from './DrawExplanationView';
import { useAllocation } from './use-allocation';

const err = (m: string | undefined) =>
  m === undefined ? {} : { validationMessage: m, validationState: 'error' as const };

export interface AllocationPanelProps {
  readonly cycleId: string;
  readonly version: string;
  readonly onCommitted: (result: AllocationCommitResponse) => void;
}

/** Rules, a preview of the draw (with every excluded case and why), then commit. */
export function AllocationPanel({ cycleId, version, onCommitted }: AllocationPanelProps) {
  const styles = useCommonStyles();
  const a = useAllocation(cycleId, version, onCommitted);
  const names = a.preview?.names ?? {};
  const why = new Map(a.preview?.explanation.cases.map((c) => [c.caseNumber, c.detail]));
  return (
    <section className={styles.section} aria-labelledby="allocation">
      <h2 id="allocation" className={styles.sectionTitle}>
        Allocation
      </h2>
      <form
        className={styles.row}
        onSubmit={(e) => {
          e.preventDefault();
          void a.previewCommand.run();
        }}
      >
        <Field label="Cases per auditor" {...err(a.issues['casesPerAuditor'])}>
          <Input
            type="number"
            value={a.form.casesPerAuditor}
            onChange={(_, d) => {
              a.update({ casesPerAuditor: d.value });
            }}
          />
        </Field>
        <Field
          label="Leave out cases audited in the last N cycles"
          {...err(a.issues['excludeRecentCycles'])}
        >
          <Input
            type="number"
            value={a.form.excludeRecentCycles}
            onChange={(_, d) => {
              a.update({ excludeRecentCycles: d.value });
            }}
          />
        </Field>
        <Field label="Share moderated (%)" {...err(a.issues['moderationShare'])}>
          <Input
            type="number"
            value={a.form.moderationShare}
            onChange={(_, d) => {
              a.update({ moderationShare: d.value });
            }}
          />
        </Field>
        <Field
          label="Moderate all of an auditor's audits when their agreement is below (%)"
          {...err(a.issues['lowAgreement'])}
        >
          <Input
            type="number"
            value={a.form.lowAgreement}
            onChange={(_, d) => {
              a.update({ lowAgreement: d.value });
            }}
          />
        </Field>
        <Checkbox
          label="Stratify by cohort"
          checked={a.form.stratifyByCohort}
          onChange={(_, d) => {
            a.update({ stratifyByCohort: d.checked === true });
          }}
        />
        <Button type="submit" disabled={a.previewCommand.pending}>
          Preview allocation
        </Button>
      </form>
      {a.previewCommand.pending ? <ProgressBar aria-label="Drawing the sample" /> : null}
      {a.previewCommand.error === null ? null : (
        <ErrorState error={a.previewCommand.error} onRetry={() => void a.previewCommand.run()} />
      )}
      {a.preview === null ? null : (
        <>
          <MessageBar intent="info">
            <MessageBarBody>
              Preview (seed {a.preview.draw.seed}): {a.preview.draw.allocations.length} cases
              allocated, {a.preview.draw.excluded.length} left out,{' '}
              {Math.round(a.preview.draw.moderatorShare.share * 100)}% to be moderated. Nothing is
              saved until you commit.
            </MessageBarBody>
          </MessageBar>
          <DrawExplanationView explanation={a.preview.explanation} />
          <DataTable<Allocation>
            label="Allocations"
            items={a.preview.draw.allocations}
            getRowId={(x) => x.caseNumber}
            empty={<EmptyState title="No case was drawn." />}
            columns={[
              {
                id: 'case',
                header: 'Case',
                sortValue: (x) => x.caseNumber,
                cell: (x) => x.caseNumber,
              },
              {
                id: 'cohort',
                header: 'Cohort',
                sortValue: (x) => COHORT_LABELS[x.cohort],
                cell: (x) => COHORT_LABELS[x.cohort],
              },
              {
                id: 'auditor',
                header: 'Auditor',
                sortValue: (x) => nameOf(names, x.auditorId),
                cell: (x) => nameOf(names, x.auditorId),
              },
              {
                id: 'worker',
                header: 'Worker',
                sortValue: (x) => nameOf(names, x.workerId),
                cell: (x) => nameOf(names, x.workerId),
              },
              {
                id: 'moderator',
                header: 'Moderator',
                sortValue: (x) => nameOf(names, x.moderatorId),
                cell: (x) => nameOf(names, x.moderatorId),
              },
              {
                id: 'why',
                header: 'Why moderated or not',
                sortValue: (x) => why.get(x.caseNumber) ?? '',
                cell: (x) => why.get(x.caseNumber) ?? '',
              },
            ]}
          />
          <DataTable<Exclusion>
            label="Excluded cases"
            items={a.preview.draw.excluded}
            getRowId={(x) => x.caseNumber}
            empty={<EmptyState title="No case was left out." />}
            columns={[
              {
                id: 'case',
                header: 'Case',
                sortValue: (x) => x.caseNumber,
                cell: (x) => x.caseNumber,
              },
              {
                id: 'reason',
                header: 'Reason',
                sortValue: (x) => EXCLUSION_LABELS[x.reason],
                cell: (x) => EXCLUSION_LABELS[x.reason],
              },
              { id: 'detail', header: 'Detail', sortValue: (x) => x.detail, cell: (x) => x.detail },
            ]}
          />
          <div className={styles.row}>
            <Button
              appearance="primary"
              disabled={a.commitCommand.pending}
              onClick={() => void a.commitCommand.run()}
            >
              Commit allocation
            </Button>
          </div>
        </>
      )}
      {a.commitCommand.pending ? <ProgressBar aria-label="Creating the audits" /> : null}
      {a.commitCommand.error === null ? null : (
        <ErrorState title="Not committed" error={a.commitCommand.error} />
      )}
    </section>
  );
}
