/** An OData string literal: single quotes doubled. */
export const quote = (value: string): string => `'${value.replace(/'/g, "''")}'`;

/** A `$filter` literal for a value of a column of the given kind. */
export function literal(value: string | number | boolean | null, dateOnly = false): string {
  if (value === null) return 'null';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return quote(dateOnly && /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
}

/** A path with query options, each value URL-encoded (the Graph client does not encode them). */
export function withQuery(path: string, query: Readonly<Record<string, string | undefined>>) {
  const parts = Object.entries(query)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`);
  return parts.length === 0 ? path : `${path}?${parts.join('&')}`;
}
