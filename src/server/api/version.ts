import type { Versioned } from '../../domain/ports/versioned';
import { HttpError } from '../http/http-error';

/**
 * Refuses a write made against a version the caller no longer holds. The store's `update` checks
 * the eTag again when it writes, so a race between two writers still ends in one 409.
 */
export function checkVersion(current: Versioned<unknown>, version: string): void {
  if (current.version === version) return;
  throw new HttpError(
    409,
    'conflict',
    'This record has changed since you opened it. Reload to see the changes, then try again.',
    [{ field: 'version', message: 'is not the current version' }],
    { currentVersion: current.version },
  );
}
