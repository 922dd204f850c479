import type { AdaptiveCard, CardElement, NotificationPreview } from './card-types';
import { card, execute, fact, facts, openUrl, paragraph, previewOf } from './elements';
import { formatDateTime } from './format';
import { VERBS, type AuditRefData } from './verbs';

export interface Acknowledgement {
  readonly byName: string;
  /** ISO timestamp. */
  readonly at: string;
}

export interface InadequateAlertModel {
  readonly kind: 'inadequate-alert';
  readonly auditId: string;
  /** Version (eTag) of the audit the card was built from. */
  readonly version: string;
  readonly cycleLabel: string;
  readonly caseNumber: string;
  readonly teamName: string;
  readonly auditorName: string;
  /** ISO timestamp the audit was submitted. */
  readonly submittedAt: string;
  readonly openUrl: string;
  /** Null until the head of service or team manager acknowledges the alert. */
  readonly acknowledgement: Acknowledgement | null;
}

export const inadequateAlertPreview = (model: InadequateAlertModel): NotificationPreview =>
  previewOf(
    model.acknowledgement === null
      ? 'An audit needs your attention'
      : 'An audit alert has been acknowledged',
  );

export const buildInadequateAlertCard = (model: InadequateAlertModel): AdaptiveCard => {
  const data: AuditRefData = { auditId: model.auditId, version: model.version };
  const details: CardElement[] = [
    {
      type: 'Container',
      style: 'attention',
      items: [
        paragraph(
          `The audit of case ${model.caseNumber} has been graded Inadequate. The case requires immediate attention: please review it with the team and agree what needs to happen now.`,
          { weight: 'bolder' },
        ),
      ],
    },
    facts(
      fact('Case number', model.caseNumber),
      fact('Team', model.teamName),
      fact('Cycle', model.cycleLabel),
      fact('Overall grade', 'Inadequate'),
      fact('Auditor', model.auditorName),
      fact('Submitted', formatDateTime(model.submittedAt)),
    ),
  ];
  const { acknowledgement } = model;
  if (acknowledgement !== null) {
    return card({
      preview: inadequateAlertPreview(model),
      body: [
        ...details,
        paragraph(
          `Acknowledged by ${acknowledgement.byName} on ${formatDateTime(acknowledgement.at)}.`,
          { weight: 'bolder', separator: true },
        ),
      ],
      actions: [openUrl('Open audit', model.openUrl)],
    });
  }
  return card({
    preview: inadequateAlertPreview(model),
    body: [
      ...details,
      paragraph('Acknowledge this alert to let the service know you have seen it.', {
        isSubtle: true,
      }),
    ],
    actions: [
      openUrl('Open audit', model.openUrl),
      execute('Acknowledge', VERBS.inadequateAcknowledge, { ...data }, 'positive'),
    ],
  });
};
