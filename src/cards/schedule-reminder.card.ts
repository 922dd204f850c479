import type { ScheduleActivityKind } from '../domain/records/schedule';
import { SCHEDULE_ACTIVITY_LABELS } from '../domain/records/schedule';
import type { AdaptiveCard, NotificationPreview } from './card-types';
import { card, fact, facts, openUrl, paragraph, previewOf } from './elements';
import { formatDate } from './format';

/**
 * Why the card was sent: the owner's reminder before and on the due date, the owner's notice
 * that the date has passed, or the QA lead's escalation naming whose activity it is.
 */
export type OccurrenceNotice =
  | { readonly kind: 'reminder'; readonly when: 'due-soon' | 'due-today' | 'missed' }
  | { readonly kind: 'escalation'; readonly ownerName: string };

/**
 * A reminder of the QA schedule (section 6). It carries the activity and its date only: what
 * the activity is for and what came of it are typed by staff and stay in Audit Loop.
 */
export interface ScheduleReminderModel {
  readonly kind: 'schedule-reminder';
  readonly activityId: string;
  readonly activity: ScheduleActivityKind;
  /** ISO date the occurrence is due. */
  readonly dueDate: string;
  readonly notice: OccurrenceNotice;
  readonly openUrl: string;
}

const summaryOf = ({ notice }: ScheduleReminderModel): string => {
  if (notice.kind === 'escalation') return 'A scheduled QA activity was missed';
  switch (notice.when) {
    case 'due-soon':
      return 'A QA activity of yours is due soon';
    case 'due-today':
      return 'A QA activity of yours is due today';
    case 'missed':
      return 'A QA activity of yours is past its date';
  }
};

/** Headed by what happened: the activity and date are shown only in the card itself. */
export const scheduleReminderPreview = (model: ScheduleReminderModel): NotificationPreview =>
  previewOf(summaryOf(model));

const introduction = (model: ScheduleReminderModel): string => {
  const what = SCHEDULE_ACTIVITY_LABELS[model.activity];
  const due = formatDate(model.dueDate);
  const { notice } = model;
  if (notice.kind === 'escalation') {
    return `${what} was due on ${due} and nothing has been recorded. It is ${notice.ownerName}’s to do: please follow it up.`;
  }
  switch (notice.when) {
    case 'due-soon':
      return `${what} is due on ${due}. When it is done, record what came of it in Audit Loop.`;
    case 'due-today':
      return `${what} is due today, ${due}. Record what came of it in Audit Loop, or why it was not done.`;
    case 'missed':
      return `${what} was due on ${due} and nothing has been recorded. The QA lead has been told. Record it as done, or why it was not.`;
  }
};

export const buildScheduleReminderCard = (model: ScheduleReminderModel): AdaptiveCard =>
  card({
    preview: scheduleReminderPreview(model),
    body: [
      paragraph(introduction(model)),
      facts(
        fact('Activity', SCHEDULE_ACTIVITY_LABELS[model.activity]),
        fact('Due', formatDate(model.dueDate)),
      ),
    ],
    actions: [openUrl('Open the activity', model.openUrl)],
  });
