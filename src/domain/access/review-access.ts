import type { Actor } from '../records/actor';
import type { Review, ReviewKind } from '../records/review';

/** Senior leaders who read every thematic audit and dip sample (read only). */
const READS_ALL = new Set(['PrincipalSocialWorker', 'AssistantDirector', 'Director', 'QALead']);

/** Who may start one: the QA lead a thematic audit; a head of service a dip sample of their own service. */
export const mayStartReview = (
  actor: Actor,
  kind: ReviewKind,
  serviceAreaId: string | null,
): string | null => {
  if (kind === 'ThematicAudit') {
    return actor.role === 'QALead' ? null : 'Only the QA lead sets up a thematic audit.';
  }
  if (actor.role !== 'HeadOfService') return 'Only a head of service starts a dip sample.';
  if (actor.serviceAreaId === null || actor.serviceAreaId !== serviceAreaId) {
    return 'A head of service starts a dip sample in their own service only.';
  }
  return null;
};

/** The owner, and the QA lead, design, draw, answer and complete it. */
export const mayWorkOnReview = (actor: Actor, review: Review): boolean =>
  actor.role === 'QALead' || actor.id === review.ownerId;

/** Sharing a dip sample with its service: its owner, or the QA lead. */
export const mayShareReview = (actor: Actor, review: Review): boolean =>
  review.kind === 'DipSample' && mayWorkOnReview(actor, review);

/**
 * Who may see it: its owner, the QA lead and senior leaders always; the heads of the service it
 * reviews (a dip sample at any stage, a thematic audit once completed); and, once a dip sample
 * is shared, the staff of that service — who see its findings, learning and recommendations,
 * not the answers case by case (`seesCaseAnswers`).
 */
export const canViewReview = (actor: Actor, review: Review): boolean => {
  if (READS_ALL.has(actor.role) || actor.id === review.ownerId) return true;
  const ownService = review.serviceAreaId !== null && actor.serviceAreaId === review.serviceAreaId;
  if (actor.role === 'HeadOfService') {
    if (review.kind === 'DipSample') return ownService;
    const done = review.state === 'Completed' || review.state === 'Shared';
    return done && (review.serviceAreaId === null || ownService);
  }
  return review.kind === 'DipSample' && review.state === 'Shared' && ownService;
};

/** The sample and its answers case by case: those who work on it, leaders and heads of service. */
export const seesCaseAnswers = (actor: Actor, review: Review): boolean =>
  READS_ALL.has(actor.role) || actor.role === 'HeadOfService' || actor.id === review.ownerId;
