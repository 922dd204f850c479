import type { ACTION_TRANSITIONS, AUDIT_TRANSITIONS } from '../domain/access/transitions';
import type { AuditDraft } from '../domain/lifecycle/audit-draft';
import type { ActionInput } from '../domain/lifecycle/submission-check';
import type { Action, ActionState } from '../domain/records/action';
import type { Audit, AuditState } from '../domain/records/audit';
import type { Grade } from '../domain/records/grade';
import type { Moderation, ModerationOutcome } from '../domain/records/moderation';
import type { PageQuery, PageResponse, RecordDto, Versioned } from './common';

export type AuditTransition = (typeof AUDIT_TRANSITIONS)[number];
export type ActionTransition = (typeof ACTION_TRANSITIONS)[number];

/**
 * An audit as the caller may see it. Until the auditor shares the grade, the allocated worker
 * (and any practitioner who is not the auditor) gets it with `overallGrade: null`,
 * `rationale: ''` and every area's grade null, and `gradeVisible: false`.
 */
export interface AuditDto extends RecordDto<Audit, AuditTransition> {
  readonly gradeVisible: boolean;
  /**
   * The grade that stands: the moderated grade once agreed or resolved, else the auditor's
   * (`record.overallGrade`, shown beside it where they differ); null while the grade is hidden.
   */
  readonly standingGrade: Grade | null;
}

/** The moderation of an audit; sent only to those who may see the grade. */
export type ModerationDto = RecordDto<Moderation>;

export type ActionDto = RecordDto<Action, ActionTransition>;

/** `GET /api/audits/:id`, and the answer to every audit write. */
export interface AuditDetailResponse {
  readonly audit: AuditDto;
  readonly moderation: ModerationDto | null;
  readonly actions: readonly ActionDto[];
}

export const AUDIT_SCOPES = ['allocatedToMe', 'myCases', 'team', 'service', 'all'] as const;
export type AuditScope = (typeof AUDIT_SCOPES)[number];

/** `GET /api/audits?scope=&cycleId=&state=&page=…` (scope defaults to allocatedToMe). */
export interface AuditListQuery extends PageQuery {
  readonly scope?: AuditScope;
  readonly cycleId?: string;
  readonly state?: AuditState;
  /** 'true': only audits in moderation (a moderator assigned; submitted, agreed or disagreed). */
  readonly inModeration?: 'true';
  /** 'open': only audits whose Inadequate alert was raised and not yet acknowledged. */
  readonly alert?: 'open';
}

export type AuditListResponse = PageResponse<AuditDto>;

/** `PUT /api/audits/:id/draft`. */
export interface SaveDraftRequest extends Versioned {
  readonly draft: AuditDraft;
}

/** `POST /api/audits/:id/start`, `/share-grade`, `/complete-without-moderation`. */
export type VersionOnlyRequest = Versioned;

/** `POST /api/audits/:id/submit`. */
export interface SubmitAuditRequest extends Versioned {
  readonly draft?: AuditDraft;
  readonly actions: readonly ActionInput[];
  /** Only for Outstanding or Good, and only with no actions. */
  readonly noActionsNeeded: boolean;
}

/** `POST /api/audits/:id/worker-feedback` (the allocated worker). */
export interface WorkerFeedbackRequest extends Versioned {
  readonly feedback: string;
}

/** `POST /api/audits/:id/contributors`. */
export interface AddContributorRequest extends Versioned {
  readonly contributorId: string;
}

/** `POST /api/audits/:id/reallocate` (QA lead). */
export interface ReallocateRequest extends Versioned {
  readonly auditorId: string;
}

/** `POST /api/audits/:id/moderator` (QA lead); the moderator's role is read from the Staff list. */
export interface AssignModeratorRequest extends Versioned {
  readonly moderatorId: string;
}

/** `POST /api/audits/:id/moderation` (the assigned moderator). */
export interface ModerateRequest extends Versioned {
  readonly outcome: ModerationOutcome;
  /** Required, and different from the auditor's grade, when Disagreed. */
  readonly moderatedGrade?: Grade;
  readonly reasons: string;
}

/** `POST /api/audits/:id/moderation/resolve` (auditor or moderator). */
export interface ResolveDisagreementRequest extends Versioned {
  readonly learningNotes: string;
}

/** `GET /api/moderation/queue`: audits the caller moderates that await them. */
export type ModerationQueueResponse = PageResponse<AuditDto>;

export type { ActionInput, AuditDraft, ActionState };
