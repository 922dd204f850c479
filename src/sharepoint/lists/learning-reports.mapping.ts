import { REPORT_KINDS } from '../../domain/records';
import type { ListMapping } from './mapping';
import { dateTimeValue, textValue, titleValue } from './field-values';

/** The reports made: one item per report, scope and period, naming its file in the library. */
export const learningReportsMapping: ListMapping<'learningReports'> = {
  kind: 'learningReports',
  key: (r) => r.id,
  columns: {
    id: 'RecordId',
    kind: 'ReportKind',
    period: 'Period',
    serviceAreaId: 'ServiceAreaId',
    madeById: 'MadeById',
  },
  toFields: (r) => ({
    RecordId: r.id,
    Title: titleValue(`${r.documentName} (${r.period})`),
    ReportKind: r.kind,
    Period: r.period,
    ServiceAreaId: r.serviceAreaId,
    Narrative: textValue(r.narrative),
    DocumentItemId: r.documentItemId,
    DocumentName: r.documentName,
    DocumentVersion: r.documentVersion,
    MadeById: r.madeById,
    MadeAt: dateTimeValue(r.madeAt),
  }),
  fromFields: (read) => ({
    id: read.text('RecordId', 'id'),
    kind: read.choice('ReportKind', 'kind', REPORT_KINDS, 'FindingsReport'),
    period: read.text('Period', 'period'),
    serviceAreaId: read.textOrNull('ServiceAreaId', 'serviceAreaId'),
    narrative: read.text('Narrative', 'narrative'),
    documentItemId: read.text('DocumentItemId', 'documentItemId'),
    documentName: read.text('DocumentName', 'documentName'),
    documentVersion: read.text('DocumentVersion', 'documentVersion'),
    madeById: read.text('MadeById', 'madeById'),
    madeAt: read.dateTime('MadeAt', 'madeAt') ?? '',
  }),
};
