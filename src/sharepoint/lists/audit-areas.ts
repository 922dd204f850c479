import { AREAS, GRADES, type Area, type AreaJudgement, type Audit } from '../../domain/records';
import type { FieldReader } from './field-reader';
import { textValue, type Fields } from './field-values';

/** The column prefix of each of the six areas: `{Prefix}Grade`, `…Evidence`, and so on. */
export const AREA_COLUMNS: Readonly<Record<Area, string>> = {
  childsVoice: 'ChildsVoice',
  assessment: 'Assessment',
  planning: 'Planning',
  chronology: 'Chronology',
  managementGrip: 'ManagementGrip',
  parentCarerEngagement: 'ParentCarerEngagement',
};

/** The audit tool flattened: a grade choice column and three note columns per area. */
export function areaFields(areas: Audit['areas']): Fields {
  const fields: Fields = {};
  for (const area of AREAS) {
    const prefix = AREA_COLUMNS[area];
    const judgement = areas[area];
    fields[`${prefix}Grade`] = judgement.grade;
    fields[`${prefix}Evidence`] = textValue(judgement.evidence);
    fields[`${prefix}Strengths`] = textValue(judgement.strengths);
    fields[`${prefix}Development`] = textValue(judgement.development);
  }
  return fields;
}

export function readAreas(read: FieldReader): Audit['areas'] {
  const entries = AREAS.map((area): [Area, AreaJudgement] => {
    const prefix = AREA_COLUMNS[area];
    return [
      area,
      {
        grade: read.choiceOrNull(`${prefix}Grade`, `areas.${area}.grade`, GRADES),
        evidence: read.text(`${prefix}Evidence`, `areas.${area}.evidence`),
        strengths: read.text(`${prefix}Strengths`, `areas.${area}.strengths`),
        development: read.text(`${prefix}Development`, `areas.${area}.development`),
      },
    ];
  });
  return Object.fromEntries(entries) as Record<Area, AreaJudgement>;
}
