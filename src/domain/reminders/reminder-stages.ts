import type { DomainEvent } from '../events/domain-event';
import type { ReminderStage } from '../ports/infrastructure-records';
import { REMINDER_STAGES } from '../ports/infrastructure-records';
import type { Action } from '../records/action';
import { isOpenAction } from '../records/action';
import { SYSTEM_ACTOR_ID } from '../records/actor';
import { daysBetween } from '../calendar/calendar';
import type { ReminderPolicy } from './policy';
import { DEFAULT_REMINDER_POLICY } from './policy';

/** The stages an action goes through ('Missed' is the QA schedule's). */
export type ActionReminderStage = Exclude<ReminderStage, 'Missed'>;

/** Where an open action's reminders stand on a day: the stage its due date has reached. */
export const reminderStageOn = (
  action: Action,
  today: string,
  policy: ReminderPolicy = DEFAULT_REMINDER_POLICY,
): ActionReminderStage => {
  const daysLeft = daysBetween(today, action.dueDate);
  // A due date that is not a real date (a hand edit in SharePoint) is flagged, not reminded.
  if (!isOpenAction(action) || daysLeft === null) return 'None';
  if (daysLeft > policy.dueSoonDays) return 'None';
  if (daysLeft > 0) return 'DueSoon';
  if (daysLeft === 0) return 'Due';
  return -daysLeft > policy.headOfServiceAfterDays ? 'OverdueHeadOfService' : 'OverdueTeamManager';
};

const rank = (stage: ReminderStage): number => REMINDER_STAGES.indexOf(stage);

/** What has already been raised for this action: the stage, for the due date it applied to. */
export interface RemindedSoFar {
  readonly dueDate: string;
  readonly stage: ReminderStage;
}

/**
 * The reminders newly due for an action: each stage is raised once for a due date (a new due
 * date starts over). A stage passed while no scan ran is not raised late — a due-soon reminder
 * after the due date would mislead — except that escalating straight to the head of service
 * also tells the team manager, as the ladder always does.
 */
export const newReminders = (
  action: Action,
  soFar: RemindedSoFar | undefined,
  today: string,
  policy: ReminderPolicy = DEFAULT_REMINDER_POLICY,
): { readonly stage: ReminderStage; readonly events: DomainEvent[] } => {
  const stage = reminderStageOn(action, today, policy);
  const before = soFar?.dueDate === action.dueDate ? soFar.stage : 'None';
  if (rank(stage) <= rank(before)) return { stage: before, events: [] };
  const base = {
    at: today,
    actorId: SYSTEM_ACTOR_ID,
    actionId: action.id,
    auditId: action.auditId,
    caseNumber: action.caseNumber,
    dueDate: action.dueDate,
  };
  const toTeamManager = {
    ...base,
    kind: 'ActionOverdue' as const,
    escalatedTo: 'TeamManager' as const,
  };
  switch (stage) {
    case 'None':
      return { stage, events: [] };
    case 'DueSoon':
      return { stage, events: [{ ...base, kind: 'ActionDueSoon' }] };
    case 'Due':
      return { stage, events: [{ ...base, kind: 'ActionDue' }] };
    case 'OverdueTeamManager':
      return { stage, events: [toTeamManager] };
    case 'OverdueHeadOfService':
      return {
        stage,
        events: [
          ...(rank(before) < rank('OverdueTeamManager') ? [toTeamManager] : []),
          { ...toTeamManager, escalatedTo: 'HeadOfService' },
        ],
      };
  }
};
