import type { ActionDto, AuditDto } from './audits';

/**
 * `GET /api/home`: the caller's home view. Sections that do not apply to the caller's role are
 * empty arrays (e.g. `closureApprovals` for anyone but a head of service).
 */
export interface HomeResponse {
  /** Audits the caller audits, not yet closed, soonest due first. */
  readonly allocatedToMe: readonly AuditDto[];
  /** Audits of the caller's cases (as allocated worker); grade hidden until shared. */
  readonly myCases: readonly AuditDto[];
  /** Actions the caller owns, open or awaiting verification or closure. */
  readonly myActions: readonly ActionDto[];
  /** Team managers: their team's actions that are not yet finished. */
  readonly teamActions: readonly ActionDto[];
  /** Audits the caller moderates that await moderation or resolution. */
  readonly moderationQueue: readonly AuditDto[];
  /** Inadequate audits not yet closed (HOS: their service; QA lead, PSW, AD, director: all). */
  readonly inadequateAlerts: readonly AuditDto[];
  /** Heads of service: verified actions in their service awaiting closure approval. */
  readonly closureApprovals: readonly ActionDto[];
  /** QA lead: completed actions awaiting verification. */
  readonly verificationQueue: readonly ActionDto[];
  readonly counts: HomeCounts;
}

export interface HomeCounts {
  readonly allocatedToMe: number;
  /** Of allocatedToMe: past the audit due date and not submitted. */
  readonly overdueAudits: number;
  readonly myCases: number;
  readonly myActions: number;
  /** Of myActions: open or in progress and past the due date. */
  readonly overdueActions: number;
  readonly teamActions: number;
  readonly moderationQueue: number;
  readonly inadequateAlerts: number;
  readonly closureApprovals: number;
  readonly verificationQueue: number;
}
