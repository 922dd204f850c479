import { invalidState } from '../errors';
import type { Actor } from '../records/actor';
import type { Audit, AuditState } from '../records/audit';
import type { Result } from '../result';
import { fail, ok } from '../result';
import { dateOf } from '../calendar/calendar';
import type { Clock } from './clock';
import { auditRef } from './event-refs';
import { authorise, requireState } from './guards';
import type { Transition } from './transition';

const SUBMITTED: readonly AuditState[] = [
  'Submitted',
  'Agreed',
  'Disagreed',
  'Resolved',
  'ActionsOpen',
  'Closed',
];

/** The auditor records that they have informed the practitioner of the grading (step 5). */
export const shareGrade = (audit: Audit, actor: Actor, input: Clock): Result<Transition<Audit>> => {
  const refusal =
    authorise(actor, 'shareGrade', audit) ??
    requireState('audit', audit.state, SUBMITTED, 'shareGrade');
  if (refusal !== null) return fail(refusal);
  if (audit.gradeSharedOn !== null) {
    return fail(invalidState(`The grade was already shared on ${audit.gradeSharedOn}.`));
  }
  const grade = audit.overallGrade;
  if (grade === null) return fail(invalidState('The audit has no grade to share.'));
  const next: Audit = { ...audit, gradeSharedOn: dateOf(input.now) };
  return ok({
    next,
    events: [{ ...auditRef(audit, actor, input.now), kind: 'GradeShared', grade }],
  });
};
