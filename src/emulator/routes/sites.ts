import { json } from '../http/exchange.js';
import { serializeSite } from '../model/serialize.js';
import type { Route } from '../router.js';
import { resolveSite } from './resolve.js';

export const siteRoutes: Route[] = [
  {
    method: 'GET',
    path: '/sites/:site',
    op: 'sites.get',
    handler: (_req, params, ctx) => json(200, serializeSite(resolveSite(ctx, params.site))),
  },
];
