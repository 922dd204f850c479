import type { ReauditDto } from '../../contract/reaudits';
import { isServiceWide, type Role } from '../../domain/records/staff';
import { useSession } from '../app/session-context';
import { useResource } from '../api/use-resource';
import { reauditWords } from './reaudit-words';

/** Who reads re-audits: who reads the tracker (service-wide roles, heads of service). */
export const mayReadReaudits = (role: Role): boolean =>
  isServiceWide(role) || role === 'HeadOfService';

/** Where a re-audit has got to, in words: waiting for a cycle, in one, or cancelled and why. */
export const reauditStatus = (r: ReauditDto, cycleName: (id: string) => string): string => {
  const { record } = r;
  switch (record.state) {
    case 'Scheduled':
      return record.targetCycleId === null
        ? 'Scheduled: waiting for a cycle to be planned'
        : `Scheduled into ${cycleName(record.targetCycleId)}`;
    case 'Allocated':
      return r.progress === null
        ? `Allocated in ${cycleName(record.targetCycleId ?? '')}`
        : reauditWords(r.progress);
    case 'Cancelled':
      return `Cancelled: ${record.reason}`;
  }
};

export function useReaudits() {
  const { api } = useSession();
  return useResource(() => api.reaudits(), 'reaudits');
}
