/** The quality assurance schedule (framework, section 6): who, how often, last done, next due. */
import { addDays } from '../domain/lifecycle';
import type {
  Cycle,
  Frequency,
  Role,
  ScheduleActivity,
  ScheduleActivityKind,
} from '../domain/records';
import { SIX_WEEKS } from './cycles';
import { mondayOnOrBefore } from './dates';
import { SCHEDULE_OUTCOMES } from './register-phrases';

type Dates = Pick<ScheduleActivity, 'lastDone' | 'nextDue'>;

const row = (
  activity: ScheduleActivityKind,
  ownerRole: Role,
  frequency: Frequency,
  dates: Dates,
): ScheduleActivity => ({
  id: `QA-${activity}`,
  activity,
  ownerRole,
  frequency,
  ...dates,
  outcomes: SCHEDULE_OUTCOMES[activity],
  ownerId: null,
  history: [],
});

const lastOf = (cycles: readonly Cycle[], kind: Cycle['kind'], today: string): Cycle | undefined =>
  cycles.filter((c) => c.kind === kind && c.startDate <= today).at(-1);

export const buildQaSchedule = (cycles: readonly Cycle[], today: string): ScheduleActivity[] => {
  const current = lastOf(cycles, 'CaseFileAudit', today)?.startDate ?? today;
  const sixWeekly = (offset: number): Dates => {
    const last = addDays(current, offset - SIX_WEEKS);
    return { lastDone: last, nextDue: addDays(last, SIX_WEEKS) };
  };
  const thematic = lastOf(cycles, 'Thematic', today);
  const dip = lastOf(cycles, 'DipSample', today);
  const practiceWeek = mondayOnOrBefore(addDays(today, -20));
  const staffSurvey = addDays(today, -40);
  const annual = addDays(today, -200);
  return [
    row('PerformanceData', 'AssistantDirector', 'AsRequired', {
      lastDone: addDays(today, -3),
      nextDue: null,
    }),
    row('CaseFileAudit', 'TeamManager', 'SixWeekly', sixWeekly(SIX_WEEKS)),
    row('FileAuditModeration', 'QALead', 'SixWeekly', sixWeekly(30)),
    row('FindingsReport', 'QALead', 'SixWeekly', sixWeekly(35)),
    row('ClosingTheLoop', 'QALead', 'SixWeekly', sixWeekly(38)),
    row('ThematicAudit', 'QALead', 'AsDirected', {
      lastDone: thematic?.endDate ?? null,
      nextDue: null,
    }),
    row('DipSampling', 'HeadOfService', 'AsRequired', {
      lastDone: dip?.startDate ?? null,
      nextDue: null,
    }),
    row('PracticeWeekObservations', 'HeadOfService', 'SixMonthly', {
      lastDone: practiceWeek,
      nextDue: addDays(practiceWeek, 182),
    }),
    row('ChildFamilyFeedback', 'TeamManager', 'SixWeekly', sixWeekly(35)),
    row('PractitionerExperience', 'PrincipalSocialWorker', 'ThreeMonthly', {
      lastDone: staffSurvey,
      nextDue: addDays(staffSurvey, 91),
    }),
    row('AnnualReport', 'QALead', 'Annual', { lastDone: annual, nextDue: addDays(annual, 365) }),
  ];
};
