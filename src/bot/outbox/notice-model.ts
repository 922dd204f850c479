import {
  buildCard,
  notificationPreview,
  type AdaptiveCard,
  type CardKind,
  type CardModel,
  type NotificationPreview,
} from '../../cards';
import {
  buildUpdateNoticeCard,
  updateNoticePreview,
  type UpdateNoticeModel,
} from './update-notice';

/** What an outbox row carries (as JSON in its Payload column): a card model. */
export type NoticeModel = CardModel | UpdateNoticeModel;

const CARD_KINDS: readonly (CardKind | 'update')[] = [
  'allocation-notice',
  'grade-shared',
  'inadequate-alert',
  'moderation-disagreement',
  'action-reminder',
  'closure-approval',
  'schedule-reminder',
  'error',
  'update',
];

export const buildNoticeCard = (model: NoticeModel): AdaptiveCard =>
  model.kind === 'update' ? buildUpdateNoticeCard(model) : buildCard(model);

export const noticePreview = (model: NoticeModel): NotificationPreview =>
  model.kind === 'update' ? updateNoticePreview(model) : notificationPreview(model);

/**
 * Reads a row's payload back. A payload the app cannot read (say, hand-edited in SharePoint)
 * gives null: that row is failed, never retried.
 */
export function readNoticeModel(payload: string): NoticeModel | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(payload);
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null || !('kind' in parsed)) return null;
  const { kind } = parsed;
  return CARD_KINDS.some((k) => k === kind) ? (parsed as NoticeModel) : null;
}
