import { can } from '../access/can';
import { forbidden } from '../errors';
import type { FieldIssue } from '../errors';
import type { Actor } from '../records/actor';
import type { Allocation, Audit } from '../records/audit';
import { auditFromAllocation } from '../records/audit';
import type { Result } from '../result';
import { fail, ok } from '../result';
import type { Clock } from './clock';
import { auditRef } from './event-refs';
import { requireValid } from './guards';
import type { Transition } from './transition';

export interface AllocateAuditInput extends Clock {
  readonly id: string;
  readonly allocation: Allocation;
}

export const allocationIssues = (allocation: Allocation): FieldIssue[] => [
  ...(allocation.auditorId === allocation.workerId
    ? [{ field: 'auditorId', message: 'the allocated worker cannot audit their own case' }]
    : []),
  ...(allocation.moderatorId !== null && allocation.moderatorId === allocation.auditorId
    ? [{ field: 'moderatorId', message: 'the auditor cannot moderate their own audit' }]
    : []),
];

/** Records an allocation from the audit allocation tracker as a new audit (step 1). */
export const allocateAudit = (
  actor: Actor,
  input: AllocateAuditInput,
): Result<Transition<Audit>> => {
  if (!can(actor, 'allocate', new Set())) {
    return fail(forbidden('Only the QA lead allocates audits.'));
  }
  const refusal = requireValid(allocationIssues(input.allocation));
  if (refusal !== null) return fail(refusal);
  const audit = auditFromAllocation(input.id, input.allocation);
  return ok({
    next: audit,
    events: [{ ...auditRef(audit, actor, input.now), kind: 'AuditAllocated' }],
  });
};
