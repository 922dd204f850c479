import type { ActionState } from '../domain/records/action';
import type { ActionDto } from './audits';
import type { PageQuery, PageResponse, Versioned } from './common';

export const ACTION_SCOPES = ['mine', 'team', 'service', 'all'] as const;
export type ActionScope = (typeof ACTION_SCOPES)[number];

/** `GET /api/actions?scope=&state=&overdue=` (scope defaults to mine; overdue is 'true'/'false'). */
export interface ActionListQuery extends PageQuery {
  readonly scope?: ActionScope;
  readonly state?: ActionState;
  readonly overdue?: 'true' | 'false';
}

export type ActionListResponse = PageResponse<ActionDto>;

/** `GET /api/actions/:id`, and the answer to every action write. */
export interface ActionDetailResponse {
  readonly action: ActionDto;
}

/** `POST /api/actions/:id/progress`. */
export interface RecordProgressRequest extends Versioned {
  readonly note: string;
}

/** `POST /api/actions/:id/supervision` (the team's manager); date not in the future. */
export interface SupervisionReviewRequest extends Versioned {
  readonly date: string;
  readonly note: string;
}

/** `POST /api/actions/:id/complete`. */
export interface CompleteActionRequest extends Versioned {
  readonly evidence: string;
}

/** `POST /api/actions/:id/verify` (QA lead) and `/approve` (head of service): version only. */
export type ActionVersionOnlyRequest = Versioned;

/** `POST /api/actions/:id/return` (head of service) and `/not-completed` (QA lead). */
export interface ReasonRequest extends Versioned {
  readonly reason: string;
}
