import { groupBy } from '../analytics/group-by';
import { isModerated } from '../analytics/graded-audits';
import type { Audit } from '../records/audit';
import type { Moderation } from '../records/moderation';

export interface AuditorLoad {
  readonly staffId: string;
  readonly allocated: number;
  readonly submitted: number;
  /** Not submitted and past the audit due date. */
  readonly overdue: number;
}

export interface ModeratorLoad {
  readonly staffId: string;
  readonly allocated: number;
  readonly moderated: number;
}

export interface LoadFigures {
  readonly auditors: readonly AuditorLoad[];
  readonly moderators: readonly ModeratorLoad[];
}

const isOpen = (a: Audit) => a.state === 'Allocated' || a.state === 'InProgress';

/** Who carried the audits and the moderations of the period, in staff-id order. */
export const loadFigures = (
  audits: readonly Audit[],
  moderations: readonly Moderation[],
  today: string,
): LoadFigures => {
  const done = new Set(moderations.filter(isModerated).map((m) => m.auditId));
  return {
    auditors: [...groupBy(audits, (a) => a.auditorId)].map(([staffId, own]) => ({
      staffId,
      allocated: own.length,
      submitted: own.filter((a) => !isOpen(a)).length,
      overdue: own.filter((a) => isOpen(a) && a.auditDue < today).length,
    })),
    moderators: [
      ...groupBy(
        audits.filter((a) => a.moderatorId !== null),
        (a) => a.moderatorId ?? '',
      ),
    ].map(([staffId, own]) => ({
      staffId,
      allocated: own.length,
      moderated: own.filter((a) => done.has(a.id)).length,
    })),
  };
};
