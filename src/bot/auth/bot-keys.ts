import { importJWK, type JWK } from 'jose';
import { z } from 'zod';

const metadataSchema = z.looseObject({ jwks_uri: z.url() });
const keysSchema = z.looseObject({
  keys: z.array(
    z.looseObject({
      kid: z.string(),
      kty: z.string(),
      endorsements: z.array(z.string()).optional(),
    }),
  ),
});

type KeyEntry = z.infer<typeof keysSchema>['keys'][number];

export class BotKeyError extends Error {
  override readonly name = 'BotKeyError';
}

/**
 * The Bot Framework's signing keys, found through its OpenID metadata. Kept for a day (the
 * documented rotation allows it) and read again when a token names a key not yet seen.
 */
export class BotKeySet {
  private keys = new Map<string, KeyEntry>();
  private fetchedAt = -Infinity;

  constructor(
    private readonly openIdMetadataUrl: string,
    private readonly now: () => number = Date.now,
  ) {}

  /** The key `kid`, only if it is endorsed for the activity's channel. */
  async key(kid: string | undefined, channelId: string): Promise<CryptoKey | Uint8Array> {
    if (kid === undefined) throw new BotKeyError('token names no key');
    let entry = await this.entry(kid, false);
    entry ??= await this.entry(kid, true);
    if (entry === undefined) throw new BotKeyError('token signed with an unknown key');
    if (entry.endorsements !== undefined && !entry.endorsements.includes(channelId)) {
      throw new BotKeyError('signing key not endorsed for this channel');
    }
    return importJWK(entry as JWK, 'RS256');
  }

  private async entry(kid: string, refresh: boolean): Promise<KeyEntry | undefined> {
    const stale = this.now() - this.fetchedAt > 24 * 3600_000;
    const mayRefresh = this.now() - this.fetchedAt > 60_000;
    if (stale || (refresh && mayRefresh)) await this.load();
    return this.keys.get(kid);
  }

  private async load(): Promise<void> {
    const metadata = metadataSchema.parse(await getJson(this.openIdMetadataUrl));
    const { keys } = keysSchema.parse(await getJson(metadata.jwks_uri));
    this.keys = new Map(keys.map((k) => [k.kid, k]));
    this.fetchedAt = this.now();
  }
}

async function getJson(url: string): Promise<unknown> {
  const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
  if (!response.ok) throw new BotKeyError(`signing keys unavailable (${response.status})`);
  return response.json();
}
