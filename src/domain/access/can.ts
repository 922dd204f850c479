import type { Actor } from '../records/actor';
import { SYSTEM_ACTOR_ID } from '../records/actor';
import { PERMISSIONS } from './permission-matrix';
import type { Relation } from './relations';
import type { TransitionName } from './transitions';
import { SYSTEM_TRANSITIONS } from './transitions';

/** Whether the actor, standing in these relations to the record, may make the transition. */
export const can = (
  actor: Actor,
  transition: TransitionName,
  relations: ReadonlySet<Relation>,
): boolean => {
  if (actor.id === SYSTEM_ACTOR_ID) return SYSTEM_TRANSITIONS.includes(transition);
  const rule = PERMISSIONS[transition][actor.role];
  if (rule === undefined) return false;
  if (rule === 'always') return true;
  return rule.some((relation) => relations.has(relation));
};

/** Every transition the actor may make on a record, e.g. to show the right buttons. */
export const allowedTransitions = <T extends TransitionName>(
  actor: Actor,
  candidates: readonly T[],
  relations: ReadonlySet<Relation>,
): T[] => candidates.filter((transition) => can(actor, transition, relations));
