import type { AdaptiveCard, CardAction, CardElement, NotificationPreview } from './card-types';
import { card, execute, fact, facts, openUrl, paragraph, previewOf } from './elements';
import { formatDate, formatDateTime } from './format';
import { INPUT_IDS, VERBS, type ActionRefData } from './verbs';

/**
 * Why the card was sent: a reminder to the action's owner, or an overdue action escalated to
 * the team manager and then the head of service.
 */
export type ActionNotice =
  | { readonly kind: 'reminder'; readonly when: 'due-soon' | 'due-today' | 'overdue' }
  | {
      readonly kind: 'escalation';
      readonly to: 'TeamManager' | 'HeadOfService';
      readonly ownerName: string;
    };

export interface ActionReminderModel {
  readonly kind: 'action-reminder';
  readonly actionId: string;
  /** Version (eTag) of the action the card was built from. */
  readonly version: string;
  readonly caseNumber: string;
  /** ISO date. */
  readonly dueDate: string;
  /** "Immediate, to meet good". */
  readonly immediate: boolean;
  readonly notice: ActionNotice;
  readonly openUrl: string;
  /** Set once the action has been marked complete from this card (or elsewhere). */
  readonly completed: { readonly byName: string; readonly at: string } | null;
}

const summaryOf = (model: ActionReminderModel): string => {
  if (model.completed !== null) return 'An action has been marked complete';
  const { notice } = model;
  if (notice.kind === 'escalation') return 'An overdue action needs your attention';
  switch (notice.when) {
    case 'due-soon':
      return 'You have an action due soon';
    case 'due-today':
      return 'You have an action due today';
    case 'overdue':
      return 'You have an overdue action';
  }
};

export const actionReminderPreview = (model: ActionReminderModel): NotificationPreview =>
  previewOf(summaryOf(model));

const introduction = (model: ActionReminderModel): string => {
  const { notice } = model;
  const due = formatDate(model.dueDate);
  if (model.completed !== null) {
    return `An action from the audit of case ${model.caseNumber}, due on ${due}, has been marked complete.`;
  }
  if (notice.kind === 'escalation') {
    const who = notice.to === 'HeadOfService' ? 'the team manager has been told, and ' : '';
    return `An action from the audit of case ${model.caseNumber} was due on ${due} and is not yet complete: ${who}it now comes to you. Please talk it through with ${notice.ownerName}.`;
  }
  switch (notice.when) {
    case 'due-soon':
      return `An action from the audit of case ${model.caseNumber} is due on ${due}.`;
    case 'due-today':
      return `An action from the audit of case ${model.caseNumber} is due today, ${due}.`;
    case 'overdue':
      return `An action from the audit of case ${model.caseNumber} was due on ${due}. If the work is done, mark it complete with where the evidence can be found.`;
  }
};

/** Owners and team managers may complete an action; a head of service follows it up instead. */
const offersCompletion = (notice: ActionNotice): boolean =>
  notice.kind === 'reminder' || notice.to === 'TeamManager';

export const buildActionReminderCard = (model: ActionReminderModel): AdaptiveCard => {
  const details: CardElement[] = [
    paragraph(introduction(model)),
    facts(
      fact('Case number', model.caseNumber),
      fact('Due', formatDate(model.dueDate)),
      ...(model.immediate ? [fact('Priority', 'Immediate, to meet good')] : []),
    ),
    // What the action asks is typed by staff: it stays in Audit Loop, behind the button.
    paragraph('Open the action in Audit Loop to read what it asks.'),
  ];
  const open = openUrl('Open action', model.openUrl);
  const { completed } = model;
  if (completed !== null) {
    const done = `Marked complete by ${completed.byName} on ${formatDateTime(completed.at)}. The QA lead will now verify it.`;
    return card({
      preview: actionReminderPreview(model),
      body: [...details, paragraph(done, { weight: 'bolder', separator: true })],
      actions: [open],
    });
  }
  if (!offersCompletion(model.notice)) {
    return card({ preview: actionReminderPreview(model), body: details, actions: [open] });
  }
  const data: ActionRefData = { actionId: model.actionId, version: model.version };
  const actions: CardAction[] = [
    execute('Mark complete', VERBS.actionComplete, { ...data }, 'positive'),
    open,
  ];
  return card({
    preview: actionReminderPreview(model),
    body: [
      ...details,
      {
        type: 'Input.Text',
        id: INPUT_IDS.evidence,
        label: 'Evidence that the action is complete',
        placeholder: 'For example, where the updated plan can be found on the child’s file',
        isMultiline: true,
        isRequired: true,
        maxLength: 4000,
        errorMessage: 'Please say where the evidence can be found before marking it complete.',
        spacing: 'medium',
      },
    ],
    actions,
  });
};
