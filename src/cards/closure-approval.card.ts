import type { AdaptiveCard, NotificationPreview } from './card-types';
import { card, execute, fact, facts, openUrl, paragraph, previewOf, refreshFor } from './elements';
import { formatDateTime } from './format';
import { INPUT_IDS, VERBS, type ActionRefData } from './verbs';

export type ClosureDecision =
  | { readonly outcome: 'approved'; readonly byName: string; readonly at: string }
  | {
      readonly outcome: 'returned';
      readonly byName: string;
      readonly at: string;
    };

export interface ClosureDetail {
  readonly description: string;
  readonly evidence: string;
}

export interface ClosureApprovalModel {
  readonly kind: 'closure-approval';
  readonly actionId: string;
  /** Version (eTag) of the action the card was built from. */
  readonly version: string;
  readonly caseNumber: string;
  /**
   * What the action was and its evidence: never in the card as sent (Teams keeps cards outside
   * the site's permissions and retention), only in the refreshed card a listed head of service
   * sees while the decision is theirs to make, re-checked against the Staff list each time.
   */
  readonly detail: ClosureDetail | null;
  readonly completedByName: string;
  readonly verifiedByName: string;
  /** ISO timestamp of the QA lead's verification. */
  readonly verifiedAt: string;
  readonly openUrl: string;
  /** Teams user MRIs of everyone who sees the card, so it updates in place for each of them. */
  readonly refreshUserIds: readonly string[];
  readonly decision: ClosureDecision | null;
}

export const closureApprovalPreview = (model: ClosureApprovalModel): NotificationPreview =>
  previewOf(
    model.decision === null
      ? 'An action is ready for your approval to close'
      : 'A decision has been made on closing an action',
  );

const decisionText = (decision: ClosureDecision): string =>
  decision.outcome === 'approved'
    ? `Approved by ${decision.byName} on ${formatDateTime(decision.at)}. The action is closed.`
    : `Returned by ${decision.byName} on ${formatDateTime(decision.at)}. The action is open again for more work.`;

export const buildClosureApprovalCard = (model: ClosureApprovalModel): AdaptiveCard => {
  const { decision } = model;
  const ask =
    decision === null
      ? ' Please approve its closure, or return it with a reason if more is needed.'
      : '';
  const returned = decision?.outcome === 'returned';
  const details = [
    paragraph(
      returned
        ? `An action from the audit of case ${model.caseNumber} was returned for more work.`
        : `The QA lead has verified this action from the audit of case ${model.caseNumber}.${ask}`,
    ),
    facts(
      fact('Case number', model.caseNumber),
      fact('Completed by', model.completedByName),
      ...(returned
        ? []
        : [
            fact('Verified by', model.verifiedByName),
            fact('Verified on', formatDateTime(model.verifiedAt)),
          ]),
    ),
    ...(model.detail === null
      ? [paragraph('Open the action in Audit Loop to read what it was and its evidence.')]
      : [
          facts(fact('Action', model.detail.description)),
          paragraph('Evidence', { weight: 'bolder', spacing: 'medium' }),
          paragraph(model.detail.evidence),
        ]),
  ];
  if (decision !== null) {
    return card({
      preview: closureApprovalPreview(model),
      body: [...details, paragraph(decisionText(decision), { weight: 'bolder', separator: true })],
    });
  }
  const data: ActionRefData = { actionId: model.actionId, version: model.version };
  const refresh = refreshFor(VERBS.closureRefresh, { ...data }, model.refreshUserIds);
  return card({
    preview: closureApprovalPreview(model),
    body: details,
    actions: [
      execute('Approve', VERBS.closureApprove, { ...data }, 'positive'),
      {
        type: 'Action.ShowCard',
        title: 'Return',
        card: {
          type: 'AdaptiveCard',
          body: [
            {
              type: 'Input.Text',
              id: INPUT_IDS.reason,
              label: 'Why are you returning this action?',
              placeholder: 'Say what more is needed before it can close',
              isMultiline: true,
              isRequired: true,
              maxLength: 4000,
              errorMessage: 'Please give a reason, so the owner knows what more is needed.',
            },
          ],
          actions: [execute('Return the action', VERBS.closureReturn, { ...data }, 'destructive')],
        },
      },
      openUrl('Open action', model.openUrl),
    ],
    refresh,
  });
};
