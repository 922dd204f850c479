/**
 * What the server accepts, as plain values (no schema library), so the tab checks a form
 * against the very limits its schemas enforce.
 */

/** Length limits for free text: short enough for a SharePoint multi-line column and a card. */
export const LIMITS = { short: 200, note: 2000, long: 4000 } as const;

/** The case reference from the case management system, e.g. CF-100234. Never a name. */
export const CASE_NUMBER_PATTERN = /^[A-Za-z0-9][A-Za-z0-9-]{0,31}$/;
