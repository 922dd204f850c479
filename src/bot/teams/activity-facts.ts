import { z } from 'zod';

const id = z.string().trim().min(1);

const activitySchema = z.looseObject({
  type: z.string(),
  channelId: z.string().optional(),
  serviceUrl: z.string().optional(),
  from: z.looseObject({ id: z.string().optional(), aadObjectId: id.optional() }).optional(),
  conversation: z
    .looseObject({ id, conversationType: z.string().optional(), tenantId: id.optional() })
    .optional(),
  channelData: z
    .looseObject({
      tenant: z.looseObject({ id: id.optional() }).optional(),
      channel: z.looseObject({ id: id.optional() }).optional(),
    })
    .optional(),
});

/** The parts of an inbound activity the bot relies on, read defensively from the raw body. */
export interface ActivityFacts {
  readonly type: string;
  readonly channelId: string | null;
  readonly serviceUrl: string | null;
  readonly aadObjectId: string | null;
  readonly tenantId: string | null;
  readonly conversationId: string | null;
  /** 'personal', 'channel' or 'groupChat'. */
  readonly conversationType: string | null;
  /** The channel of a team conversation. */
  readonly channelOfTeam: string | null;
}

export function activityFacts(body: unknown): ActivityFacts | null {
  const parsed = activitySchema.safeParse(body);
  if (!parsed.success) return null;
  const a = parsed.data;
  return {
    type: a.type,
    channelId: a.channelId ?? null,
    serviceUrl: a.serviceUrl ?? null,
    aadObjectId: a.from?.aadObjectId ?? null,
    tenantId: a.channelData?.tenant?.id ?? a.conversation?.tenantId ?? null,
    conversationId: a.conversation?.id ?? null,
    conversationType: a.conversation?.conversationType ?? null,
    channelOfTeam: a.channelData?.channel?.id ?? null,
  };
}
