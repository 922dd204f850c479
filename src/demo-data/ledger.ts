/** The records as the simulation has them now: each step reads its record here and writes it back. */
import type { Action, Audit, Moderation } from '../domain/records';

export class Ledger {
  readonly audits = new Map<string, Audit>();
  readonly moderations = new Map<string, Moderation>();
  readonly actions = new Map<string, Action>();

  audit(id: string): Audit {
    const found = this.audits.get(id);
    if (found === undefined) throw new Error(`No audit ${id}`);
    return found;
  }

  moderationOf(auditId: string): Moderation | null {
    return [...this.moderations.values()].find((m) => m.auditId === auditId) ?? null;
  }

  action(id: string): Action {
    const found = this.actions.get(id);
    if (found === undefined) throw new Error(`No action ${id}`);
    return found;
  }

  actionsOf(auditId: string): Action[] {
    return [...this.actions.values()].filter((a) => a.auditId === auditId);
  }
}
