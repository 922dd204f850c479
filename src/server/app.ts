import path from 'node:path';
import express from 'express';
import { securityHeaders, noStore } from './api/security-headers';
import { healthRoutes, localSignInRoutes } from './api/public';
import { apiRouter } from './api/router';
import type { StaffLookup, TokenValidator } from './http/authenticate';
import { authenticate } from './http/authenticate';
import { errorHandler } from './http/error-handler';
import { wellFormedPath } from './http/well-formed-path';
import { HttpError } from './http/http-error';
import type { LocalSessions } from './identity/local-session';
import type { Services } from '../app/services';

export interface ExtraRouter {
  readonly path: string;
  readonly router: express.Router;
  /** Behind the tab's `authenticate` (the bot's /api/messages checks its own tokens: false). */
  readonly authenticated: boolean;
}

export interface AppOptions {
  readonly validateToken: TokenValidator;
  /** Finds the caller on the Staff list; by default the directory, by Entra object id. */
  readonly lookupStaff?: StaffLookup;
  /** Local mode only; must be null when a tenant is configured. */
  readonly localSessions: LocalSessions | null;
  readonly extraRouters?: readonly ExtraRouter[];
  /** The built tab, served with a single-page-app fallback. */
  readonly staticDir?: string;
}

/**
 * The HTTP app: security headers, a strict 100 kB JSON body parser, the public routes (health;
 * local sign-in in local mode only), the bot's and others' routers, every other /api route
 * behind `authenticate`, the built tab, and the error handler last.
 */
export function createApp(services: Services, options: AppOptions): express.Express {
  const local = options.localSessions;
  if (local !== null && services.config.store.mode !== 'local') {
    throw new Error('Local sign-in cannot run when a tenant is configured.');
  }
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 1);
  app.use(securityHeaders);
  app.use(wellFormedPath);
  app.use(express.json({ limit: '100kb', strict: true }));
  app.use('/api', noStore);
  app.use('/api', healthRoutes(services));
  if (local !== null) app.use('/api', localSignInRoutes(services, local));
  const lookup: StaffLookup =
    options.lookupStaff ??
    ((identity) => Promise.resolve(services.directory.staffByObjectId(identity.oid) ?? null));
  const signedIn = authenticate(options.validateToken, lookup, services.logger);
  for (const extra of options.extraRouters ?? []) {
    if (extra.authenticated) app.use(extra.path, signedIn, extra.router);
    else app.use(extra.path, extra.router);
  }
  app.use('/api', signedIn, apiRouter(services));
  app.use('/api', () => {
    throw new HttpError(404, 'not-found', 'No such endpoint.');
  });
  if (options.staticDir !== undefined) {
    const root = path.resolve(options.staticDir);
    app.use(express.static(root, { index: 'index.html', maxAge: '1h' }));
    app.get('/{*path}', (_req, res) => {
      res.sendFile(path.join(root, 'index.html'));
    });
  }
  app.use(errorHandler(services.logger));
  return app;
}
