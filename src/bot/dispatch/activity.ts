import { buildNoticeCard, noticePreview, type NoticeModel } from '../outbox/notice-model';
import type { OutgoingActivity } from './connector';

/** The message that carries a notice: the card, and only the generic preview as text. */
export function activityFor(model: NoticeModel): OutgoingActivity {
  const preview = noticePreview(model);
  return {
    type: 'message',
    summary: preview.summary,
    text: preview.text,
    attachments: [
      { contentType: 'application/vnd.microsoft.card.adaptive', content: buildNoticeCard(model) },
    ],
    channelData: { notification: { alert: true } },
  };
}
