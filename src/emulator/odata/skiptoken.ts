import { invalidRequest } from '../http/graph-error.js';

/**
 * Where the next page starts. Like SharePoint's own `$skiptoken` (base64 of `Paged=TRUE&p_ID=…`),
 * it is opaque to clients: after an id when items are in id order, otherwise an offset.
 */
export type PagePosition = { afterId: number } | { offset: number };

export function encodeSkipToken(position: PagePosition): string {
  const text =
    'afterId' in position
      ? `Paged=TRUE&p_ID=${position.afterId}`
      : `Paged=TRUE&p_Offset=${position.offset}`;
  return Buffer.from(text, 'utf8').toString('base64url');
}

export function decodeSkipToken(token: string): PagePosition {
  const params = new URLSearchParams(Buffer.from(token, 'base64url').toString('utf8'));
  const id = params.get('p_ID');
  const offset = params.get('p_Offset');
  if (params.get('Paged') === 'TRUE' && id !== null && /^\d+$/.test(id))
    return { afterId: Number(id) };
  if (params.get('Paged') === 'TRUE' && offset !== null && /^\d+$/.test(offset))
    return { offset: Number(offset) };
  throw invalidRequest('The $skiptoken is not valid.');
}
