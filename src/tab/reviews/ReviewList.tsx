import type { ReviewDto } from '../../contract/reviews';
import { StateBadge } from '../common/badges';
import { CellLink } from '../common/CellLink';
import { DataTable } from '../common/data-table/DataTable';
import { EmptyState } from '../common/EmptyState';
import { formatDate, nameOf } from '../common/format';
import { REVIEW_KIND_LABELS, REVIEW_STATE_LABELS } from './reviews.types';

export interface ReviewListProps {
  readonly label: string;
  readonly items: readonly ReviewDto[];
  readonly empty: string;
}

/** Thematic audits and dip samples: theme, kind, service, owner, state. */
export function ReviewList({ label, items, empty }: ReviewListProps) {
  return (
    <DataTable<ReviewDto>
      label={label}
      items={items}
      getRowId={(r) => r.record.id}
      empty={<EmptyState title={empty} />}
      columns={[
        {
          id: 'theme',
          header: 'Theme',
          sortValue: (r) => r.record.theme,
          cell: (r) => (
            <CellLink href={`#/reviews/${encodeURIComponent(r.record.id)}`}>
              {r.record.theme}
            </CellLink>
          ),
        },
        {
          id: 'kind',
          header: 'Kind',
          sortValue: (r) => r.record.kind,
          cell: (r) => REVIEW_KIND_LABELS[r.record.kind],
        },
        {
          id: 'service',
          header: 'Service',
          sortValue: (r) => nameOf(r.names, r.record.serviceAreaId),
          cell: (r) =>
            r.record.serviceAreaId === null
              ? 'Every service'
              : nameOf(r.names, r.record.serviceAreaId),
        },
        {
          id: 'owner',
          header: 'Led by',
          sortValue: (r) => nameOf(r.names, r.record.ownerId),
          cell: (r) => nameOf(r.names, r.record.ownerId),
        },
        {
          id: 'state',
          header: 'State',
          sortValue: (r) => r.record.state,
          cell: (r) => <StateBadge state={REVIEW_STATE_LABELS[r.record.state]} />,
        },
        {
          id: 'created',
          header: 'Started',
          sortValue: (r) => r.record.createdAt,
          cell: (r) => formatDate(r.record.createdAt),
        },
      ]}
    />
  );
}
