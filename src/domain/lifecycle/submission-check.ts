import type { FieldIssue } from '../errors';
import type { Audit } from '../records/audit';
import type { Grade } from '../records/grade';
import { AREAS } from '../records/grade';
import { addDays, dateOf, isIsoDate } from '../calendar/calendar';
import { isBlank, required } from './guards';

/** An action agreed at the end of the audit form (section 7, step 7). */
export interface ActionInput {
  readonly description: string;
  readonly ownerId: string;
  /** ISO date; or give a timescale in days from submission, or neither for the cycle's. */
  readonly dueDate?: string;
  readonly timescaleDays?: number;
  /** "Immediate, to meet good". */
  readonly immediate: boolean;
}

/** Grades for which the auditor may say that no action is needed. */
export const GRADES_NEEDING_NO_ACTION: readonly Grade[] = ['Outstanding', 'Good'];

const areaIssues = (audit: Audit): FieldIssue[] =>
  AREAS.flatMap((area) => [
    ...(audit.areas[area].grade === null
      ? [{ field: `areas.${area}.grade`, message: 'grade this area' }]
      : []),
    ...required(`areas.${area}.evidence`, audit.areas[area].evidence),
  ]);

const actionIssues = (action: ActionInput, index: number, today: string): FieldIssue[] => {
  const at = `actions.${index}`;
  const issues = [...required(`${at}.description`, action.description)];
  issues.push(...required(`${at}.ownerId`, action.ownerId));
  if (action.dueDate !== undefined) {
    if (!isIsoDate(action.dueDate))
      issues.push({ field: `${at}.dueDate`, message: 'is not a date' });
    else if (action.dueDate < today) {
      issues.push({ field: `${at}.dueDate`, message: 'must not be in the past' });
    }
  }
  const days = action.timescaleDays;
  if (days !== undefined && (!Number.isInteger(days) || days < 1)) {
    issues.push({
      field: `${at}.timescaleDays`,
      message: 'must be a whole number of days, 1 or more',
    });
  }
  return issues;
};

const actionsNeededIssues = (
  grade: Grade | null,
  actions: readonly ActionInput[],
  noActionsNeeded: boolean,
): FieldIssue[] => {
  if (noActionsNeeded && actions.length > 0) {
    return [{ field: 'noActionsNeeded', message: 'cannot be set when actions are given' }];
  }
  if (actions.length > 0 || grade === null) return [];
  if (noActionsNeeded && GRADES_NEEDING_NO_ACTION.includes(grade)) return [];
  return [
    {
      field: 'actions',
      message: noActionsNeeded
        ? `at least one action is needed when the grade is ${grade}`
        : 'add at least one action, or say that none is needed (Outstanding or Good only)',
    },
  ];
};

/** Everything missing before an audit can be submitted, each as a field issue. */
export const submissionIssues = (
  audit: Audit,
  actions: readonly ActionInput[],
  noActionsNeeded: boolean,
  now: string,
): FieldIssue[] => [
  ...areaIssues(audit),
  ...(audit.overallGrade === null ? [{ field: 'overallGrade', message: 'is required' }] : []),
  ...(isBlank(audit.rationale) ? [{ field: 'rationale', message: 'is required' }] : []),
  ...actionsNeededIssues(audit.overallGrade, actions, noActionsNeeded),
  ...actions.flatMap((action, index) => actionIssues(action, index, dateOf(now))),
];

/** The due date: as given, or the timescale (the cycle's, by default) from the submission day. */
export const dueDateOf = (
  action: ActionInput,
  today: string,
  timescales: { readonly actionDays: number; readonly immediateActionDays: number },
): string =>
  action.dueDate ??
  addDays(
    today,
    action.timescaleDays ??
      (action.immediate ? timescales.immediateActionDays : timescales.actionDays),
  );
