/** What an audit's journey is planned from, and the world it runs in. */
import { DEFAULT_ON_SUBMIT_RULES } from '../domain/allocation';
import type { Allocation, Cycle, Grade } from '../domain/records';
import type { ActionWorld } from './action-journeys';
import type { CycleAge } from './cycles';
import type { ActionPlanning } from './shape';
import type { RestingAuditState } from './targets';

export interface AuditPlan {
  readonly id: string;
  readonly allocation: Allocation;
  readonly overall: Grade;
  readonly target: RestingAuditState;
}

export interface AuditWorld extends ActionWorld {
  readonly cycle: Cycle;
  readonly age: CycleAge;
  /** The end of `today`: no step happens after it. */
  readonly limit: number;
  /** This cycle's moderations per moderator, for moderators added when a grade is submitted. */
  readonly moderatorLoads: Map<string, number>;
  readonly actionPlanning: ActionPlanning;
}

/** Audits that will be moderated: sampled at allocation, or graded Outstanding or Inadequate. */
export const isModerated = (plan: Pick<AuditPlan, 'allocation' | 'overall'>): boolean =>
  plan.allocation.moderatorId !== null ||
  DEFAULT_ON_SUBMIT_RULES.alwaysModerated.includes(plan.overall);
