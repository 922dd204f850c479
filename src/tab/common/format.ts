import { daysBetween } from '../../domain/calendar/calendar';
import { isOpenAction, type ActionState } from '../../domain/records/action';

const DATE = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** '2025-03-04' or a timestamp → '4 Mar 2025'; '—' for nothing. */
export const formatDate = (iso: string | null | undefined): string => {
  if (iso === null || iso === undefined || iso === '') return '—';
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  return Number.isNaN(date.getTime()) ? iso : DATE.format(date);
};

export const todayIso = (now: Date = new Date()): string => now.toISOString().slice(0, 10);

/** 'due in 3 days', 'due today', '2 days overdue'. */
export const dueLabel = (due: string, today: string = todayIso()): string => {
  const days = daysBetween(today, due);
  if (days === null) return '';
  if (days === 0) return 'due today';
  if (days > 0) return `due in ${days} day${days === 1 ? '' : 's'}`;
  return `${-days} day${days === -1 ? '' : 's'} overdue`;
};

/** The timescales an audit is held to: its due date until submitted, then its moderation's. */
interface AuditTimescales {
  readonly auditDue: string;
  readonly moderationDue: string;
  readonly submittedAt: string | null;
  readonly moderatorId: string | null;
  readonly moderatedAt: string | null;
}

/** 'audit due in 3 days', 'moderation 2 days overdue', 'submitted 4 Mar 2025'. */
export const auditTimescaleLabel = (audit: AuditTimescales, today: string = todayIso()): string => {
  if (audit.submittedAt === null) return `audit ${dueLabel(audit.auditDue, today)}`;
  if (audit.moderatorId !== null && audit.moderatedAt === null) {
    return `moderation ${dueLabel(audit.moderationDue, today)}`;
  }
  return `submitted ${formatDate(audit.submittedAt)}`;
};

/** The audit's own timescale, for its "Audit due" row: 'due in 3 days', or when it was submitted. */
export const auditDueLabel = (
  audit: Pick<AuditTimescales, 'auditDue' | 'submittedAt'>,
  today: string = todayIso(),
): string =>
  audit.submittedAt === null
    ? dueLabel(audit.auditDue, today)
    : `submitted ${formatDate(audit.submittedAt)}`;

/** The moderation's timescale, for its row: due or overdue until moderated, then when. */
export const moderationDueLabel = (audit: AuditTimescales, today: string = todayIso()): string => {
  if (audit.moderatorId === null) return 'no moderation';
  if (audit.moderatedAt !== null) return `moderated ${formatDate(audit.moderatedAt)}`;
  return dueLabel(audit.moderationDue, today);
};

interface ActionTiming {
  readonly state: ActionState;
  readonly dueDate: string;
  readonly completedAt: string | null;
  readonly verifiedAt: string | null;
  readonly closedAt?: string | null;
}

const waited = (since: string | null, today: string): string => {
  const days = since === null ? null : daysBetween(since.slice(0, 10), today);
  if (days === null) return '';
  return days <= 0 ? ' today' : ` ${days} day${days === 1 ? '' : 's'} ago`;
};

/**
 * An action's timing in words: open work is due or overdue; completed work says how long it has
 * waited for verification, verified work how long for closure; finished work is not overdue.
 */
export const actionTimingLabel = (action: ActionTiming, today: string = todayIso()): string => {
  if (isOpenAction(action)) return dueLabel(action.dueDate, today);
  switch (action.state) {
    case 'Completed':
      return `completed${waited(action.completedAt, today)}, awaiting verification`;
    case 'Verified':
      return `verified${waited(action.verifiedAt, today)}, awaiting closure approval`;
    case 'Closed':
      return 'closed';
    default:
      return 'not completed';
  }
};

export const isOverdue = (due: string, today: string = todayIso()): boolean =>
  (daysBetween(today, due) ?? 0) < 0;

export const percent = (share: number | null): string =>
  share === null ? '—' : `${Math.round(share * 100)}%`;

/** A name from the DTO's names, or the id itself. */
export const nameOf = (names: Readonly<Record<string, string>>, id: string | null): string =>
  id === null ? '—' : (names[id] ?? id);
