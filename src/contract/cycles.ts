import type { AllocationDraw } from '../domain/allocation/allocation-draw';
import type { GradeDistributions } from '../domain/analytics/grade-distributions';
import type { DrawExplanation } from '../domain/allocation/explain-draw';
import type { KeptDraw } from '../domain/allocation/kept-draw';
import type { DrawReplay } from '../domain/allocation/replay-draw';
import type { Allocation, AuditState } from '../domain/records/audit';
import type { Cycle, CycleKind, Timescales } from '../domain/records/cycle';
import type { ReauditProgress } from '../domain/reaudits/reaudit-progress';
import type { ListResponse, Names, RecordDto, Versioned } from './common';

export type CycleDto = RecordDto<Cycle>;

/** `GET /api/cycles`: newest first. */
export type CycleListResponse = ListResponse<CycleDto>;

/** `POST /api/cycles` (QA lead); timescales default to the service's when left out. */
export interface CreateCycleRequest {
  readonly name: string;
  readonly kind: CycleKind;
  readonly startDate: string;
  readonly endDate: string;
  readonly theme: string;
  readonly timescales?: Timescales;
}

export interface CycleResponse {
  readonly cycle: CycleDto;
}

/**
 * `POST /api/cycles/year` (QA lead): a year of six-weekly case file audit cycles from
 * `startDate`, each keyed by its start date; run again, it creates none twice.
 */
export interface CycleYearRequest {
  readonly startDate: string;
  readonly timescales?: Timescales;
}

export interface CycleYearResponse {
  /** The cycles created now, earliest first (none when the year was already planned). */
  readonly created: readonly CycleDto[];
}

/** `PUT /api/cycles/:id` (QA lead): a planned cycle's dates and timescales, with its version. */
export interface CycleEditRequest extends Versioned {
  readonly startDate: string;
  readonly endDate: string;
  readonly timescales: Timescales;
}

/** How the draw is made; the register, staff, teams and history are the server's. */
export interface AllocationRules {
  /** Unsigned 32-bit. Left out of a preview, the server picks one and returns it. */
  readonly seed?: number;
  readonly sampleSize:
    | { readonly kind: 'perAuditor'; readonly casesPerAuditor: number }
    | { readonly kind: 'total'; readonly totalCases: number };
  readonly stratifyByCohort: boolean;
  /** Leave out cases audited in this many most recent earlier cycles. */
  readonly excludeRecentCycles: number;
  readonly moderation: {
    readonly share: number;
    readonly lowAgreementThreshold: number;
    readonly lowAgreementShare: number;
  };
}

/** `POST /api/cycles/:id/allocation/preview` (QA lead): runs the draw, writes nothing. */
export type AllocationPreviewRequest = AllocationRules;

export interface AllocationPreviewResponse {
  /** Allocations, exclusions with reasons, loads and the seed to commit with. */
  readonly draw: AllocationDraw;
  /** Why each case is moderated or not, and the moderated share in one sentence. */
  readonly explanation: DrawExplanation;
  readonly names: Names;
}

/**
 * `POST /api/cycles/:id/allocation/commit` (QA lead): the same rules with the previewed seed and
 * the cycle's version. Creates the audits and marks the cycle Allocated; a second commit of the
 * same cycle is refused (409).
 */
export interface AllocationCommitRequest extends AllocationRules, Versioned {
  readonly seed: number;
}

export interface AllocationCommitResponse {
  readonly cycle: CycleDto;
  /** Audits created, one per allocation. */
  readonly created: number;
  readonly draw: AllocationDraw;
  readonly names: Names;
}

/** One row of the audit allocation tracker: the allocation and where the audit has got to. */
export interface TrackerRow extends Allocation {
  readonly auditId: string;
  readonly state: AuditState;
  readonly submittedAt: string | null;
  readonly moderatedAt: string | null;
  readonly gradeSharedOn: string | null;
  /** Not submitted and past the audit due date. */
  readonly auditOverdue: boolean;
  /** For a re-audit: the grade before, after (once it stands) and whether it improved. */
  readonly reaudit: ReauditProgress | null;
  readonly version: string;
}

/** `GET /api/cycles/:id/tracker?page=…`: a page of the rows the caller may see. */
export interface TrackerResponse {
  readonly cycle: CycleDto;
  /** 'service': a head of service's rows only; 'all': every row. */
  readonly scope: 'service' | 'all';
  /** Audits in the whole cycle, whoever may see them: so an empty service page says why. */
  readonly allocatedInCycle: number;
  /** Of those, audits neither moderated nor closed: closing now needs a reason. */
  readonly openInCycle: number;
  readonly rows: readonly TrackerRow[];
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
  readonly names: Names;
}

/** `GET /api/cycles/:id/draw` (QA lead, PSW, senior leaders): the draw kept at commit. */
export interface KeptDrawResponse {
  readonly draw: KeptDraw;
}

/** `POST /api/cycles/:id/draw/replay`: the pure draw run again on the kept inputs. */
export interface DrawReplayResponse {
  readonly seed: number;
  readonly replay: DrawReplay;
}

/** `POST /api/cycles/:id/close` (QA lead): with a reason when audits are still open. */
export interface CycleCloseRequest extends Versioned {
  readonly reason: string;
}

export interface CycleCloseResponse {
  readonly cycle: CycleDto;
  /** The end-of-cycle grade distribution. */
  readonly distribution: GradeDistributions;
  /** Case numbers of the audits still open when it closed. */
  readonly stillOpen: readonly string[];
}
