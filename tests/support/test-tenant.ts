import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT, exportJWK, generateKeyPair, type CryptoKey, type JWTPayload } from 'jose';

export const TEST_TENANT_ID = '3f1c2b4a-5d6e-4f70-8a9b-0c1d2e3f4a5b';
export const TEST_CLIENT_ID = '9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d';
export const TEST_APP_ID_URI = `api://localhost/${TEST_CLIENT_ID}`;

/**
 * A stand-in for the council's Entra tenant: an RSA key whose JWKS is served on loopback, so
 * tests can sign tokens exactly as Entra would and the server validates them for real.
 */
export interface TestTenant {
  readonly jwksUrl: string;
  sign(claims: JWTPayload, options?: SignOptions): Promise<string>;
  /** Signed with a key the tenant does not publish: a forgery. */
  forge(claims: JWTPayload): Promise<string>;
  close(): Promise<void>;
}

export interface SignOptions {
  readonly issuer?: string;
  readonly audience?: string;
  readonly expiresInSeconds?: number;
}

export async function startTestTenant(): Promise<TestTenant> {
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const other = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
  const server: Server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const signWith = (key: CryptoKey, claims: JWTPayload, options: SignOptions = {}) =>
    new SignJWT({ tid: TEST_TENANT_ID, scp: 'access_as_user', ...claims })
      .setProtectedHeader({ alg: 'RS256', kid: 'test-key' })
      .setIssuer(options.issuer ?? `https://login.microsoftonline.com/${TEST_TENANT_ID}/v2.0`)
      .setAudience(options.audience ?? TEST_CLIENT_ID)
      .setIssuedAt()
      .setExpirationTime(Math.floor(Date.now() / 1000) + (options.expiresInSeconds ?? 3600))
      .sign(key);
  return {
    jwksUrl: `http://127.0.0.1:${port}/keys`,
    sign: (claims, options) => signWith(privateKey, claims, options),
    forge: (claims) => signWith(other.privateKey, claims),
    close: () =>
      new Promise((resolve) =>
        server.close(() => {
          resolve();
        }),
      ),
  };
}

/** An unsigned token (`alg: none`), which must never be accepted. */
export function unsignedToken(claims: JWTPayload): string {
  const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}.`;
}
