import type { FeedbackDto } from '../../contract/registers';
import { dateColumn, nameColumn, textColumn } from '../common/data-table/columns';
import type { Column } from '../common/data-table/data-table.types';
import { SENTIMENT_LABELS, SOURCE_LABELS } from './feedback.types';

export const FEEDBACK_COLUMNS: readonly Column<FeedbackDto>[] = [
  dateColumn('received', 'Received', (f) => f.record.receivedOn),
  textColumn('source', 'Source', (f) => SOURCE_LABELS[f.record.source]),
  textColumn('sentiment', 'Sentiment', (f) => SENTIMENT_LABELS[f.record.sentiment]),
  nameColumn('service', 'Service area', (f) => f.record.serviceAreaId),
  nameColumn('team', 'Team', (f) => f.record.teamId),
  textColumn('case', 'Case', (f) => f.record.caseNumber ?? '—'),
  textColumn('summary', 'Summary', (f) => f.record.summary),
];
