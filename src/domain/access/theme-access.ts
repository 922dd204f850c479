import type { Actor } from '../records/actor';

/** The QA lead curates the theme vocabulary and decides a cycle's themes (section 8). */
export const mayCurateThemes = (actor: Actor): boolean => actor.role === 'QALead';

/** Those who read a cycle's themes: the QA team and senior leaders; heads of service, their own service's. */
export const mayReadThemes = (actor: Actor): boolean =>
  actor.role !== 'Practitioner' && actor.role !== 'TeamManager';

export const CURATE_REFUSAL = 'Only the QA lead curates the learning themes.';
export const READ_REFUSAL =
  'Learning themes are for the QA team, heads of service and senior leaders.';
