import type { AuditDraft } from '../../contract/audits';
import type { Audit, DraftAction } from '../../domain/records/audit';
import type { Area, Grade } from '../../domain/records/grade';
import { AREA_LABELS, AREAS, isGrade } from '../../domain/records/grade';
import type { ActionRow, FieldPath, FormValues } from './audit-form.types';

const AREA_PARTS = ['grade', 'evidence', 'strengths', 'development'] as const;
const PART_LABELS = {
  grade: 'grade',
  evidence: 'evidence',
  strengths: 'strengths',
  development: 'areas for development',
} as const;

/** Labels of every field, in the form's order (used by the merge and error summary). */
export const FIELD_LABELS: Readonly<Record<FieldPath, string>> = {
  ...(Object.fromEntries(
    AREAS.flatMap((area) =>
      AREA_PARTS.map((part) => [
        `areas.${area}.${part}`,
        `${AREA_LABELS[area]}: ${PART_LABELS[part]}`,
      ]),
    ),
  ) as Record<`areas.${Area}.${(typeof AREA_PARTS)[number]}`, string>),
  'feedback.childYoungPerson': 'Feedback from the child or young person',
  'feedback.parentsCarers': 'Feedback from parents and carers',
  'feedback.professionals': 'Feedback from professionals',
  meetingDate: 'Collaborative meeting date',
  practiceObserved: 'Practice observed',
  'measures.quantity': 'Quantity: how much did we do?',
  'measures.quality': 'Quality: how well did we do it?',
  'measures.impact': 'Impact: what difference has it made to the child?',
  overallGrade: 'Overall grade',
  rationale: 'Rationale for the overall grade',
};

export const FIELD_PATHS = Object.keys(FIELD_LABELS) as FieldPath[];

export const valuesFromAudit = (audit: Audit): FormValues => {
  const areas = Object.fromEntries(
    AREAS.flatMap((area) => {
      const j = audit.areas[area];
      return [
        [`areas.${area}.grade`, j.grade ?? ''],
        [`areas.${area}.evidence`, j.evidence],
        [`areas.${area}.strengths`, j.strengths],
        [`areas.${area}.development`, j.development],
      ];
    }),
  ) as Record<`areas.${Area}.${(typeof AREA_PARTS)[number]}`, string>;
  return {
    ...areas,
    'feedback.childYoungPerson': audit.feedback.childYoungPerson,
    'feedback.parentsCarers': audit.feedback.parentsCarers,
    'feedback.professionals': audit.feedback.professionals,
    meetingDate: audit.meetingDate ?? '',
    practiceObserved: String(audit.practiceObserved),
    'measures.quantity': audit.measures.quantity,
    'measures.quality': audit.measures.quality,
    'measures.impact': audit.measures.impact,
    overallGrade: audit.overallGrade ?? '',
    rationale: audit.rationale,
  };
};

const gradeOrNull = (value: string): Grade | null => (isGrade(value) ? value : null);

/** The values as the API's draft (every field: the server keeps the version check). */
export const draftOf = (v: FormValues): AuditDraft => ({
  areas: Object.fromEntries(
    AREAS.map((area) => [
      area,
      {
        grade: gradeOrNull(v[`areas.${area}.grade`]),
        evidence: v[`areas.${area}.evidence`],
        strengths: v[`areas.${area}.strengths`],
        development: v[`areas.${area}.development`],
      },
    ]),
  ),
  feedback: {
    childYoungPerson: v['feedback.childYoungPerson'],
    parentsCarers: v['feedback.parentsCarers'],
    professionals: v['feedback.professionals'],
  },
  meetingDate: v.meetingDate === '' ? null : v.meetingDate,
  practiceObserved: v.practiceObserved === 'true',
  measures: {
    quantity: v['measures.quantity'],
    quality: v['measures.quality'],
    impact: v['measures.impact'],
  },
  overallGrade: gradeOrNull(v.overallGrade),
  rationale: v.rationale,
});

/** The action rows the draft saved, as the form holds them. */
export const rowsFromAudit = (audit: Audit): ActionRow[] =>
  audit.draftActions.map((a, i) => ({
    key: `saved-${String(i)}`,
    description: a.description,
    ownerId: a.ownerId,
    timescaleDays: a.timescaleDays === null ? '' : String(a.timescaleDays),
    immediate: a.immediate,
  }));

const days = (text: string): number | null => {
  const n = Number(text);
  return Number.isInteger(n) && n >= 1 && n <= 365 ? n : null;
};

/** The action rows as the draft keeps them: every row, however unfinished. */
export const draftActionsOf = (rows: readonly ActionRow[]): DraftAction[] =>
  rows.map((row) => ({
    description: row.description,
    ownerId: row.ownerId,
    timescaleDays: row.timescaleDays.trim() === '' ? null : days(row.timescaleDays.trim()),
    immediate: row.immediate,
  }));
