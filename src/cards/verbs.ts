import { z } from 'zod';

/** The Action.Execute verbs the cards send, and the data each carries back to the bot. */
export const VERBS = {
  inadequateAcknowledge: 'inadequate.acknowledge',
  moderationAcknowledge: 'moderation.acknowledge',
  moderationArrange: 'moderation.arrange',
  moderationRefresh: 'moderation.refresh',
  actionComplete: 'action.complete',
  closureApprove: 'closure.approve',
  closureReturn: 'closure.return',
  closureRefresh: 'closure.refresh',
} as const;
export type CardVerb = (typeof VERBS)[keyof typeof VERBS];

/** Ids of the inputs whose values Teams merges into an Action.Execute's data. */
export const INPUT_IDS = {
  evidence: 'evidence',
  reason: 'reason',
  proposedDate: 'proposedDate',
} as const;

/** Every Execute names its record and the version (SharePoint eTag) the card was built from. */
export interface AuditRefData {
  readonly auditId: string;
  readonly version: string;
}
export interface ModerationRefData {
  readonly moderationId: string;
  readonly auditId: string;
  readonly version: string;
}
export interface ActionRefData {
  readonly actionId: string;
  readonly version: string;
}

const id = z.string().trim().min(1);
const words = z.string().trim().min(1).max(4000);
const auditRef = { auditId: id, version: id };
const moderationRef = { moderationId: id, auditId: id, version: id };
const actionRef = { actionId: id, version: id };

const invokeSchema = z.discriminatedUnion('verb', [
  z.object({ verb: z.literal(VERBS.inadequateAcknowledge), ...auditRef }),
  z.object({ verb: z.literal(VERBS.moderationAcknowledge), ...moderationRef }),
  z.object({
    verb: z.literal(VERBS.moderationArrange),
    ...moderationRef,
    [INPUT_IDS.proposedDate]: z.iso.date(),
  }),
  z.object({ verb: z.literal(VERBS.moderationRefresh), ...moderationRef }),
  z.object({ verb: z.literal(VERBS.actionComplete), ...actionRef, [INPUT_IDS.evidence]: words }),
  z.object({ verb: z.literal(VERBS.closureApprove), ...actionRef }),
  z.object({ verb: z.literal(VERBS.closureReturn), ...actionRef, [INPUT_IDS.reason]: words }),
  z.object({ verb: z.literal(VERBS.closureRefresh), ...actionRef }),
]);

/** A card action as the bot should see it: verb, record reference and any typed inputs. */
export type CardInvoke = z.infer<typeof invokeSchema>;

export type ParsedInvoke =
  | { readonly ok: true; readonly invoke: CardInvoke }
  | { readonly ok: false; readonly problem: string };

/**
 * Read an `adaptiveCard/action` invoke's verb and data (the card's data merged with its inputs).
 * Unknown verbs, missing references and blank required inputs are refused with a reason.
 */
export const parseCardInvoke = (verb: unknown, data: unknown): ParsedInvoke => {
  const source = typeof data === 'object' && data !== null ? data : {};
  const parsed = invokeSchema.safeParse({ ...source, verb });
  if (parsed.success) return { ok: true, invoke: parsed.data };
  const where = parsed.error.issues.at(0)?.path.map(String).join('.') ?? '';
  return { ok: false, problem: where === '' ? 'unknown verb' : `invalid ${where}` };
};
