import type { ConversationReference } from '../../domain/ports';
import type { ReadModel } from '../../app/read-model/read-model';
import type { Directory } from '../../app/directory/directory';

/** Where a member of staff receives proactive messages, if anywhere. */
export interface ReferenceResolver {
  resolve(staffId: string): Promise<ConversationReference | null>;
}

export const personalReferenceId = (aadObjectId: string): string =>
  `user:${aadObjectId.toLowerCase()}`;
export const channelReferenceId = (channelId: string): string => `channel:${channelId}`;

/**
 * Tenant mode: the personal conversation stored when the person installed the app, from the
 * read model (the Conversation references list, kept current by delta): no Graph read a card.
 */
export function storedReferences(model: ReadModel, directory: Directory): ReferenceResolver {
  return {
    async resolve(staffId) {
      const staff = directory.activeStaff(staffId);
      if (staff === undefined) return null;
      const id = personalReferenceId(staff.aadObjectId);
      const held = model.get('conversationReferences', id);
      if (held !== undefined) return held.record;
      // Installed moments ago, on another instance: catch up once before deferring the card.
      await model.fresh();
      return model.get('conversationReferences', id)?.record ?? null;
    },
  };
}

/** Local mode: everyone has a conversation, the local Activity feed. */
export function localReferences(directory: Directory): ReferenceResolver {
  return {
    resolve(staffId) {
      const staff = directory.activeStaff(staffId);
      if (staff === undefined) return Promise.resolve(null);
      const key = staff.aadObjectId.toLowerCase();
      return Promise.resolve({
        id: personalReferenceId(key),
        key,
        scope: 'personal',
        conversationId: `local:${key}`,
        serviceUrl: 'local',
        tenantId: 'local',
        updatedAt: '',
      });
    },
  };
}
