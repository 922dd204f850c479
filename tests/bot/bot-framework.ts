/**
 * A stand-in for the Bot Framework's token service: an RSA key whose OpenID metadata and JWKS
 * (endorsed for `msteams`) are served on loopback, and tokens signed as the Bot Framework would.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT, exportJWK, generateKeyPair, type CryptoKey, type JWTPayload } from 'jose';
import { TEST_CLIENT_ID } from '../support/test-tenant';

export const BOT_ISSUER = 'https://api.botframework.com';

export interface BotFramework {
  readonly openIdMetadataUrl: string;
  sign(
    serviceUrl: string,
    options?: { expiresInSeconds?: number; audience?: string },
  ): Promise<string>;
  forge(serviceUrl: string): Promise<string>;
  close(): Promise<void>;
}

export async function startBotFramework(): Promise<BotFramework> {
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const other = await generateKeyPair('RS256');
  const jwk = {
    ...(await exportJWK(publicKey)),
    kid: 'bf-key',
    alg: 'RS256',
    use: 'sig',
    endorsements: ['msteams'],
  };
  let origin = '';
  const server: Server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    if (req.url?.endsWith('/openidconfiguration') === true) {
      res.end(JSON.stringify({ issuer: BOT_ISSUER, jwks_uri: `${origin}/v1/.well-known/keys` }));
    } else {
      res.end(JSON.stringify({ keys: [jwk] }));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
  const signWith = (key: CryptoKey, claims: JWTPayload, expiresIn: number, audience: string) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: 'bf-key' })
      .setIssuer(BOT_ISSUER)
      .setAudience(audience)
      .setIssuedAt()
      .setExpirationTime(Math.floor(Date.now() / 1000) + expiresIn)
      .sign(key);
  return {
    openIdMetadataUrl: `${origin}/v1/.well-known/openidconfiguration`,
    sign: (serviceUrl, options = {}) =>
      signWith(
        privateKey,
        { serviceurl: serviceUrl },
        options.expiresInSeconds ?? 3600,
        options.audience ?? TEST_CLIENT_ID,
      ),
    forge: (serviceUrl) =>
      signWith(other.privateKey, { serviceurl: serviceUrl }, 3600, TEST_CLIENT_ID),
    close: () =>
      new Promise((resolve) =>
        server.close(() => {
          resolve();
        }),
      ),
  };
}
