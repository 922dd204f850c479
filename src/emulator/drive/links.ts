import { createHmac, timingSafeEqual } from 'node:crypto';
import type { DriveItemRow } from './item-store.js';

/** A download URL is valid for an hour (https://learn.microsoft.com/en-us/graph/api/driveitem-get-content?view=graph-rest-1.0). */
const LIFETIME_MS = 60 * 60 * 1000;

const sign = (key: Buffer, text: string) => createHmac('sha256', key).update(text).digest();

/** A pre-authenticated link to one version of a file's content, signed with the run's key. */
export function downloadToken(
  key: Buffer,
  row: Pick<DriveItemRow, 'id' | 'content_version'>,
  now = Date.now(),
): string {
  const payload = Buffer.from(
    JSON.stringify([row.id, row.content_version, now + LIFETIME_MS]),
  ).toString('base64url');
  return `${payload}.${sign(key, payload).toString('base64url')}`;
}

/** The item id and content version a token grants, or undefined if forged or expired. */
export function readDownloadToken(
  key: Buffer,
  token: string,
  now = Date.now(),
): { id: string; contentVersion: number } | undefined {
  const parts = token.split('.');
  if (parts.length !== 2) return undefined;
  const [payload, mac] = parts;
  const given = Buffer.from(mac, 'base64url');
  const expected = sign(key, payload);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  const value = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as unknown;
  if (!Array.isArray(value)) return undefined;
  const [id, contentVersion, expires] = value as unknown[];
  if (typeof id !== 'string' || typeof contentVersion !== 'number' || typeof expires !== 'number')
    return undefined;
  return expires > now ? { id, contentVersion } : undefined;
}
