import type { Action } from '../records/action';
import type { Actor } from '../records/actor';
import type { Audit } from '../records/audit';

/** How an actor stands to an audit or an action. An actor with none of these has no relation. */
export const RELATIONS = [
  'Auditor',
  'AllocatedWorker',
  'TeamManagerOfTeam',
  'Moderator',
  'Contributor',
  'ActionOwner',
  'SameTeam',
  'SameService',
] as const;
export type Relation = (typeof RELATIONS)[number];

/** The parties of the audit an action came from, when the caller has them. */
export interface ActionParties {
  readonly workerId?: string | null;
  readonly auditorId?: string | null;
  readonly moderatorId?: string | null;
}

/** The parties an action inherits from its audit: its auditor, moderator and allocated worker. */
export const partiesOf = (audit: Audit | null | undefined): ActionParties => ({
  workerId: audit?.workerId ?? null,
  auditorId: audit?.auditorId ?? null,
  moderatorId: audit?.moderatorId ?? null,
});

export type AccessRecord = Audit | Action;

export const isAction = (record: AccessRecord): record is Action => 'ownerId' in record;

const teamAndService = (actor: Actor, teamId: string, serviceAreaId: string): Relation[] => {
  const relations: Relation[] = [];
  if (actor.teamId !== null && actor.teamId === teamId) {
    relations.push('SameTeam');
    if (actor.role === 'TeamManager') relations.push('TeamManagerOfTeam');
  }
  if (actor.serviceAreaId !== null && actor.serviceAreaId === serviceAreaId) {
    relations.push('SameService');
  }
  return relations;
};

const toAudit = (actor: Actor, audit: Audit): Relation[] => [
  ...(audit.auditorId === actor.id ? (['Auditor'] as const) : []),
  ...(audit.workerId === actor.id ? (['AllocatedWorker'] as const) : []),
  ...(audit.moderatorId === actor.id ? (['Moderator'] as const) : []),
  ...(audit.contributorIds.includes(actor.id) ? (['Contributor'] as const) : []),
  ...teamAndService(actor, audit.teamId, audit.serviceAreaId),
];

const toAction = (actor: Actor, action: Action, parties: ActionParties): Relation[] => [
  ...(action.ownerId === actor.id ? (['ActionOwner'] as const) : []),
  ...(parties.workerId === actor.id ? (['AllocatedWorker'] as const) : []),
  ...(parties.auditorId === actor.id ? (['Auditor'] as const) : []),
  ...(parties.moderatorId === actor.id ? (['Moderator'] as const) : []),
  ...teamAndService(actor, action.teamId, action.serviceAreaId),
];

/** Computes, purely, every relation the actor has to the record. */
export const relationsTo = (
  actor: Actor,
  record: AccessRecord,
  parties: ActionParties = {},
): ReadonlySet<Relation> =>
  new Set(isAction(record) ? toAction(actor, record, parties) : toAudit(actor, record));
