import type { RecordKind } from '../../domain/ports';
import { actionsMapping } from './actions.mapping';
import { auditLogMapping } from './audit-log.mapping';
import { auditsMapping } from './audits.mapping';
import { casesMapping } from './cases.mapping';
import { conversationReferencesMapping } from './conversation-references.mapping';
import { cyclesMapping } from './cycles.mapping';
import { drawPartsMapping } from './draw-parts.mapping';
import { feedbackMapping } from './feedback.mapping';
import { leasesMapping } from './leases.mapping';
import { learningThemesMapping } from './learning-themes.mapping';
import type { ListMapping } from './mapping';
import { moderationsMapping } from './moderations.mapping';
import { observationsMapping } from './observations.mapping';
import { outboxMapping } from './outbox.mapping';
import { reauditsMapping } from './reaudits.mapping';
import { registerImportsMapping } from './register-imports.mapping';
import { registerMappingsMapping } from './register-mappings.mapping';
import { remindersMapping } from './reminders.mapping';
import { briefingDiscussionsMapping } from './briefing-discussions.mapping';
import { learningReportsMapping } from './learning-reports.mapping';
import { reviewsMapping } from './reviews.mapping';
import { scheduleMapping } from './schedule.mapping';
import { serviceAreasMapping } from './service-areas.mapping';
import { staffMapping } from './staff.mapping';
import { teamsMapping } from './teams.mapping';
import { themeDecisionsMapping } from './theme-decisions.mapping';

/** Every record kind's mapping, by kind. */
export const MAPPINGS: { readonly [K in RecordKind]: ListMapping<K> } = {
  serviceAreas: serviceAreasMapping,
  teams: teamsMapping,
  staff: staffMapping,
  cases: casesMapping,
  cycles: cyclesMapping,
  audits: auditsMapping,
  moderations: moderationsMapping,
  actions: actionsMapping,
  feedback: feedbackMapping,
  observations: observationsMapping,
  schedule: scheduleMapping,
  reviews: reviewsMapping,
  learningReports: learningReportsMapping,
  briefingDiscussions: briefingDiscussionsMapping,
  learningThemes: learningThemesMapping,
  themeDecisions: themeDecisionsMapping,
  auditLog: auditLogMapping,
  outbox: outboxMapping,
  conversationReferences: conversationReferencesMapping,
  reminders: remindersMapping,
  leases: leasesMapping,
  registerImports: registerImportsMapping,
  registerMappings: registerMappingsMapping,
  drawParts: drawPartsMapping,
  reaudits: reauditsMapping,
};
