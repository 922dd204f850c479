import type { ConversationReference, Store } from '../../domain/ports';
import type { Directory } from '../../app/directory/directory';

/** Where a member of staff receives proactive messages, if anywhere. */
export interface ReferenceResolver {
  resolve(staffId: string): Promise<ConversationReference | null>;
}

export const personalReferenceId = (aadObjectId: string): string =>
  `user:${aadObjectId.toLowerCase()}`;
export const channelReferenceId = (channelId: string): string => `channel:${channelId}`;

/** Tenant mode: the personal conversation stored when the person installed the app. */
export function storedReferences(store: Store, directory: Directory): ReferenceResolver {
  return {
    async resolve(staffId) {
      const staff = directory.activeStaff(staffId);
      if (staff === undefined) return null;
      const found = await store
        .repo('conversationReferences')
        .get(personalReferenceId(staff.aadObjectId));
      return found?.record ?? null;
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
