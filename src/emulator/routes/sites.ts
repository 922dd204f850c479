import { json } from '../http/exchange.js';
import { option } from '../http/query.js';
import { serializeSite } from '../model/serialize.js';
import { applySelect, parseSelect } from '../odata/select.js';
import type { Route } from '../router.js';
import { resolveSite } from './resolve.js';

/** https://learn.microsoft.com/en-us/graph/api/site-get?view=graph-rest-1.0, with `$select`. */
export const siteRoutes: Route[] = [
  {
    method: 'GET',
    path: '/sites/:site',
    op: 'sites.get',
    handler: (req, params, ctx) =>
      json(
        200,
        applySelect(
          serializeSite(resolveSite(ctx, params.site)),
          parseSelect(option(req, 'select'), 'site'),
        ),
      ),
  },
];
