import { FEEDBACK_SOURCES, SENTIMENTS } from '../../domain/records';
import type { ListMapping } from './mapping';
import { dateValue, textValue, titleValue } from './field-values';

export const feedbackMapping: ListMapping<'feedback'> = {
  kind: 'feedback',
  key: (f) => f.id,
  columns: {
    id: 'RecordId',
    source: 'Source',
    receivedOn: 'ReceivedOn',
    serviceAreaId: 'ServiceAreaId',
    teamId: 'TeamId',
    caseNumber: 'CaseNumber',
    auditId: 'AuditId',
    sentiment: 'Sentiment',
  },
  toFields: (f) => ({
    RecordId: f.id,
    Title: titleValue(`${f.source} feedback, ${f.receivedOn}`),
    Source: f.source,
    ReceivedOn: dateValue(f.receivedOn),
    ServiceAreaId: f.serviceAreaId,
    TeamId: f.teamId,
    CaseNumber: f.caseNumber,
    AuditId: f.auditId,
    Sentiment: f.sentiment,
    Summary: textValue(f.summary),
    RecordedById: f.recordedById,
  }),
  fromFields: (read) => ({
    id: read.text('RecordId', 'id'),
    source: read.choice('Source', 'source', FEEDBACK_SOURCES, 'Participation'),
    receivedOn: read.date('ReceivedOn', 'receivedOn') ?? '',
    serviceAreaId: read.text('ServiceAreaId', 'serviceAreaId'),
    teamId: read.textOrNull('TeamId', 'teamId'),
    caseNumber: read.textOrNull('CaseNumber', 'caseNumber'),
    auditId: read.textOrNull('AuditId', 'auditId'),
    sentiment: read.choice('Sentiment', 'sentiment', SENTIMENTS, 'Mixed'),
    summary: read.text('Summary', 'summary'),
    recordedById: read.text('RecordedById', 'recordedById'),
  }),
};
