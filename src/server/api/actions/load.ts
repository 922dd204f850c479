import type { Where } from '../../../domain/ports/store';
import { partiesOf, type ActionParties } from '../../../domain/access/relations';
import type { Versioned } from '../../../domain/ports/versioned';
import type { Action } from '../../../domain/records/action';
import type { Audit } from '../../../domain/records/audit';
import type { Services } from '../../../app/services';

/**
 * The parties (auditor, moderator, allocated worker) of each action's audit. With `auditsWhere` (the same indexed filter the
 * actions were read with, e.g. TeamId) one query covers them; otherwise each audit is read by id.
 */
export async function auditPartiesOf(
  services: Services,
  actions: readonly Versioned<Action>[],
  auditsWhere?: Where<Audit>,
): Promise<(auditId: string) => ActionParties> {
  const ids = [...new Set(actions.map((a) => a.record.auditId))];
  const audits =
    auditsWhere === undefined
      ? (await Promise.all(ids.map((id) => services.store.repo('audits').get(id)))).filter(
          (a): a is Versioned<Audit> => a !== null,
        )
      : await services.store.repo('audits').list({ where: auditsWhere });
  const byId = new Map(audits.map((a) => [a.record.id, a.record]));
  return (auditId) => partiesOf(byId.get(auditId));
}
