import { AUDITOR_RESPONSES, GRADES, MODERATION_STATES } from '../../domain/records';
import type { ListMapping } from './mapping';
import { dateTimeValue, dateValue, textValue, titleValue } from './field-values';
import { auditQualityFields, readAuditQuality } from './audit-quality-columns';

export const moderationsMapping: ListMapping<'moderations'> = {
  kind: 'moderations',
  key: (m) => m.id,
  columns: {
    id: 'RecordId',
    auditId: 'AuditId',
    cycleId: 'CycleId',
    moderatorId: 'ModeratorId',
    auditorId: 'AuditorId',
    state: 'State',
  },
  toFields: (m) => ({
    RecordId: m.id,
    Title: titleValue(`Moderation of ${m.auditId}`),
    AuditId: m.auditId,
    CycleId: m.cycleId,
    ModeratorId: m.moderatorId,
    AuditorId: m.auditorId,
    State: m.state,
    AuditorGrade: m.auditorGrade,
    ModeratedGrade: m.moderatedGrade,
    Reasons: textValue(m.reasons),
    LearningNotes: textValue(m.learningNotes),
    ModeratedAt: dateTimeValue(m.moderatedAt),
    ResolvedAt: dateTimeValue(m.resolvedAt),
    AuditorResponse: m.auditorResponse,
    DiscussionDate: dateValue(m.discussionDate),
    RespondedAt: dateTimeValue(m.respondedAt),
    ...auditQualityFields(m.auditQuality),
  }),
  fromFields: (read) => ({
    id: read.text('RecordId', 'id'),
    auditId: read.text('AuditId', 'auditId'),
    cycleId: read.text('CycleId', 'cycleId'),
    moderatorId: read.text('ModeratorId', 'moderatorId'),
    auditorId: read.text('AuditorId', 'auditorId'),
    state: read.choice('State', 'state', MODERATION_STATES, 'Pending'),
    // No safe grade exists: the most serious keeps a misread from hiding a concern.
    auditorGrade: read.choice('AuditorGrade', 'auditorGrade', GRADES, 'Inadequate'),
    moderatedGrade: read.choiceOrNull('ModeratedGrade', 'moderatedGrade', GRADES),
    reasons: read.text('Reasons', 'reasons'),
    learningNotes: read.text('LearningNotes', 'learningNotes'),
    moderatedAt: read.dateTime('ModeratedAt', 'moderatedAt'),
    resolvedAt: read.dateTime('ResolvedAt', 'resolvedAt'),
    auditorResponse: read.choice('AuditorResponse', 'auditorResponse', AUDITOR_RESPONSES, 'None'),
    discussionDate: read.date('DiscussionDate', 'discussionDate'),
    respondedAt: read.dateTime('RespondedAt', 'respondedAt'),
    auditQuality: readAuditQuality(read),
  }),
  lookups: [{ column: 'Audit', target: 'audits', key: (m) => m.auditId }],
};
