import { CellLink } from '../common/CellLink';
import { Button, Field, Input, Select } from '@fluentui/react-components';
import type { CycleDto } from '../../contract/cycles';
import { CYCLE_KINDS } from '../../domain/records/cycle';
import { StateBadge } from '../common/badges';
import { useCommonStyles } from '../common/common.styles';
import { DataTable } from '../common/data-table/DataTable';
import { EmptyState } from '../common/EmptyState';
import { ErrorState } from '../common/ErrorState';
import { formatDate } from '../common/format';
import { PageHeader } from '../common/PageHeader';
import { ResourceView } from '../common/ResourceView';
import { KIND_LABELS } from './cycles.types';
import { GenerateYearForm } from './GenerateYearForm';
import { ReauditsSection } from './ReauditsSection';
import { useCycles } from './use-cycles';

const err = (m: string | undefined) =>
  m === undefined ? {} : { validationMessage: m, validationState: 'error' as const };

/** Cycles (case file audit, thematic, dip sample, multi-agency) and a new one. */
export default function CyclesPage() {
  const styles = useCommonStyles();
  const c = useCycles();
  return (
    <>
      <PageHeader title="Cycles and allocation" />
      <ResourceView resource={c.cycles} loadingLabel="Loading cycles…">
        {(data) => (
          <DataTable<CycleDto>
            label="Cycles"
            items={data.items}
            getRowId={(x) => x.record.id}
            empty={<EmptyState title="No cycles yet. Plan the first one below." />}
            columns={[
              {
                id: 'name',
                header: 'Cycle',
                sortValue: (x) => x.record.name,
                cell: (x) => (
                  <CellLink href={`#/cycles/${encodeURIComponent(x.record.id)}`}>
                    {x.record.name}
                  </CellLink>
                ),
              },
              {
                id: 'kind',
                header: 'Kind',
                sortValue: (x) => KIND_LABELS[x.record.kind],
                cell: (x) => KIND_LABELS[x.record.kind],
              },
              {
                id: 'state',
                header: 'State',
                sortValue: (x) => x.record.state,
                cell: (x) => <StateBadge state={x.record.state} />,
              },
              {
                id: 'start',
                header: 'Starts',
                sortValue: (x) => x.record.startDate,
                cell: (x) => formatDate(x.record.startDate),
              },
              {
                id: 'end',
                header: 'Ends',
                sortValue: (x) => x.record.endDate,
                cell: (x) => formatDate(x.record.endDate),
              },
            ]}
          />
        )}
      </ResourceView>
      {c.canReadReaudits ? (
        <ReauditsSection
          cycleName={(id) =>
            (c.cycles.status === 'ready'
              ? c.cycles.data.items.find((x) => x.record.id === id)?.record.name
              : undefined) ?? id
          }
        />
      ) : null}
      {c.canCreate ? (
        <GenerateYearForm
          onGenerated={() => {
            c.cycles.reload();
          }}
        />
      ) : null}
      {c.canCreate ? (
        <section className={styles.section} aria-labelledby="new-cycle">
          <h2 id="new-cycle" className={styles.sectionTitle}>
            Plan a cycle
          </h2>
          <form
            className={styles.row}
            onSubmit={(e) => {
              e.preventDefault();
              void c.create.run();
            }}
          >
            <Field label="Name" required {...err(c.issues['name'])}>
              <Input
                value={c.draft.name}
                onChange={(_, d) => {
                  c.update({ name: d.value });
                }}
              />
            </Field>
            <Field label="Kind">
              <Select
                value={c.draft.kind}
                onChange={(_, d) => {
                  const kind = CYCLE_KINDS.find((k) => k === d.value);
                  if (kind) c.update({ kind });
                }}
              >
                {CYCLE_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {KIND_LABELS[k]}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label="Starts" required {...err(c.issues['startDate'])}>
              <Input
                type="date"
                value={c.draft.startDate}
                onChange={(_, d) => {
                  c.update({ startDate: d.value });
                }}
              />
            </Field>
            <Field label="Ends" required {...err(c.issues['endDate'])}>
              <Input
                type="date"
                value={c.draft.endDate}
                onChange={(_, d) => {
                  c.update({ endDate: d.value });
                }}
              />
            </Field>
            <Field label="Theme or question" {...err(c.issues['theme'])}>
              <Input
                value={c.draft.theme}
                onChange={(_, d) => {
                  c.update({ theme: d.value });
                }}
              />
            </Field>
            <Button type="submit" appearance="primary" disabled={c.create.pending}>
              Plan cycle
            </Button>
          </form>
          {c.create.error === null ? null : (
            <ErrorState title="Not created" error={c.create.error} />
          )}
        </section>
      ) : null}
    </>
  );
}
