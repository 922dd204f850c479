import { invalid } from '../errors';
import type { Allocation } from '../records/audit';
import type { Grade } from '../records/grade';
import type { StaffMember } from '../records/staff';
import { fnv1a } from '../random/hash';
import type { Result } from '../result';
import { fail, ok } from '../result';
import type { StaffLoad } from './allocation-draw';
import { isOwnHead } from './prefer-own-head';
import { activeModerators } from './staff-pools';

export interface OnSubmitRules {
  /** Grades moderated whether or not the audit was sampled for moderation. */
  readonly alwaysModerated: readonly Grade[];
}

/** All Inadequate and Outstanding audits are moderated, even when not sampled. */
export const DEFAULT_ON_SUBMIT_RULES: OnSubmitRules = {
  alwaysModerated: ['Inadequate', 'Outstanding'],
};

/** Whether submitting this grade means a moderator must now be added to the allocation. */
export const moderationRequiredOnSubmit = (
  grade: Grade,
  allocation: Pick<Allocation, 'moderatorId'>,
  rules: OnSubmitRules = DEFAULT_ON_SUBMIT_RULES,
): boolean => allocation.moderatorId === null && rules.alwaysModerated.includes(grade);

/**
 * The moderator to add when a submitted grade must be moderated: an active head of service,
 * principal social worker or QA lead who is not the auditor, with the fewest moderations this
 * cycle; among those, the head of the case's own service first (as at allocation, so long as
 * loads stay as even); other ties are settled by a hash of cycle, case and staff id, so the
 * same audit always gets the same moderator from the same loads.
 */
export const pickModerator = (
  allocation: Pick<Allocation, 'cycleId' | 'caseNumber' | 'auditorId' | 'serviceAreaId'>,
  staff: readonly StaffMember[],
  moderatorLoads: readonly StaffLoad[],
): Result<string> => {
  const loadOf = (id: string): number => moderatorLoads.find((l) => l.staffId === id)?.count ?? 0;
  const tie = (id: string): number => fnv1a(`${allocation.cycleId}|${allocation.caseNumber}|${id}`);
  const otherService = (m: StaffMember): number => (isOwnHead(m, allocation) ? 0 : 1);
  const chosen = activeModerators(staff)
    .filter((m) => m.id !== allocation.auditorId)
    .sort(
      (a, b) =>
        loadOf(a.id) - loadOf(b.id) ||
        otherService(a) - otherService(b) ||
        tie(a.id) - tie(b.id) ||
        (a.id < b.id ? -1 : 1),
    )
    .at(0);
  return chosen === undefined
    ? fail(
        invalid([{ field: 'moderatorId', message: 'no active moderator other than the auditor' }]),
      )
    : ok(chosen.id);
};
