/** The records as the simulation has them now: each step reads its record here and writes it back. */
import type { Action, Audit, Moderation } from '../domain/records';

export class Ledger {
  private readonly auditsById = new Map<string, Audit>();
  private readonly moderationsById = new Map<string, Moderation>();
  private readonly moderationIdOfAudit = new Map<string, string>();
  private readonly actionsById = new Map<string, Action>();
  private readonly actionIdsOfAudit = new Map<string, string[]>();

  get audits(): Iterable<Audit> {
    return this.auditsById.values();
  }

  get moderations(): Iterable<Moderation> {
    return this.moderationsById.values();
  }

  get actions(): Iterable<Action> {
    return this.actionsById.values();
  }

  audit(id: string): Audit {
    const found = this.auditsById.get(id);
    if (found === undefined) throw new Error(`No audit ${id}`);
    return found;
  }

  putAudit(audit: Audit): void {
    this.auditsById.set(audit.id, audit);
  }

  moderationOf(auditId: string): Moderation | null {
    const id = this.moderationIdOfAudit.get(auditId);
    return id === undefined ? null : (this.moderationsById.get(id) ?? null);
  }

  putModeration(moderation: Moderation): void {
    this.moderationsById.set(moderation.id, moderation);
    this.moderationIdOfAudit.set(moderation.auditId, moderation.id);
  }

  action(id: string): Action {
    const found = this.actionsById.get(id);
    if (found === undefined) throw new Error(`No action ${id}`);
    return found;
  }

  putAction(action: Action): void {
    if (!this.actionsById.has(action.id)) {
      const ids = this.actionIdsOfAudit.get(action.auditId) ?? [];
      ids.push(action.id);
      this.actionIdsOfAudit.set(action.auditId, ids);
    }
    this.actionsById.set(action.id, action);
  }

  actionsOf(auditId: string): Action[] {
    return (this.actionIdsOfAudit.get(auditId) ?? []).map((id) => this.action(id));
  }
}
