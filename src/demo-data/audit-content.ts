/** What the auditor writes: grades correlated with the overall grade, text from fixed phrases. */
import type { AuditDraft } from '../domain/lifecycle';
import type { Rng } from '../domain/random';
import type { Area, AreaJudgement, Grade } from '../domain/records';
import { AREAS, GRADES, gradeRank } from '../domain/records';
import {
  AREA_DEVELOPMENT,
  AREA_EVIDENCE,
  AREA_STRENGTHS,
  AUDIT_FEEDBACK,
  bandOf,
  MEASURES,
  RATIONALE,
} from './audit-phrases';
import { chance, pick, weighted } from './pick';

/** Roughly 10% Outstanding, 50% Good, 30% Requires improvement, 10% Inadequate. */
export const GRADE_WEIGHTS: Readonly<Record<Grade, number>> = {
  Outstanding: 10,
  Good: 50,
  'Requires improvement to be good': 30,
  Inadequate: 10,
};

const gradeAt = (rank: number): Grade => GRADES[Math.max(0, Math.min(GRADES.length - 1, rank))];

export const drawGrade = (rng: Rng): Grade => weighted<Grade>(rng, GRADE_WEIGHTS);

/** Each area mostly at the overall grade, sometimes one step either side. */
export const areaGrades = (rng: Rng, overall: Grade): Record<Area, Grade> => {
  const rank = gradeRank(overall);
  const shift = (): number => {
    const roll = rng.next();
    return roll < 0.6 ? 0 : roll < 0.8 ? -1 : 1;
  };
  return Object.fromEntries(AREAS.map((area) => [area, gradeAt(rank + shift())])) as Record<
    Area,
    Grade
  >;
};

/** A moderated grade one step away from the auditor's (more often lower than higher). */
export const oneStepAway = (rng: Rng, grade: Grade): Grade => {
  const rank = gradeRank(grade);
  if (rank === 0) return gradeAt(1);
  if (rank === GRADES.length - 1) return gradeAt(rank - 1);
  return gradeAt(chance(rng, 0.6) ? rank + 1 : rank - 1);
};

export const judgement = (rng: Rng, area: Area, grade: Grade): AreaJudgement => {
  const band = bandOf(grade);
  return {
    grade,
    evidence: pick(rng, AREA_EVIDENCE[area][band]),
    strengths: band === 'strong' || chance(rng, 0.4) ? pick(rng, AREA_STRENGTHS) : '',
    development: band === 'weak' || chance(rng, 0.3) ? pick(rng, AREA_DEVELOPMENT) : '',
  };
};

/** The first part of the audit tool, saved as a draft: some of the areas. */
export const partialDraft = (
  rng: Rng,
  grades: Record<Area, Grade>,
  areaCount: number,
): AuditDraft => ({
  areas: Object.fromEntries(
    AREAS.slice(0, areaCount).map((area) => [area, judgement(rng, area, grades[area])]),
  ),
});

/** The rest of the tool, given with the submission: remaining areas, grade, rationale, feedback. */
export const submissionDraft = (
  rng: Rng,
  overall: Grade,
  grades: Record<Area, Grade>,
  fromArea: number,
  meetingDate: string,
  practiceObserved: boolean,
): AuditDraft => {
  const band = bandOf(overall);
  return {
    areas: Object.fromEntries(
      AREAS.slice(fromArea).map((area) => [area, judgement(rng, area, grades[area])]),
    ),
    feedback: {
      childYoungPerson: pick(rng, AUDIT_FEEDBACK.childYoungPerson),
      parentsCarers: pick(rng, AUDIT_FEEDBACK.parentsCarers),
      professionals: chance(rng, 0.7) ? pick(rng, AUDIT_FEEDBACK.professionals) : '',
    },
    meetingDate,
    practiceObserved,
    measures: {
      quantity: pick(rng, MEASURES.quantity[band]),
      quality: pick(rng, MEASURES.quality[band]),
      impact: pick(rng, MEASURES.impact[band]),
    },
    overallGrade: overall,
    rationale: pick(rng, RATIONALE[overall]),
  };
};
