import type { StaffPickerEntry } from '../../contract/organisation';
import type { MeResponse } from '../../contract/identity';
import type { CreateObservationRequest } from '../../contract/registers';
import { isIsoDate } from '../../domain/calendar/calendar';
import type { FieldIssues } from '../common/form-issues';
import { CASE_NUMBER, LONG_TEXT } from '../common/form-issues';
import type { ObservationDraft } from './observations.types';
import { OBSERVED_ROLES } from './observations.types';

const TEXTS = [
  ['strengths', 'Say what went well'],
  ['development', 'Say what could develop'],
  ['learning', null],
] as const;

/** What is wrong with the observation, field by field, before it is sent. */
export const observationIssues = (d: ObservationDraft, today: string): FieldIssues => {
  const issues: Record<string, string> = {};
  if (d.setting === '') issues['setting'] = 'Choose where the practice was observed';
  if (!isIsoDate(d.observedOn)) issues['observedOn'] = 'Enter a real date';
  else if (d.observedOn > today) issues['observedOn'] = 'The date must not be in the future';
  if (d.practitionerId === '') issues['practitionerId'] = 'Choose who was observed';
  const caseNumber = d.caseNumber.trim();
  if (caseNumber !== '' && !CASE_NUMBER.test(caseNumber)) {
    issues['caseNumber'] = 'Enter a case number such as CF-100234';
  }
  if (d.grade === '') issues['grade'] = 'Choose a grade on the Ofsted scale';
  for (const [field, missing] of TEXTS) {
    const value = d[field].trim();
    if (missing !== null && value === '') issues[field] = missing;
    else if (value.length > LONG_TEXT) {
      issues[field] = `Keep this under ${String(LONG_TEXT)} characters`;
    }
  }
  return issues;
};

/** The staff this person may observe: in their team, their service, or anywhere. */
export const observableBy = (
  me: MeResponse,
  staff: readonly StaffPickerEntry[],
): readonly StaffPickerEntry[] =>
  staff.filter(
    (s) =>
      OBSERVED_ROLES.includes(s.role) &&
      s.teamId !== null &&
      s.serviceAreaId !== null &&
      (me.role !== 'HeadOfService' || s.serviceAreaId === me.serviceAreaId) &&
      (me.role !== 'TeamManager' || s.teamId === me.teamId),
  );

/** The request for a draft with no issues; the team and service are the practitioner's. */
export const observationRequest = (
  d: ObservationDraft,
  practitioner: StaffPickerEntry | undefined,
): CreateObservationRequest | null => {
  if (d.setting === '' || d.grade === '' || practitioner === undefined) return null;
  if (practitioner.teamId === null || practitioner.serviceAreaId === null) return null;
  const caseNumber = d.caseNumber.trim();
  return {
    setting: d.setting,
    observedOn: d.observedOn,
    practitionerId: practitioner.id,
    teamId: practitioner.teamId,
    serviceAreaId: practitioner.serviceAreaId,
    caseNumber: caseNumber === '' ? null : caseNumber,
    grade: d.grade,
    strengths: d.strengths.trim(),
    development: d.development.trim(),
    learning: d.learning.trim(),
  };
};
