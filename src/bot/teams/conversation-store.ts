import type { ConversationReference, Store } from '../../domain/ports';
import type { Logger } from '../../app/logger';
import { channelReferenceId, personalReferenceId } from '../dispatch/references';
import type { ActivityFacts } from './activity-facts';

/** The reference an activity gives: the sender's personal chat, or the team channel. */
export function referenceFrom(facts: ActivityFacts, now: Date): ConversationReference | null {
  const { conversationId, serviceUrl, tenantId } = facts;
  if (conversationId === null || serviceUrl === null || tenantId === null) return null;
  const common = { conversationId, serviceUrl, tenantId, updatedAt: now.toISOString() };
  if (facts.conversationType === 'personal' && facts.aadObjectId !== null) {
    const key = facts.aadObjectId.toLowerCase();
    return { id: personalReferenceId(key), key, scope: 'personal', ...common };
  }
  if (facts.conversationType === 'channel') {
    const key = facts.channelOfTeam ?? conversationId.split(';').at(0) ?? conversationId;
    return { id: channelReferenceId(key), key, scope: 'team', ...common };
  }
  return null;
}

/**
 * Keeps the Conversation references list current: on install (personal or team scope) and on
 * any message. Writes only when something changed, so a chatty user costs one read a turn.
 */
export class ConversationStore {
  constructor(
    private readonly store: Store,
    private readonly logger: Logger,
  ) {}

  async remember(facts: ActivityFacts, now: Date): Promise<void> {
    const reference = referenceFrom(facts, now);
    if (reference === null) return;
    const repo = this.store.repo('conversationReferences');
    try {
      const existing = await repo.get(reference.id);
      if (existing === null) {
        await repo.create(reference);
        return;
      }
      const { conversationId, serviceUrl, tenantId } = existing.record;
      if (
        conversationId === reference.conversationId &&
        serviceUrl === reference.serviceUrl &&
        tenantId === reference.tenantId
      ) {
        return;
      }
      await repo.update(reference, existing.version);
    } catch (error) {
      this.logger.error('conversation reference not saved', {
        scope: reference.scope,
        reason: error instanceof Error ? error.message : 'unknown',
      });
    }
  }
}
