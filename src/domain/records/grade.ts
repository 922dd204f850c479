/** The Ofsted judgement scale used for every grade in the framework (section 5). */
export const GRADES = [
  'Outstanding',
  'Good',
  'Requires improvement to be good',
  'Inadequate',
] as const;
export type Grade = (typeof GRADES)[number];

/** Ordinal position on the scale: 0 = Outstanding … 3 = Inadequate. */
export const gradeRank = (grade: Grade): number => GRADES.indexOf(grade);

export const isGrade = (value: unknown): value is Grade =>
  typeof value === 'string' && (GRADES as readonly string[]).includes(value);

/** The six areas measured by quality assurance activity (section 5). */
export const AREAS = [
  'childsVoice',
  'assessment',
  'planning',
  'chronology',
  'managementGrip',
  'parentCarerEngagement',
] as const;
export type Area = (typeof AREAS)[number];

export const AREA_LABELS: Record<Area, string> = {
  childsVoice: "The child's voice",
  assessment: 'Quality of assessment',
  planning: 'Quality of planning',
  chronology: 'Use of chronology',
  managementGrip: 'Management grip and supervision',
  parentCarerEngagement: 'Parent/carer engagement and feedback',
};
