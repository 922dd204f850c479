import { describe, expect, it } from 'vitest';
import { parseExpand } from './expand.js';
import { parseOrderBy } from './orderby.js';
import { decodeSkipToken, encodeSkipToken } from './skiptoken.js';

describe('$expand', () => {
  it('reads fields with a nested $select, and other properties beside it', () => {
    const expand = parseExpand('fields($select=Title,Status),columns');
    expect(expand.get('fields')).toEqual({ select: ['Title', 'Status'] });
    expect(expand.get('columns')).toEqual({});
  });

  it('refuses options it does not know', () => {
    expect(() => parseExpand('fields($filter=x)')).toThrow(/Unsupported option/);
  });
});

describe('$orderby', () => {
  it('reads several keys with their directions', () => {
    expect(parseOrderBy('fields/Due desc, fields/Title')).toEqual([
      { path: 'fields/Due', descending: true },
      { path: 'fields/Title', descending: false },
    ]);
  });

  it('refuses a direction it does not know', () => {
    expect(() => parseOrderBy('fields/Due sideways')).toThrow(/Invalid \$orderby/);
  });
});

describe('$skiptoken', () => {
  it('round-trips both kinds of position, SharePoint style', () => {
    const token = encodeSkipToken({ afterId: 200 });
    expect(Buffer.from(token, 'base64url').toString()).toBe('Paged=TRUE&p_ID=200');
    expect(decodeSkipToken(token)).toEqual({ afterId: 200 });
    expect(decodeSkipToken(encodeSkipToken({ offset: 400 }))).toEqual({ offset: 400 });
  });
});
