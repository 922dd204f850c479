import type { Allocation } from '../records/audit';
import type { StaffMember } from '../records/staff';

/** Whether the moderator is the head of service of the case's own service. */
export const isOwnHead = (
  moderator: Pick<StaffMember, 'role' | 'serviceAreaId'> | undefined,
  allocation: Pick<Allocation, 'serviceAreaId'>,
): boolean =>
  moderator?.role === 'HeadOfService' && moderator.serviceAreaId === allocation.serviceAreaId;

/**
 * Gives moderated cases to their own service's head of service where the rules allow: loads
 * stay within one (a case moves only from a busier moderator to a less busy one, or two cases
 * swap moderators, which changes no load) and a moderator is never the case's auditor. Each
 * step gives one more case its own head and takes none away, so it ends; the order is case
 * number, so the same draw always ends the same way.
 */
export const preferOwnHead = (
  moderatorOf: ReadonlyMap<string, string>,
  allocations: readonly Allocation[],
  moderators: readonly StaffMember[],
): Map<string, string> => {
  const result = new Map(moderatorOf);
  const staff = new Map(moderators.map((m) => [m.id, m]));
  const load = new Map(moderators.map((m) => [m.id, 0]));
  for (const id of result.values()) load.set(id, (load.get(id) ?? 0) + 1);
  const moderated = allocations.filter((a) => result.has(a.caseNumber));
  const own = (a: Allocation): boolean => isOwnHead(staff.get(result.get(a.caseNumber) ?? ''), a);
  for (const a of moderated) {
    if (own(a)) continue;
    const current = result.get(a.caseNumber) ?? '';
    const heads = moderators.filter((m) => isOwnHead(m, a) && m.id !== a.auditorId);
    for (const head of heads) {
      if ((load.get(current) ?? 0) > (load.get(head.id) ?? 0)) {
        result.set(a.caseNumber, head.id);
        load.set(current, (load.get(current) ?? 0) - 1);
        load.set(head.id, (load.get(head.id) ?? 0) + 1);
        break;
      }
      const partner = moderated.find(
        (b) => result.get(b.caseNumber) === head.id && !own(b) && b.auditorId !== current,
      );
      if (partner !== undefined) {
        result.set(partner.caseNumber, current);
        result.set(a.caseNumber, head.id);
        break;
      }
    }
  }
  return result;
};
