/**
 * Fixed phrases for the audit tool's free text. Every case-related text in the demo data is one
 * of these phrases, word for word: they speak of "the child" or "the young person" and never
 * name anyone.
 */
import type { Area, Grade } from '../domain/records';

export type Band = 'strong' | 'weak';

export const bandOf = (grade: Grade): Band =>
  grade === 'Outstanding' || grade === 'Good' ? 'strong' : 'weak';

type Banded = Readonly<Record<Band, readonly string[]>>;

export const AREA_EVIDENCE: Readonly<Record<Area, Banded>> = {
  childsVoice: {
    strong: [
      "Visits recorded within timescale; the child's wishes are recorded in the latest assessment.",
      'The child was seen alone on each visit and their views are quoted in the case notes.',
      'Direct work sessions are recorded and show what life is like for the young person.',
    ],
    weak: [
      "The child's views are not recorded in the latest assessment.",
      'Visits are recorded but there is no evidence that the child was seen alone.',
      'Direct work is planned but has not taken place this quarter.',
    ],
  },
  assessment: {
    strong: [
      'The assessment is up to date, analytical and clearly sets out risks and strengths.',
      'The assessment draws on information from all agencies and reaches a clear conclusion.',
    ],
    weak: [
      'The assessment is out of date and does not reflect recent changes in the household.',
      'The assessment describes events but lacks analysis of risk and impact.',
    ],
  },
  planning: {
    strong: [
      'The plan is specific, with clear outcomes, timescales and named responsibilities.',
      'Plan reviews show progress against each outcome and the plan is updated accordingly.',
    ],
    weak: [
      'The plan lists services rather than outcomes and lacks timescales.',
      'The plan has not been reviewed within the expected timescale.',
    ],
  },
  chronology: {
    strong: [
      'The chronology is up to date and used to inform the assessment and plan.',
      'Significant events are recorded in the chronology with their impact on the child.',
    ],
    weak: [
      'The chronology has not been updated for several months.',
      'There is no chronology on the file.',
    ],
  },
  managementGrip: {
    strong: [
      'Supervision is regular and reflective, with clear management direction recorded.',
      'Management oversight is evident at each key decision point.',
    ],
    weak: [
      'Supervision is recorded but actions from supervision are not followed up.',
      'There is no recorded management oversight since the last review.',
    ],
  },
  parentCarerEngagement: {
    strong: [
      'Parents and carers contributed to the plan and their views are recorded.',
      'Carers report good communication with the worker and feel involved in decisions.',
    ],
    weak: [
      "The parents' views are not recorded in the plan.",
      'There is limited evidence of engagement with the carers since the last review.',
    ],
  },
};

export const AREA_STRENGTHS: readonly string[] = [
  'Relationship-based practice is evident throughout the record.',
  'Recording is clear, timely and written for the child.',
  'Good multi-agency working is evident.',
  'The worker knows the child well and this comes through in the record.',
];

export const AREA_DEVELOPMENT: readonly string[] = [
  'Recording should show the impact of the work on the child.',
  'Analysis should be strengthened to explain why the plan will make a difference.',
  'Timescales should be recorded for each part of the plan.',
  "The child's own words should be used more in the record.",
];

export const RATIONALE: Readonly<Record<Grade, readonly string[]>> = {
  Outstanding: [
    "Practice is consistently strong and the child's experience and progress are at the centre of the work.",
    'The work is making a clear and measurable difference to the outcomes for the young person.',
  ],
  Good: [
    'Practice is good overall; the child is seen and heard and the plan is making a difference.',
    'Most areas are good, with minor recording gaps that do not affect the outcomes for the child.',
    'The work is purposeful and the child is safer; some areas could be strengthened.',
  ],
  'Requires improvement to be good': [
    'Some good practice, but gaps in assessment and planning mean the impact is not yet clear.',
    "The child's needs are being met but practice is not consistently good across all areas.",
    'Recording does not yet evidence the impact of the work on the outcomes for the child.',
  ],
  Inadequate: [
    'Significant gaps in assessment and oversight mean that risks may not be understood.',
    'The plan is not progressing and there is drift; immediate management attention is needed.',
  ],
};

export const MEASURES: Readonly<Record<'quantity' | 'quality' | 'impact', Banded>> = {
  quantity: {
    strong: ['Visits, reviews and supervision all within timescale.'],
    weak: [
      'Some visits and reviews are outside timescale.',
      'Supervision has not taken place at the expected frequency.',
    ],
  },
  quality: {
    strong: [
      'Recording is analytical and child-centred.',
      'Assessments and plans are of a good standard.',
    ],
    weak: [
      'Recording is descriptive rather than analytical.',
      'The quality of the plan is variable.',
    ],
  },
  impact: {
    strong: [
      'The child is safer and their circumstances have improved.',
      'The young person reports feeling listened to and supported.',
    ],
    weak: [
      'The impact of the work on the child is not yet evident.',
      'Progress against the plan is limited.',
    ],
  },
};

export const AUDIT_FEEDBACK = {
  childYoungPerson: [
    'The young person said the worker listens and explains what is happening.',
    'The child said they like the visits and would like them to continue.',
    'The young person would like more say in where meetings are held.',
    'Not age appropriate to seek feedback; observed to be relaxed with the worker.',
  ],
  parentsCarers: [
    'The parents said they feel involved and know what the plan is for.',
    'The carers said communication has improved since the last review.',
    'The parent said they would like more notice of meetings.',
    'The carers felt decisions were made without their views being heard.',
  ],
  professionals: [
    'The school reports good communication and joint working.',
    'The health visitor reports that information sharing is timely.',
    'The independent reviewing officer reports that the plan is progressing.',
    'Partners would welcome more regular updates between meetings.',
  ],
  worker: [
    'The audit conversation was helpful and I have agreed the actions with my manager.',
    'I found the reflective discussion useful for thinking about the plan.',
    'Workload has made it hard to keep the chronology up to date; this is now planned.',
  ],
} as const satisfies Readonly<Record<string, readonly string[]>>;
