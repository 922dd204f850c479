import { canView } from '../../domain/access/can-view';
import { partiesOf, type ActionParties } from '../../domain/access/relations';
import type { Versioned } from '../../domain/ports/versioned';
import type { Action } from '../../domain/records/action';
import type { Actor } from '../../domain/records/actor';
import type { Audit } from '../../domain/records/audit';
import type { SavedRecords } from '../commands/command';
import type { KnownRecords } from '../notifications';
import type { Services } from '../services';

/** An action and the audit it came from (whose auditor, moderator and worker are its parties). */
export interface ActionRecords {
  readonly action: Versioned<Action>;
  readonly audit: Versioned<Audit> | null;
  /** The audit's other actions, when a step needed them (closing the audit). */
  readonly siblings?: readonly Versioned<Action>[];
}

export async function loadActionRecords(
  services: Services,
  actionId: string,
): Promise<ActionRecords | null> {
  const action = await services.store.repo('actions').get(actionId);
  if (action === null) return null;
  const audit = await services.store.repo('audits').get(action.record.auditId);
  return { action, audit };
}

export const actionRef = (id: string): string => `action:${id}`;

export const partiesOfAction = (records: ActionRecords): ActionParties =>
  partiesOf(records.audit?.record);

export const canViewAction = (actor: Actor, records: ActionRecords): boolean =>
  canView(actor, records.action.record, partiesOfAction(records));

export function actionRecordsAfter(loaded: ActionRecords, saved: SavedRecords): ActionRecords {
  const action =
    (saved.get(`actions:${loaded.action.record.id}`) as Versioned<Action> | undefined) ??
    loaded.action;
  const audit =
    loaded.audit === null
      ? null
      : ((saved.get(`audits:${loaded.audit.record.id}`) as Versioned<Audit> | undefined) ??
        loaded.audit);
  return { ...loaded, action, audit };
}

export const knownFromAction = (records: ActionRecords): KnownRecords => ({
  actions: [records.action, ...(records.siblings ?? [])],
  audits: records.audit === null ? [] : [records.audit],
});
