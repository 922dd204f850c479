import { randomUUID } from 'node:crypto';
import type { ConversationReference } from '../../domain/ports';
import type { Connector, OutgoingActivity } from './connector';

export interface LocalDelivery {
  readonly id: string;
  readonly reference: ConversationReference;
  readonly activity: OutgoingActivity;
  readonly at: string;
}

/**
 * Local mode's "Teams": accepts every activity and keeps it in memory per recipient. The local
 * Activity feed reads the outbox rows themselves, so nothing is lost across a restart.
 */
export class LocalConnector implements Connector {
  private readonly deliveries: LocalDelivery[] = [];

  send(reference: ConversationReference, activity: OutgoingActivity): Promise<{ id: string }> {
    const id = `local-${randomUUID()}`;
    this.deliveries.push({ id, reference, activity, at: new Date().toISOString() });
    if (this.deliveries.length > 5_000) this.deliveries.shift();
    return Promise.resolve({ id });
  }

  /** What was sent to one person (by Entra object id), oldest first. */
  sentTo(aadObjectId: string): readonly LocalDelivery[] {
    const key = aadObjectId.toLowerCase();
    return this.deliveries.filter((d) => d.reference.key === key);
  }
}
