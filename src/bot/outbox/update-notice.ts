import type { AdaptiveCard, NotificationPreview } from '../../cards';
import { card, fact, facts, openUrl, paragraph, previewOf } from '../../cards/elements';

/**
 * A plain notice for events that have no card of their own yet (a submitted audit for the
 * moderator, an agreed moderation, a verified action…): what happened, in the audit log's
 * non-sensitive words, and a link into the tab. The lock-screen fields stay generic.
 */
export interface UpdateNoticeModel {
  readonly kind: 'update';
  /** e.g. "Moderation agreed" — from the audit log's summaries: no grade, name or free text. */
  readonly what: string;
  readonly caseNumber: string;
  readonly openUrl: string;
  readonly linkTitle: 'Open audit' | 'Open action';
}

/** Headed by what happened ("Moderation agreed"): no case number, grade or name, so lock-screen safe. */
export const updateNoticePreview = (model: UpdateNoticeModel): NotificationPreview =>
  previewOf(model.what);

export const buildUpdateNoticeCard = (model: UpdateNoticeModel): AdaptiveCard =>
  card({
    preview: updateNoticePreview(model),
    body: [
      paragraph(`On the audit of case ${model.caseNumber}: ${model.what.toLowerCase()}.`),
      facts(fact('Case number', model.caseNumber)),
    ],
    actions: [openUrl(model.linkTitle, model.openUrl)],
  });
