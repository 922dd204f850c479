import type { Actor } from '../records/actor';
import type { Audit } from '../records/audit';
import { canView } from './can-view';
import { relationsTo } from './relations';
import { canSeeGrade } from './visible-fields';

/**
 * Whether the actor may see an audit's moderation. It holds the auditor's and the moderated
 * grade, so only someone who may see the audit and its grade does.
 */
export const canViewModeration = (actor: Actor, audit: Audit): boolean =>
  canView(actor, audit) && canSeeGrade(actor, audit);

/**
 * The two a disagreement is between: the audit's auditor and its moderator, as the audit
 * stands now. Only they read the moderator's reasons on the card.
 */
export const isModerationParty = (actor: Actor, audit: Audit): boolean => {
  const relations = relationsTo(actor, audit);
  return relations.has('Auditor') || relations.has('Moderator');
};
