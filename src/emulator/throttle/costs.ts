import type { EmuRequest } from '../http/exchange.js';
import { option } from '../http/query.js';

/**
 * SharePoint's published resource-unit costs of Microsoft Graph requests
 * (https://learn.microsoft.com/en-us/sharepoint/dev/general-development/how-to-avoid-getting-throttled-or-blocked-in-sharepoint-online):
 * 1 for a single item query (get item), a delta with a token, or a file download; 2 for a
 * multi-item query (list children, except delta with a token) and for create, update, delete
 * and upload; 5 for permission operations (not served by the emulator). The requests of a
 * `$batch` are counted one by one, so the batch itself costs nothing.
 */
export const RESOURCE_UNITS = { single: 1, multi: 2, write: 2, permissions: 5 } as const;

/** A route's cost: a number, or worked out from the request. */
export type Units = number | ((req: EmuRequest) => number);

export function unitsOf(units: Units | undefined, req: EmuRequest): number {
  if (typeof units === 'function') return units(req);
  if (units !== undefined) return units;
  return req.method === 'GET' ? RESOURCE_UNITS.single : RESOURCE_UNITS.write;
}

/** Delta costs 1 with a token (`token=latest` included) and 2 for the first enumeration. */
export const deltaUnits = (req: EmuRequest): number =>
  option(req, 'token') === null ? RESOURCE_UNITS.multi : RESOURCE_UNITS.single;

/**
 * Per-application resource units a minute by the tenant's licence count, from the same page
 * ("Per app per tenant", 1 min): 1,250 up to 1,000 licences, then 2,500 (to 5,000), 3,750 (to
 * 15,000), 5,000 (to 50,000) and 6,250 above. The daily budgets (1,200,000 to 6,000,000) are
 * not enforced: a test or benchmark never runs for a day.
 */
export const APP_UNITS_PER_MINUTE = [
  { upToLicences: 1000, units: 1250 },
  { upToLicences: 5000, units: 2500 },
  { upToLicences: 15000, units: 3750 },
  { upToLicences: 50000, units: 5000 },
  { upToLicences: Infinity, units: 6250 },
] as const;

/** The smallest tenant's per-minute budget, the default when throttling is switched on. */
export const SMALLEST_TENANT_UNITS_PER_MINUTE = APP_UNITS_PER_MINUTE[0].units;

export function unitsPerMinuteFor(licences: number): number {
  const row = APP_UNITS_PER_MINUTE.find((r) => licences <= r.upToLicences);
  return (row ?? APP_UNITS_PER_MINUTE[APP_UNITS_PER_MINUTE.length - 1]).units;
}
