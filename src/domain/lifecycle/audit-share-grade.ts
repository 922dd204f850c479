import { invalidState } from '../errors';
import type { Actor } from '../records/actor';
import type { Audit } from '../records/audit';
import type { Result } from '../result';
import { fail, ok } from '../result';
import { dateOf } from '../calendar/calendar';
import type { Clock } from './clock';
import { auditRef } from './event-refs';
import { authorise } from './guards';
import { requireAuditState } from './state-rules';
import type { Transition } from './transition';

/** The auditor records that they have informed the practitioner of the grading (step 5). */
export const shareGrade = (audit: Audit, actor: Actor, input: Clock): Result<Transition<Audit>> => {
  const refusal = authorise(actor, 'shareGrade', audit) ?? requireAuditState(audit, 'shareGrade');
  if (refusal !== null) return fail(refusal);
  const grade = audit.overallGrade;
  if (grade === null) return fail(invalidState('The audit has no grade to share.'));
  const next: Audit = { ...audit, gradeSharedOn: dateOf(input.now) };
  return ok({
    next,
    events: [{ ...auditRef(audit, actor, input.now), kind: 'GradeShared', grade }],
  });
};
