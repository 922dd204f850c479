import type { Audit } from '../records/audit';

/** An audit is done for its cycle once moderated, or past moderation (none needed), or closed. */
export const isDoneForCycle = (audit: Audit): boolean =>
  audit.moderatedAt !== null || audit.state === 'ActionsOpen' || audit.state === 'Closed';
