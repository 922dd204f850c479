import type { FeedbackDto } from '../../contract/registers';
import type { Column } from '../common/data-table/data-table.types';
import { formatDate, nameOf } from '../common/format';
import { SENTIMENT_LABELS, SOURCE_LABELS } from './feedback.types';

export const FEEDBACK_COLUMNS: readonly Column<FeedbackDto>[] = [
  {
    id: 'received',
    header: 'Received',
    sortValue: (f) => f.record.receivedOn,
    text: (f) => formatDate(f.record.receivedOn),
    cell: (f) => formatDate(f.record.receivedOn),
  },
  {
    id: 'source',
    header: 'Source',
    sortValue: (f) => SOURCE_LABELS[f.record.source],
    cell: (f) => SOURCE_LABELS[f.record.source],
  },
  {
    id: 'sentiment',
    header: 'Sentiment',
    sortValue: (f) => SENTIMENT_LABELS[f.record.sentiment],
    cell: (f) => SENTIMENT_LABELS[f.record.sentiment],
  },
  {
    id: 'service',
    header: 'Service area',
    sortValue: (f) => nameOf(f.names, f.record.serviceAreaId),
    cell: (f) => nameOf(f.names, f.record.serviceAreaId),
  },
  {
    id: 'team',
    header: 'Team',
    sortValue: (f) => nameOf(f.names, f.record.teamId),
    cell: (f) => nameOf(f.names, f.record.teamId),
  },
  {
    id: 'case',
    header: 'Case',
    sortValue: (f) => f.record.caseNumber ?? '',
    cell: (f) => f.record.caseNumber ?? '—',
  },
  {
    id: 'summary',
    header: 'Summary',
    text: (f) => f.record.summary,
    cell: (f) => f.record.summary,
  },
];
