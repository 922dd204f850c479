import { parseCardInvoke, type CardProblem } from '../../cards';
import { StoreError } from '../../domain/ports';
import type { Services } from '../../app/services';
import { RecordReader } from '../models/record-reader';
import type { ModelContext } from '../models/model-context';
import { cardActionFor } from './card-actions';
import { refusal, type CardActionResult } from './result';

const FIELDS = ['evidence', 'reason', 'proposedDate'] as const;

const problemOf = (problem: string): CardProblem => {
  const field = FIELDS.find((f) => problem === `invalid ${f}`);
  return field === undefined ? { reason: 'not-found' } : { reason: 'invalid', field };
};

/**
 * One `Action.Execute`, from Teams or the local Activity feed — the Teams edge of the same
 * commands the tab's API calls: parse the invoke, run its command (which resolves the actor from
 * the Staff list by Entra object id, never from the card, re-reads the record, authorises,
 * transitions, writes, logs and publishes), and answer with the card as it now stands.
 */
export async function runCardAction(
  services: Services,
  actorOid: string,
  verb: unknown,
  data: unknown,
): Promise<CardActionResult> {
  const parsed = parseCardInvoke(verb, data);
  if (!parsed.ok) return refusal(problemOf(parsed.problem));
  const models: ModelContext = {
    directory: services.directory,
    reader: new RecordReader(services.store),
    tabUrl: services.tabUrl,
  };
  try {
    return await cardActionFor(parsed.invoke)({ services, oid: actorOid, models });
  } catch (error) {
    if (!(error instanceof StoreError)) throw error;
    services.logger.warn('card action not saved', {
      verb: parsed.invoke.verb,
      reason: error.reason,
    });
    return refusal(error.reason === 'conflict' ? { reason: 'changed' } : { reason: 'unavailable' });
  }
}
