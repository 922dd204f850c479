import { dateOf, daysBetween } from '../calendar/calendar';
import type { Audit } from '../records/audit';
import type { Moderation } from '../records/moderation';
import { moderationsByAudit } from './graded-audits';
import { shareOf } from './group-by';
import { median } from './median';

/** Something with a due date (ISO date) and, once done, when (ISO timestamp or date). */
export interface DueItem {
  readonly due: string;
  readonly doneAt: string | null;
}

export interface Timeliness {
  /** Done, or past due: the items whose timeliness is known. */
  readonly due: number;
  /** Done on or before the due date. */
  readonly onTime: number;
  /** Done after the due date. */
  readonly late: number;
  /** Not done and past the due date at `today`. */
  readonly overdue: number;
  /** Not done and not yet due: not counted in the share. */
  readonly notYetDue: number;
  /** onTime ÷ due; null when nothing is due. */
  readonly shareOnTime: number | null;
  /** Median calendar days past due over the late and the overdue (overdue counted to today). */
  readonly medianDaysLate: number | null;
}

/**
 * Timeliness against timescales. Days are calendar days; a timestamp counts on its UTC date, so
 * a submission in the first hour of a day in British Summer Time counts on the day before.
 */
export const timelinessOf = (items: readonly DueItem[], today: string): Timeliness => {
  const daysLate: number[] = [];
  let onTime = 0;
  let late = 0;
  let overdue = 0;
  let notYetDue = 0;
  for (const { due, doneAt } of items) {
    const days = daysBetween(due, doneAt === null ? today : dateOf(doneAt));
    if (days === null) continue;
    if (doneAt !== null && days <= 0) onTime += 1;
    else if (doneAt === null && days <= 0) notYetDue += 1;
    else {
      if (doneAt === null) overdue += 1;
      else late += 1;
      daysLate.push(days);
    }
  }
  const due = onTime + late + overdue;
  return {
    due,
    onTime,
    late,
    overdue,
    notYetDue,
    shareOnTime: shareOf(onTime, due),
    medianDaysLate: median(daysLate),
  };
};

/** Audits submitted by their audit due date. */
export const auditTimeliness = (audits: readonly Audit[], today: string): Timeliness =>
  timelinessOf(
    audits.map((a) => ({ due: a.auditDue, doneAt: a.submittedAt })),
    today,
  );

/** Moderations completed by the moderation due date, for audits allocated a moderator. */
export const moderationTimeliness = (
  audits: readonly Audit[],
  moderations: readonly Moderation[],
  today: string,
): Timeliness => {
  const byAudit = moderationsByAudit(moderations);
  return timelinessOf(
    audits
      .filter((a) => a.moderatorId !== null)
      .map((a) => ({ due: a.moderationDue, doneAt: byAudit.get(a.id)?.moderatedAt ?? null })),
    today,
  );
};
