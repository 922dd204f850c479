import type { AuthenticationProvider } from '@microsoft/microsoft-graph-client';
import { z } from 'zod';

export interface ClientCredentials {
  readonly tenantId: string;
  readonly clientId: string;
  readonly clientSecret: string;
}

const tokenResponse = z.object({ access_token: z.string(), expires_in: z.number() });

/**
 * An app-only token from the Microsoft identity platform (client credentials grant), cached
 * until five minutes before it expires. The app's grant is `Sites.Selected` on one site.
 */
export class ClientCredentialsProvider implements AuthenticationProvider {
  private token: { value: string; expiresAt: number } | null = null;

  constructor(
    private readonly credentials: ClientCredentials,
    private readonly fetchFn: typeof fetch = (input, init) => fetch(input, init),
    private readonly now: () => number = Date.now,
  ) {}

  async getAccessToken(): Promise<string> {
    if (this.token && this.token.expiresAt > this.now()) return this.token.value;
    const { tenantId, clientId, clientSecret } = this.credentials;
    const url = `https://login.microsoftonline.com/${encodeURIComponent(tenantId)}/oauth2/v2.0/token`;
    const response = await this.fetchFn(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: clientId,
        client_secret: clientSecret,
        scope: 'https://graph.microsoft.com/.default',
      }),
    });
    if (!response.ok)
      throw new Error(
        `The identity platform refused the app's credentials (${String(response.status)}).`,
      );
    const parsed = tokenResponse.parse(await response.json());
    this.token = {
      value: parsed.access_token,
      expiresAt: this.now() + Math.max(0, parsed.expires_in - 300) * 1000,
    };
    return parsed.access_token;
  }
}

/** The local emulator's bearer secret, made at each start of the emulator (never a real token). */
export function emulatorAuth(secret: string): AuthenticationProvider {
  return { getAccessToken: () => Promise.resolve(secret) };
}
