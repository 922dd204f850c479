import type { Action, EscalationLevel } from '../records/action';
import { OPEN_ACTION_STATES } from '../records/action';
import type { ReminderPolicy } from './policy';
import { DEFAULT_REMINDER_POLICY } from './policy';
import { reminderStageOn } from './reminder-stages';

/** Only actions still being worked on (open) are reminded. */
export const REMINDED_STATES = OPEN_ACTION_STATES;

/** How far an action has escalated on a given day: overdue → team manager → head of service. */
export const escalationOn = (
  action: Action,
  today: string,
  policy: ReminderPolicy = DEFAULT_REMINDER_POLICY,
): EscalationLevel => {
  switch (reminderStageOn(action, today, policy)) {
    case 'OverdueTeamManager':
      return 'TeamManager';
    case 'OverdueHeadOfService':
      return 'HeadOfService';
    default:
      return 'None';
  }
};
