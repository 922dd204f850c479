import { z } from 'zod';
import { ACTION_STATES, ESCALATION_LEVELS, type Action } from '../../domain/records';
import type { ListMapping } from './mapping';
import { dateTimeValue, dateValue, jsonValue, textValue, titleValue } from './field-values';

const progressNotes = z.array(z.object({ at: z.string(), byId: z.string(), note: z.string() }));
const supervisionReviews = z.array(
  z.object({ date: z.string(), byId: z.string(), note: z.string() }),
);

/** Flattened for the QA lead's views: the latest supervision in which the action was reviewed. */
export const lastReviewed = (action: Action): string | null =>
  action.supervisionReviews.reduce<string | null>(
    (latest, review) => (latest === null || review.date > latest ? review.date : latest),
    null,
  );

export const actionsMapping: ListMapping<'actions'> = {
  kind: 'actions',
  key: (action) => action.id,
  columns: {
    id: 'RecordId',
    auditId: 'AuditId',
    cycleId: 'CycleId',
    caseNumber: 'CaseNumber',
    teamId: 'TeamId',
    serviceAreaId: 'ServiceAreaId',
    ownerId: 'OwnerId',
    dueDate: 'DueDate',
    state: 'State',
    escalation: 'Escalation',
    createdAt: 'CreatedAt',
  },
  toFields: (a) => ({
    RecordId: a.id,
    Title: titleValue(`${a.caseNumber}: ${a.description.slice(0, 80)}`),
    AuditId: a.auditId,
    CycleId: a.cycleId,
    CaseNumber: a.caseNumber,
    TeamId: a.teamId,
    ServiceAreaId: a.serviceAreaId,
    Description: a.description,
    OwnerId: a.ownerId,
    Immediate: a.immediate,
    DueDate: dateValue(a.dueDate),
    State: a.state,
    ProgressNotes: jsonValue(a.progress),
    SupervisionReviews: jsonValue(a.supervisionReviews),
    LastReviewedInSupervision: dateValue(lastReviewed(a)),
    Evidence: textValue(a.evidence),
    CompletedById: a.completedById,
    CompletedAt: dateTimeValue(a.completedAt),
    VerifiedById: a.verifiedById,
    VerifiedAt: dateTimeValue(a.verifiedAt),
    ClosureRequestedAt: dateTimeValue(a.closureRequestedAt),
    ClosedById: a.closedById,
    ClosedAt: dateTimeValue(a.closedAt),
    ReturnReason: textValue(a.returnReason),
    ReturnedById: a.returnedById,
    ReturnedAt: dateTimeValue(a.returnedAt),
    NotCompletedReason: textValue(a.notCompletedReason),
    Escalation: a.escalation,
    CreatedAt: dateTimeValue(a.createdAt),
  }),
  fromFields: (read) => ({
    id: read.text('RecordId', 'id'),
    auditId: read.text('AuditId', 'auditId'),
    cycleId: read.text('CycleId', 'cycleId'),
    caseNumber: read.text('CaseNumber', 'caseNumber'),
    teamId: read.text('TeamId', 'teamId'),
    serviceAreaId: read.text('ServiceAreaId', 'serviceAreaId'),
    description: read.text('Description', 'description'),
    ownerId: read.text('OwnerId', 'ownerId'),
    immediate: read.boolean('Immediate', 'immediate', false),
    dueDate: read.date('DueDate', 'dueDate') ?? '',
    state: read.choice('State', 'state', ACTION_STATES, 'Open'),
    progress: read.json('ProgressNotes', 'progress', progressNotes, []),
    supervisionReviews: read.json(
      'SupervisionReviews',
      'supervisionReviews',
      supervisionReviews,
      [],
    ),
    evidence: read.text('Evidence', 'evidence'),
    completedById: read.textOrNull('CompletedById', 'completedById'),
    completedAt: read.dateTime('CompletedAt', 'completedAt'),
    verifiedById: read.textOrNull('VerifiedById', 'verifiedById'),
    verifiedAt: read.dateTime('VerifiedAt', 'verifiedAt'),
    closureRequestedAt: read.dateTime('ClosureRequestedAt', 'closureRequestedAt'),
    closedById: read.textOrNull('ClosedById', 'closedById'),
    closedAt: read.dateTime('ClosedAt', 'closedAt'),
    returnReason: read.text('ReturnReason', 'returnReason'),
    returnedById: read.textOrNull('ReturnedById', 'returnedById'),
    returnedAt: read.dateTime('ReturnedAt', 'returnedAt'),
    notCompletedReason: read.text('NotCompletedReason', 'notCompletedReason'),
    escalation: read.choice('Escalation', 'escalation', ESCALATION_LEVELS, 'None'),
    createdAt: read.dateTime('CreatedAt', 'createdAt') ?? '',
  }),
  lookups: [{ column: 'Audit', target: 'audits', key: (a) => a.auditId }],
};
