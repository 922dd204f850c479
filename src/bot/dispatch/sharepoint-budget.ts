/**
 * The app's SharePoint budget. SharePoint Online limits each application in a tenant by
 * resource units a minute, by the tenant's licences: 1,250 (0–1,000 licences), 2,500
 * (1,001–5,000), 3,750 (5,001–15,000), 5,000 (15,001–50,000), 6,250 (over 50,000). Every Graph
 * request counts, each request inside a `$batch` one by one; an item update costs 2
 * (https://learn.microsoft.com/en-us/sharepoint/dev/general-development/how-to-avoid-getting-throttled-or-blocked-in-sharepoint-online#application-throttling).
 */
export interface SharePointBudget {
  /** The tenant's budget for this app (AUDITLOOP_SHAREPOINT_RU_PER_MINUTE). */
  readonly resourceUnitsPerMinute: number;
  /** The share notices may spend; the rest stays for people using the tab and the jobs. */
  readonly share: number;
}

/** The smallest tenant's budget, half of it for notices. */
export const SMALLEST_TENANT_BUDGET: SharePointBudget = {
  resourceUnitsPerMinute: 1_250,
  share: 0.5,
};

/** A card costs two outbox item updates (claimed, then Sent), 2 RU each, batched or not. */
export const RESOURCE_UNITS_PER_CARD = 4;

/**
 * Cards the budget allows per window: paced over windows of one second where the budget allows
 * ten or more cards a second, else of ten seconds, so that no minute SharePoint measures ever
 * holds more than the share and sends never leave in one large burst (which Teams' per-second
 * limits would see when the event loop is busy).
 */
export function cardLimit(budget: SharePointBudget): { count: number; windowMs: number } {
  const perMinute = (budget.resourceUnitsPerMinute * budget.share) / RESOURCE_UNITS_PER_CARD;
  const windowMs = perMinute / 60 >= 10 ? 1_000 : 10_000;
  return { count: Math.max(1, Math.floor((perMinute * windowMs) / 60_000)), windowMs };
}

/** Cards a second the budget allows, for figures beside Teams' own limits. */
export const cardsPerSecond = (budget: SharePointBudget): number => {
  const limit = cardLimit(budget);
  return (limit.count * 1_000) / limit.windowMs;
};
