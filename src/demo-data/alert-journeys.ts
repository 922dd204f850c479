/**
 * The Inadequate alert (section 7, step 9), raised by the auditor's grade or a moderator's:
 * acknowledged, once, by the head of service or the case's team manager, mostly within a day
 * or two; a few recent ones are still waiting.
 */
import { acknowledgeAlert } from '../domain/lifecycle';
import type { AuditPlan, AuditWorld } from './audit-world';
import { must } from './directory';
import { chance } from './pick';
import { Timeline } from './timeline';

const STILL_WAITING = { current: 0.3, recent: 0.1, older: 0.02, oldest: 0, archived: 0 };

export const planAlertAcknowledgement = (
  w: AuditWorld,
  plan: AuditPlan,
  raisedAt: number,
): void => {
  const { rng, dir, ledger } = w;
  if (chance(rng, STILL_WAITING[w.age])) return;
  const { serviceAreaId, teamManagerId } = plan.allocation;
  const actorId = chance(rng, 0.6) ? dir.headOfService(serviceAreaId).id : teamManagerId;
  w.schedule.add(new Timeline(rng, raisedAt, w.limit).next(0, 2), (now) => {
    const acknowledged = acknowledgeAlert(ledger.audit(plan.id), dir.actor(actorId), { now });
    ledger.putAudit(must(acknowledged, `acknowledge the alert on ${plan.id}`).next);
  });
};
