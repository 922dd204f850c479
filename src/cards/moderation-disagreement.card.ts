import type { Grade } from '../domain/records';
import type { AdaptiveCard, CardAction, NotificationPreview, Refresh } from './card-types';
import { card, execute, fact, facts, openUrl, paragraph, previewOf, refreshFor } from './elements';
import { formatDate, formatDateTime } from './format';
import { INPUT_IDS, VERBS, type ModerationRefData } from './verbs';

/** How the auditor answered the card, once they have. */
export type ModerationResponse =
  | { readonly kind: 'acknowledged'; readonly byName: string; readonly at: string }
  | {
      readonly kind: 'discussion-proposed';
      readonly byName: string;
      readonly at: string;
      /** ISO date proposed for the learning conversation. */
      readonly proposedDate: string;
    };

export interface ModerationDetail {
  readonly reasons: string;
}

export interface ModerationDisagreementModel {
  readonly kind: 'moderation-disagreement';
  readonly moderationId: string;
  readonly auditId: string;
  /** Version (eTag) of the moderation the card was built from. */
  readonly version: string;
  readonly cycleLabel: string;
  readonly caseNumber: string;
  readonly auditorGrade: Grade;
  readonly moderatedGrade: Grade;
  readonly moderatorName: string;
  /**
   * The moderator's reasons: never in the card as sent (Teams keeps cards outside the site's
   * permissions and retention), only in the refreshed card the auditor or the moderator sees
   * while the disagreement is open, re-checked against the Staff list each time.
   */
  readonly detail: ModerationDetail | null;
  readonly openUrl: string;
  /** Teams user MRIs of everyone who receives the card, so it refreshes for each of them. */
  readonly refreshUserIds: readonly string[];
  readonly response: ModerationResponse | null;
}

export const moderationDisagreementPreview = (
  _model: ModerationDisagreementModel,
): NotificationPreview => previewOf('Moderation feedback on one of your audits is ready');

const responseText = (response: ModerationResponse): string =>
  response.kind === 'acknowledged'
    ? `Acknowledged by ${response.byName} on ${formatDateTime(response.at)}.`
    : `${response.byName} proposed a discussion on ${formatDate(response.proposedDate)} (sent ${formatDateTime(response.at)}).`;

const refData = (model: ModerationDisagreementModel): ModerationRefData => ({
  moderationId: model.moderationId,
  auditId: model.auditId,
  version: model.version,
});

const refreshOf = (model: ModerationDisagreementModel): Refresh =>
  refreshFor(VERBS.moderationRefresh, { ...refData(model) }, model.refreshUserIds);

const reasonsOf = (model: ModerationDisagreementModel) =>
  model.detail === null
    ? [
        paragraph(
          "The moderator's reasons show here when the card refreshes for you, or open the audit in Audit Loop to read them.",
        ),
      ]
    : [
        paragraph("Moderator's reasons", { weight: 'bolder', spacing: 'medium' }),
        paragraph(model.detail.reasons),
      ];

const pendingActions = (model: ModerationDisagreementModel): readonly CardAction[] => {
  const data = refData(model);
  return [
    execute('Acknowledge', VERBS.moderationAcknowledge, { ...data }, 'positive'),
    {
      type: 'Action.ShowCard',
      title: 'Arrange a discussion',
      card: {
        type: 'AdaptiveCard',
        body: [
          {
            type: 'Input.Date',
            id: INPUT_IDS.proposedDate,
            label: 'Proposed date for the discussion',
            isRequired: true,
            errorMessage: 'Please choose a date for the discussion.',
          },
        ],
        actions: [execute('Propose this date', VERBS.moderationArrange, { ...data })],
      },
    },
    openUrl('Open audit', model.openUrl),
  ];
};

export const buildModerationDisagreementCard = (
  model: ModerationDisagreementModel,
): AdaptiveCard => {
  const body = [
    paragraph(
      `Thank you for your audit of case ${model.caseNumber}. ${model.moderatorName} has moderated it and reached a different grade. Your grade stays on the record alongside theirs: this is a learning conversation, not a correction.`,
    ),
    facts(
      fact('Case number', model.caseNumber),
      fact('Cycle', model.cycleLabel),
      fact('Your grade', model.auditorGrade),
      fact('Moderated grade', model.moderatedGrade),
      fact('Moderator', model.moderatorName),
    ),
    ...reasonsOf(model),
  ];
  const { response } = model;
  if (response !== null) {
    return card({
      preview: moderationDisagreementPreview(model),
      body: [...body, paragraph(responseText(response), { weight: 'bolder', separator: true })],
      actions: [openUrl('Open audit', model.openUrl)],
      refresh: refreshOf(model),
    });
  }
  return card({
    preview: moderationDisagreementPreview(model),
    body: [
      ...body,
      paragraph(
        'Acknowledge the feedback, or suggest a date to talk it through with the moderator.',
        { isSubtle: true },
      ),
    ],
    actions: pendingActions(model),
    refresh: refreshOf(model),
  });
};
