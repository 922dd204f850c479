import type { AdaptiveCard } from '../../cards';
import type { ActivityItem } from '../../contract/activity';
import type { Services } from '../../app/services';
import { runCardAction } from '../actions/run-card-action';
import type { CardActionResult } from '../actions/result';
import { buildNoticeCard, noticePreview, readNoticeModel } from '../outbox/notice-model';

/**
 * The local Activity feed (local mode's stand-in for Teams chat): a person's cards, newest
 * first, from the outbox rows sent to them; and their card actions, run through the same card
 * edge as the bot's. The composition root serves it at `/api/activity`, behind sign-in.
 */
export class ActivityFeed {
  /** Cards as updated by an action, until the process restarts (then rebuilt from the row). */
  private readonly updated = new Map<string, AdaptiveCard>();

  constructor(private readonly services: Services) {}

  async list(staffId: string): Promise<ActivityItem[]> {
    const rows = await this.services.store.repo('outbox').list({ where: { recipientId: staffId } });
    return rows
      .map((r) => r.record)
      .filter((r) => r.status === 'Sent')
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id))
      .slice(0, 100)
      .flatMap((row) => {
        const model = readNoticeModel(row.payload);
        if (model === null) return [];
        const card = this.updated.get(row.id) ?? buildNoticeCard(model);
        return [{ id: row.id, sentAt: row.createdAt, summary: noticePreview(model).summary, card }];
      });
  }

  /** A card action on one of the person's own cards; null when the card is not theirs. */
  async execute(
    who: { readonly oid: string; readonly staffId: string },
    rowId: string,
    verb: string,
    data: Readonly<Record<string, unknown>>,
  ): Promise<CardActionResult | null> {
    const row = await this.services.store.repo('outbox').get(rowId);
    if (row === null || row.record.recipientId !== who.staffId) return null;
    const result = await runCardAction(this.services, who.oid, verb, data);
    if (result.outcome !== 'refused') this.updated.set(row.record.id, result.card);
    return result;
  }
}
