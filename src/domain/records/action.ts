/**
 * Action lifecycle (DESIGN.md): Open → InProgress → Completed (evidence) → Verified (QA lead)
 * → Closed (head of service approval), or NotCompleted with a recorded reason.
 * A closure returned by the head of service goes back to InProgress with the reason recorded,
 * so the owner can act on it and complete it again.
 */
export const ACTION_STATES = [
  'Open',
  'InProgress',
  'Completed',
  'Verified',
  'Closed',
  'NotCompleted',
] as const;
export type ActionState = (typeof ACTION_STATES)[number];

/** Work still to be done: reminded, and overdue once past its due date. */
export const OPEN_ACTION_STATES: readonly ActionState[] = ['Open', 'InProgress'];
/** States that close the loop. */
export const FINISHED_ACTION_STATES: readonly ActionState[] = ['Closed', 'NotCompleted'];

/** Open or in progress. Completed work awaiting verification is not open. */
export const isOpenAction = (action: Pick<Action, 'state'>): boolean =>
  OPEN_ACTION_STATES.includes(action.state);

/** Overdue applies to open work only: past its due date (ISO) and still open. */
export const isOverdueAction = (
  action: Pick<Action, 'state' | 'dueDate'>,
  today: string,
): boolean => isOpenAction(action) && action.dueDate < today;

/** The loop is closed: approved, or recorded as not completed. */
export const isFinishedAction = (action: Pick<Action, 'state'>): boolean =>
  FINISHED_ACTION_STATES.includes(action.state);

export interface ProgressNote {
  readonly at: string;
  readonly byId: string;
  readonly note: string;
}

export interface SupervisionReview {
  /** ISO date of the supervision in which the action was reviewed. */
  readonly date: string;
  readonly byId: string;
  readonly note: string;
}

/** Escalation of an overdue action: first the team manager, then the head of service. */
export const ESCALATION_LEVELS = ['None', 'TeamManager', 'HeadOfService'] as const;
export type EscalationLevel = (typeof ESCALATION_LEVELS)[number];

export interface Action {
  readonly id: string;
  readonly auditId: string;
  readonly cycleId: string;
  readonly caseNumber: string;
  readonly teamId: string;
  readonly serviceAreaId: string;
  readonly description: string;
  readonly ownerId: string;
  /** "Immediate, to meet good" (section 7, step 7). */
  readonly immediate: boolean;
  /** ISO date. */
  readonly dueDate: string;
  readonly state: ActionState;
  readonly progress: readonly ProgressNote[];
  readonly supervisionReviews: readonly SupervisionReview[];
  readonly evidence: string;
  readonly completedById: string | null;
  readonly completedAt: string | null;
  readonly verifiedById: string | null;
  readonly verifiedAt: string | null;
  readonly closureRequestedAt: string | null;
  readonly closedById: string | null;
  readonly closedAt: string | null;
  /** The head of service's reason when a closure is returned, who returned it, and when. */
  readonly returnReason: string;
  readonly returnedById: string | null;
  readonly returnedAt: string | null;
  readonly notCompletedReason: string;
  readonly escalation: EscalationLevel;
  readonly createdAt: string;
}

/** What an action is given when it is agreed at audit; everything else starts empty. */
export type ActionOrigin = Pick<
  Action,
  | 'id'
  | 'auditId'
  | 'cycleId'
  | 'caseNumber'
  | 'teamId'
  | 'serviceAreaId'
  | 'description'
  | 'ownerId'
  | 'immediate'
  | 'dueDate'
  | 'createdAt'
>;

/** A newly agreed action: open, with no progress, evidence, review or decision yet. */
export const openAction = (origin: ActionOrigin): Action => ({
  ...origin,
  state: 'Open',
  progress: [],
  supervisionReviews: [],
  evidence: '',
  completedById: null,
  completedAt: null,
  verifiedById: null,
  verifiedAt: null,
  closureRequestedAt: null,
  closedById: null,
  closedAt: null,
  returnReason: '',
  returnedById: null,
  returnedAt: null,
  notCompletedReason: '',
  escalation: 'None',
});
