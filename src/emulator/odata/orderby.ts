import { invalidRequest } from '../http/graph-error.js';

export interface OrderKey {
  path: string;
  descending: boolean;
}

/** Reads `$orderby=fields/A desc, fields/B` into keys, in order. */
export function parseOrderBy(text: string): OrderKey[] {
  return text.split(',').map((part) => {
    const words = part.trim().split(/\s+/);
    const direction = (words[1] ?? 'asc').toLowerCase();
    if (words[0] === '' || words.length > 2 || (direction !== 'asc' && direction !== 'desc'))
      throw invalidRequest(`Invalid $orderby clause '${part.trim()}'.`);
    return { path: words[0], descending: direction === 'desc' };
  });
}
