import { GRADES } from '../../domain/records/grade';
import { REAUDIT_STATES } from '../../domain/reaudits/reaudit';
import type { ListMapping } from './mapping';
import { dateTimeValue, dateValue, textValue } from './field-values';

/** A re-audit: the case number and the audits' ids only, never anything about the child. */
export const reauditsMapping: ListMapping<'reaudits'> = {
  kind: 'reaudits',
  key: (r) => r.id,
  columns: {
    id: 'RecordId',
    caseNumber: 'CaseNumber',
    earlierAuditId: 'EarlierAuditId',
    serviceAreaId: 'ServiceAreaId',
    targetCycleId: 'TargetCycleId',
    state: 'State',
    auditId: 'AuditId',
  },
  toFields: (r) => ({
    RecordId: r.id,
    Title: `Re-audit of ${r.earlierAuditId}`,
    CaseNumber: r.caseNumber,
    EarlierAuditId: r.earlierAuditId,
    EarlierCycleId: r.earlierCycleId,
    ServiceAreaId: r.serviceAreaId,
    GradeBefore: r.gradeBefore,
    GradedOn: dateValue(r.gradedOn),
    DueFrom: dateValue(r.dueFrom),
    TargetCycleId: r.targetCycleId,
    State: r.state,
    AuditId: r.auditId,
    Reason: textValue(r.reason),
    ScheduledAt: dateTimeValue(r.scheduledAt),
  }),
  fromFields: (read) => ({
    id: read.text('RecordId', 'id'),
    caseNumber: read.text('CaseNumber', 'caseNumber'),
    earlierAuditId: read.text('EarlierAuditId', 'earlierAuditId'),
    earlierCycleId: read.text('EarlierCycleId', 'earlierCycleId'),
    serviceAreaId: read.text('ServiceAreaId', 'serviceAreaId'),
    gradeBefore: read.choice('GradeBefore', 'gradeBefore', GRADES, 'Inadequate'),
    gradedOn: read.date('GradedOn', 'gradedOn') ?? '',
    dueFrom: read.date('DueFrom', 'dueFrom') ?? '',
    targetCycleId: read.textOrNull('TargetCycleId', 'targetCycleId'),
    state: read.choice('State', 'state', REAUDIT_STATES, 'Scheduled'),
    auditId: read.textOrNull('AuditId', 'auditId'),
    reason: read.text('Reason', 'reason'),
    scheduledAt: read.dateTime('ScheduledAt', 'scheduledAt') ?? '',
  }),
};
