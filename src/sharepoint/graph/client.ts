import {
  AuthenticationHandler,
  Client,
  HTTPMessageHandler,
  type AuthenticationProvider,
  type Middleware,
} from '@microsoft/microsoft-graph-client';
import { IndexedQueriesOnly } from './indexed-queries-only';

/**
 * The Graph client with our own middleware chain: auth → IndexedQueriesOnly → `last` (the
 * default HTTPMessageHandler for a tenant, or the emulator redirect). The client's RetryHandler
 * is deliberately absent: the wrapper (`graph.ts`) owns retry, including $batch sub-requests,
 * which the RetryHandler cannot see.
 */
export function createGraphClient(
  auth: AuthenticationProvider,
  last: Middleware = new HTTPMessageHandler(),
): Client {
  const first = new AuthenticationHandler(auth);
  const guard = new IndexedQueriesOnly();
  first.setNext(guard);
  guard.setNext(last);
  return Client.initWithMiddleware({ middleware: first });
}
