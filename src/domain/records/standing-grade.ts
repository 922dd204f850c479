import type { Audit } from './audit';
import type { Grade } from './grade';
import type { Moderation } from './moderation';

/**
 * The grade that stands for an audit: the moderated grade once the moderator agreed or the
 * disagreement was resolved (the learning conversation held), otherwise the auditor's. The
 * auditor's own grade is never overwritten and is shown beside it where they differ.
 */
export const standingGrade = (
  audit: Pick<Audit, 'overallGrade'>,
  moderation: Pick<Moderation, 'state' | 'moderatedGrade'> | null,
): Grade | null =>
  moderation !== null &&
  (moderation.state === 'Agreed' || moderation.state === 'Resolved') &&
  moderation.moderatedGrade !== null
    ? moderation.moderatedGrade
    : audit.overallGrade;
