/**
 * Audit Loop's Adaptive Cards: pure builders from small models to Adaptive Card 1.5 JSON, shared
 * by the bot (notifications and Action.Execute responses) and the tab (previews).
 */
import type { AdaptiveCard, NotificationPreview } from './card-types';
import {
  actionReminderPreview,
  buildActionReminderCard,
  type ActionReminderModel,
} from './action-reminder.card';
import {
  allocationNoticePreview,
  buildAllocationNoticeCard,
  type AllocationNoticeModel,
} from './allocation-notice.card';
import {
  buildClosureApprovalCard,
  closureApprovalPreview,
  type ClosureApprovalModel,
} from './closure-approval.card';
import { buildErrorCard, errorPreview, type ErrorCardModel } from './error.card';
import {
  buildGradeSharedCard,
  gradeSharedPreview,
  type GradeSharedModel,
} from './grade-shared.card';
import {
  buildInadequateAlertCard,
  inadequateAlertPreview,
  type InadequateAlertModel,
} from './inadequate-alert.card';
import {
  buildModerationDisagreementCard,
  moderationDisagreementPreview,
  type ModerationDisagreementModel,
} from './moderation-disagreement.card';
import {
  buildScheduleReminderCard,
  scheduleReminderPreview,
  type ScheduleReminderModel,
} from './schedule-reminder.card';

export * from './card-types';
export * from './verbs';
export * from './action-reminder.card';
export * from './allocation-notice.card';
export * from './closure-approval.card';
export * from './error.card';
export * from './grade-shared.card';
export * from './inadequate-alert.card';
export * from './moderation-disagreement.card';
export * from './schedule-reminder.card';

/** Every card's model, told apart by `kind`. */
export type CardModel =
  | AllocationNoticeModel
  | GradeSharedModel
  | InadequateAlertModel
  | ModerationDisagreementModel
  | ActionReminderModel
  | ClosureApprovalModel
  | ScheduleReminderModel
  | ErrorCardModel;

export type CardKind = CardModel['kind'];

/** Build whichever card the model describes. */
export const buildCard = (model: CardModel): AdaptiveCard => {
  switch (model.kind) {
    case 'allocation-notice':
      return buildAllocationNoticeCard(model);
    case 'grade-shared':
      return buildGradeSharedCard(model);
    case 'inadequate-alert':
      return buildInadequateAlertCard(model);
    case 'moderation-disagreement':
      return buildModerationDisagreementCard(model);
    case 'action-reminder':
      return buildActionReminderCard(model);
    case 'closure-approval':
      return buildClosureApprovalCard(model);
    case 'schedule-reminder':
      return buildScheduleReminderCard(model);
    case 'error':
      return buildErrorCard(model);
  }
};

/**
 * The activity's `summary` and `text` for a card: generic words only, because a phone may show
 * them on its lock screen. Never a case number, a grade or a name.
 */
export const notificationPreview = (model: CardModel): NotificationPreview => {
  switch (model.kind) {
    case 'allocation-notice':
      return allocationNoticePreview(model);
    case 'grade-shared':
      return gradeSharedPreview(model);
    case 'inadequate-alert':
      return inadequateAlertPreview(model);
    case 'moderation-disagreement':
      return moderationDisagreementPreview(model);
    case 'action-reminder':
      return actionReminderPreview(model);
    case 'closure-approval':
      return closureApprovalPreview(model);
    case 'schedule-reminder':
      return scheduleReminderPreview(model);
    case 'error':
      return errorPreview(model);
  }
};
