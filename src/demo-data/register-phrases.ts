/** Fixed phrases for the feedback register, observations of practice and the QA schedule. */
import type { FeedbackSource, ScheduleActivityKind, Sentiment } from '../domain/records';
import type { Band } from './audit-phrases';

export const FEEDBACK_SUMMARIES: Readonly<
  Record<FeedbackSource, Readonly<Record<Sentiment, readonly string[]>>>
> = {
  ChildYoungPerson: {
    Positive: ['The young person said their worker listens and helps them.'],
    Mixed: ['The child likes their worker but finds meetings too long.'],
    Negative: ['The young person said they have had too many changes of worker.'],
  },
  ParentCarer: {
    Positive: ['The parent said the worker was honest and supportive.'],
    Mixed: ['The carer valued the support but would like quicker replies.'],
    Negative: ['The parent felt they were not listened to at the review.'],
  },
  Professional: {
    Positive: ['The school praised the joint working and clear communication.'],
    Mixed: ['A partner agency reported good planning but late sharing of minutes.'],
    Negative: ['A partner agency was not invited to the review.'],
  },
  Practitioner: {
    Positive: ['The practitioner found the audit conversation supportive and useful.'],
    Mixed: ['The practitioner valued the audit but found the timescale tight.'],
    Negative: ['The practitioner felt the audit focused on compliance over impact.'],
  },
  Compliment: {
    Positive: ['Compliment received for the support given to the family.'],
    Mixed: ['Compliment for the worker, with a request for more regular contact.'],
    Negative: ['Compliment withdrawn after a change of worker; followed up by the manager.'],
  },
  Complaint: {
    Positive: ['Complaint resolved at stage one; the family was satisfied with the outcome.'],
    Mixed: ['Complaint partly upheld about communication; apology given.'],
    Negative: ['Complaint upheld about delays in the plan; learning shared with the team.'],
  },
  Participation: {
    Positive: ['Voice for you members said they feel listened to by their workers.'],
    Mixed: ['Next Steps forum: support is good but information about entitlements is unclear.'],
    Negative: [
      'Voice for you members reported that review meetings are not young person friendly.',
    ],
  },
};

export const OBSERVATION_TEXT: Readonly<
  Record<'strengths' | 'development' | 'learning', Readonly<Record<Band, readonly string[]>>>
> = {
  strengths: {
    strong: [
      'Warm, relationship-based practice; the child was at ease.',
      'Clear explanation of the plan in words the family understood.',
    ],
    weak: ['The worker was respectful and punctual.', 'Good preparation for the visit.'],
  },
  development: {
    strong: ['Could record the child’s own words more often.', 'None identified.'],
    weak: [
      'The purpose of the visit was not made clear to the family.',
      'The child was not seen alone.',
    ],
  },
  learning: {
    strong: ['Shared as an example of good practice at the team meeting.'],
    weak: ['Discussed in supervision with an agreed development plan.'],
  },
};

export const SCHEDULE_OUTCOMES: Readonly<Record<ScheduleActivityKind, string>> = {
  PerformanceData:
    'Shared and used to inform QA activity by the AD, heads of service, team managers and thematic audit work.',
  CaseFileAudit: 'Collaboration and support to frontline practitioners.',
  FileAuditModeration: 'Moderation of a portion of the audits completed by team managers.',
  FindingsReport: 'Report on findings, themes and learning; seven-minute briefing.',
  ClosingTheLoop:
    'QA lead review of the closing the loop tracker; actions completed or reasons recorded; updates to heads of service.',
  ThematicAudit: 'Findings, learning and recommendations completed by the QA lead.',
  DipSampling: 'Findings, learning and recommendations completed by the head of service.',
  PracticeWeekObservations: 'Observations of practice on the template during practice week.',
  ChildFamilyFeedback: 'Feedback reported in the six-weekly audit report to the AD.',
  PractitionerExperience: 'Staff engagement and wellbeing reported by the PSW.',
  AnnualReport: 'Annual QA report to senior leaders.',
};
