import { describe, expect, it } from 'vitest';
import { json } from './http/exchange.js';
import { matchRoute, segmentsOf, type Route } from './router.js';

const route = (method: string, path: string, op: string): Route => ({
  method,
  path,
  op,
  handler: () => json(200, {}),
});
const routes = [
  route('GET', '/sites/:site/lists/:list/items/delta', 'delta'),
  route('GET', '/sites/:site/lists/:list/items/:item', 'items.get'),
  route('POST', '/sites/:site/lists', 'lists.create'),
];

describe('router', () => {
  it("folds Graph's site-path form into one site segment", () => {
    expect(segmentsOf('/sites/contoso.sharepoint.com:/sites/qa:/lists/Audits')).toEqual([
      'sites',
      'contoso.sharepoint.com:/sites/qa',
      'lists',
      'Audits',
    ]);
    expect(segmentsOf('/sites/contoso.sharepoint.com:/sites/qa')).toEqual([
      'sites',
      'contoso.sharepoint.com:/sites/qa',
    ]);
  });

  it('folds a drive item path root:/{path}: into one segment, also after a site path', () => {
    expect(segmentsOf('/sites/x/drive/root:/Reports/QA%20report.docx:/content')).toEqual([
      'sites',
      'x',
      'drive',
      'root:/Reports/QA report.docx',
      'content',
    ]);
    expect(segmentsOf('/sites/contoso.sharepoint.com:/sites/qa:/drive/root:/a.txt')).toEqual([
      'sites',
      'contoso.sharepoint.com:/sites/qa',
      'drive',
      'root:/a.txt',
    ]);
  });

  it('decodes each segment, so list titles with spaces work', () => {
    expect(segmentsOf('/sites/root/lists/Audit%20log')).toEqual([
      'sites',
      'root',
      'lists',
      'Audit log',
    ]);
  });

  it('matches items/delta (and delta()) before items/{id}', () => {
    const match = matchRoute(routes, 'GET', '/sites/root/lists/A/items/delta()');
    expect(match).toMatchObject({ kind: 'found', route: { op: 'delta' } });
    expect(matchRoute(routes, 'GET', '/sites/root/lists/A/items/7')).toMatchObject({
      params: { item: '7', list: 'A', site: 'root' },
    });
  });

  it('tells a wrong method from an unknown path, naming the first unknown segment', () => {
    expect(matchRoute(routes, 'GET', '/sites/root/lists')).toEqual({ kind: 'wrongMethod' });
    expect(matchRoute(routes, 'GET', '/sites/root/drives')).toEqual({
      kind: 'none',
      segment: 'drives',
    });
  });
});
