import type { Actor } from '../records/actor';
import type { LearningReport, ReportKind } from '../records/learning-report';
import { isServiceWide } from '../records/staff';

/** The QA lead makes every report of section 6 (the scheduler the trackers, as the QA lead). */
export const mayMakeReport = (actor: Actor, _kind: ReportKind): boolean => actor.role === 'QALead';

/**
 * Who may read a report made: the seven-minute briefing is for every team to discuss; the
 * findings and annual reports for the QA team, heads of service and senior leaders; the
 * evidence pack for the service-wide roles; a service's trackers for its head of service and the
 * service-wide roles.
 */
export const mayReadReport = (
  actor: Actor,
  report: Pick<LearningReport, 'kind' | 'serviceAreaId'>,
): boolean => {
  switch (report.kind) {
    case 'SevenMinuteBriefing':
      return true;
    case 'FindingsReport':
    case 'AnnualReport':
      return isServiceWide(actor.role) || actor.role === 'HeadOfService';
    case 'EvidencePack':
      return isServiceWide(actor.role);
    case 'Trackers':
      return (
        isServiceWide(actor.role) ||
        (actor.role === 'HeadOfService' &&
          report.serviceAreaId !== null &&
          actor.serviceAreaId === report.serviceAreaId)
      );
  }
};

/** A team's manager records that the team discussed a briefing (the QA lead may, for any team). */
export const mayRecordDiscussion = (actor: Actor, teamId: string): boolean =>
  actor.role === 'QALead' || (actor.role === 'TeamManager' && actor.teamId === teamId);
