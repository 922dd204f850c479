/** Fixed phrases for actions and moderations: case-related text comes only from these lists. */
import type { Area } from '../domain/records';

export const ACTION_DESCRIPTIONS: Readonly<Record<Area, readonly string[]>> = {
  childsVoice: [
    'Complete direct work with the child and record their wishes and feelings in the plan.',
    'See the child alone at the next visit and record their views.',
  ],
  assessment: [
    'Update the assessment to reflect the current circumstances and analysis of risk.',
    'Complete the updated assessment with contributions from partner agencies.',
  ],
  planning: [
    'Review the plan so that each outcome is specific, with timescales and responsibilities.',
    'Hold a review of the plan with the family and partners and record the outcomes.',
  ],
  chronology: [
    'Bring the chronology up to date and use it to inform the next review.',
    'Create a chronology on the file covering significant events.',
  ],
  managementGrip: [
    'Team manager to record management oversight and direction on the file.',
    'Discuss the case in supervision and record the decisions and timescales.',
  ],
  parentCarerEngagement: [
    'Meet with the parents to seek their views on the plan and record them.',
    'Share the updated plan with the carers and record their feedback.',
  ],
};

/** More development points per area, for audit forms that record an action for each. */
export const FURTHER_ACTION_DESCRIPTIONS: Readonly<Record<Area, readonly string[]>> = {
  childsVoice: [
    "Use an age-appropriate tool to gather the child's views before the next review.",
    "Record how the child's views have shaped the decisions made in the plan.",
  ],
  assessment: [
    'Add an analysis of the impact of the identified risks on the child.',
    "Record the family history and its relevance to the child's current needs.",
  ],
  planning: [
    'Add contingency arrangements to the plan should progress not be made.',
    'Record in the plan who will do what, and by when, for each outcome.',
  ],
  chronology: [
    'Add an analysis of patterns in the chronology to the case summary.',
    'Record the significant events of the last six months in the chronology.',
  ],
  managementGrip: [
    'Team manager to set a review date for the plan and record it on the file.',
    'Record reflective supervision on the case, with decisions and their rationale.',
  ],
  parentCarerEngagement: [
    "Record the parents' views of the assessment and whether they agree with it.",
    'Arrange a meeting with the carers to agree how they will support the plan.',
  ],
};

export const PROGRESS_NOTES: readonly string[] = [
  'Visit arranged and direct work session booked.',
  'Work has started; first session completed and recorded.',
  'Discussed with partner agencies; contributions requested.',
  'Draft completed and shared with the team manager for comment.',
  'Delayed by sickness absence; new date agreed with the team manager.',
  'Meeting held with the family; next steps agreed.',
];

export const SUPERVISION_NOTES: readonly string[] = [
  'Progress reviewed in supervision; on track.',
  'Reviewed in supervision; timescale agreed.',
  'Reviewed in supervision; barriers discussed and support offered.',
  'Reviewed in supervision; further work needed before completion.',
];

export const COMPLETION_EVIDENCE: readonly string[] = [
  "Recorded on the child's file in the case notes.",
  'Updated assessment authorised and on the file.',
  'Revised plan on the file and shared with the family.',
  "Direct work recorded on the child's file.",
  'Chronology updated on the file.',
  'Management oversight recorded on the file.',
];

export const RETURN_REASONS: readonly string[] = [
  'The evidence does not yet show the plan has been shared with the family.',
  'Please record the outcome of the direct work, not just that it took place.',
  'The assessment has not yet been authorised.',
];

export const NOT_COMPLETED_REASONS: readonly string[] = [
  'The case closed before the action could be completed.',
  'The case transferred to another local authority.',
  'Superseded by a new plan agreed at review.',
  'The young person declined further direct work; recorded on the file.',
];

export const AGREE_REASONS: readonly string[] = [
  'Agree with the grade and the rationale; the evidence supports the judgement.',
  'Agree; the actions are proportionate and will strengthen practice.',
  'Agree with the grading; a well evidenced audit.',
];

export const DISAGREE_HIGHER: readonly string[] = [
  'The evidence of impact for the child supports a higher grade.',
  'The auditor has given insufficient weight to the quality of direct work.',
];

export const DISAGREE_LOWER: readonly string[] = [
  "The gaps in assessment and planning mean the child's needs are not consistently met.",
  'Management oversight is not evident enough to support this grade.',
];

export const LEARNING_NOTES: readonly string[] = [
  'Learning conversation held; weighting of impact and outcomes discussed.',
  'Discussed the grade descriptors and how evidence of impact is weighed.',
  'Reflective discussion held; the auditor will apply this learning in the next cycle.',
];
