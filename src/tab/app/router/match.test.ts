import { describe, expect, it } from 'vitest';
import { hrefTo, matchPattern, parseHash } from './match';

describe('hash routes', () => {
  it('a deep link from a card opens the audit', () => {
    const { path } = parseHash('#/audits/AUD-1');
    expect(matchPattern('/audits/:id', path)).toEqual({ id: 'AUD-1' });
  });

  it('keeps the query apart from the path', () => {
    const location = parseHash('#/actions?scope=team');
    expect(location.path).toBe('/actions');
    expect(location.query.get('scope')).toBe('team');
  });

  it('an empty hash is the home page', () => {
    expect(parseHash('').path).toBe('/');
    expect(matchPattern('/', '/')).toEqual({});
  });

  it('does not match a different shape', () => {
    expect(matchPattern('/audits/:id', '/audits')).toBeNull();
    expect(matchPattern('/audits/:id', '/actions/A1')).toBeNull();
  });

  it('encodes ids in links and decodes them in params', () => {
    expect(hrefTo('/audits/A 1')).toBe('#/audits/A%201');
    expect(matchPattern('/audits/:id', parseHash('#/audits/A%201').path)).toEqual({ id: 'A 1' });
  });
});
