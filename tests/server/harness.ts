/**
 * The API on the real emulator-backed store: starts the emulator in memory, provisions the site,
 * loads the fixture organisation, builds Services (recording published events in memory) and
 * serves the app twice on 127.0.0.1:0 — in tenant mode, validating tokens signed by the test
 * tenant against its JWKS, and in local mode, with local sessions.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DomainEvent } from '../../src/domain/events/domain-event';
import { createApp } from '../../src/server/app';
import { GraphDocumentLibrary } from '../../src/sharepoint/documents/graph-document-library';
import { AuditLog } from '../../src/app/audit-log/audit-log';
import { loadConfig } from '../../src/app/config/config';
import { Directory } from '../../src/app/directory/directory';
import { ReadModel } from '../../src/app/read-model/read-model';
import type { LocalSessions } from '../../src/server/identity/local-session';
import { identityFor } from '../../src/start/identity';
import { silentLogger } from '../../src/app/logger';
import type { Notifications, Services } from '../../src/app/services';
import { startHarness, type Harness } from '../sharepoint/harness';
import {
  startTestTenant,
  TEST_APP_ID_URI,
  TEST_CLIENT_ID,
  TEST_TENANT_ID,
  type TestTenant,
} from '../support/test-tenant';
import { fixtureChanges, NOW, staffById } from './fixture';

export interface ApiResponse<T = unknown> {
  readonly status: number;
  readonly body: T;
  readonly headers: Headers;
}

export interface RequestOptions {
  readonly token?: string;
  readonly body?: unknown;
  /** A raw body, sent as is (for malformed JSON). */
  readonly raw?: string;
}

export interface ServerHarness {
  readonly store: Harness['store'];
  readonly emulator: Harness['emulator'];
  readonly services: Services;
  readonly tenant: TestTenant;
  readonly sessions: LocalSessions;
  /** Every event published, in order. */
  readonly events: DomainEvent[];
  /** The clock the services read; set it to move time. */
  readonly clock: { now: Date };
  readonly tenantUrl: string;
  readonly localUrl: string;
  /** A Teams SSO token for the fixture staff member, signed by the test tenant. */
  tokenFor(staffId: string): Promise<string>;
  /** A local session for the fixture staff member (local-mode app). */
  sessionFor(staffId: string): Promise<string>;
  /** Calls the tenant-mode app (or `base`). */
  call<T = unknown>(
    method: string,
    path: string,
    options?: RequestOptions,
    base?: string,
  ): Promise<ApiResponse<T>>;
  /** Calls the tenant-mode app as the fixture staff member. */
  as<T = unknown>(
    staffId: string,
    method: string,
    path: string,
    body?: unknown,
  ): Promise<ApiResponse<T>>;
  /** Item writes (create, update, delete) the emulator has answered so far. */
  writes(): number;
  /** Item reads (get, list) the emulator has answered so far. */
  reads(): number;
  close(): Promise<void>;
}

const listen = async (server: Server): Promise<string> => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
};

const sum = (counts: Record<string, number>, ops: readonly string[]) =>
  ops.reduce((n, op) => n + (counts[op] ?? 0), 0);

export async function startServerHarness(): Promise<ServerHarness> {
  const base = await startHarness();
  const tenant = await startTestTenant();
  const { store } = base;
  const changes = fixtureChanges();
  for (let i = 0; i < changes.length; i += 20) await store.saveAll(changes.slice(i, i + 20));
  const clock = { now: new Date(NOW) };
  const events: DomainEvent[] = [];
  const notifications: Notifications = {
    publish: (published) => {
      events.push(...published);
      return Promise.resolve();
    },
  };
  // Tests write to the store directly, then ask: the read model catches up on every request.
  const readModel = new ReadModel(store, {
    now: () => clock.now.getTime(),
    maxAgeMs: 0,
    wholeMaxAgeMs: 0,
  });
  const directory = new Directory(readModel);
  await readModel.refresh();
  const shared = {
    store,
    documents: new GraphDocumentLibrary(store.graph, store.siteId),
    directory,
    readModel,
    auditLog: new AuditLog(store, () => clock.now, silentLogger),
    notifications,
    logger: silentLogger,
    clock: { now: () => clock.now },
    tabUrl: 'https://localhost/tab',
  };
  const tenantServices: Services = {
    ...shared,
    config: loadConfig({
      // The production path: Teams SSO tokens against the tenant, never local sign-in.
      NODE_ENV: 'production',
      AUDITLOOP_TENANT_ID: TEST_TENANT_ID,
      AUDITLOOP_CLIENT_ID: TEST_CLIENT_ID,
      AUDITLOOP_CLIENT_SECRET: 'not-used',
      AUDITLOOP_APP_ID_URI: TEST_APP_ID_URI,
      AUDITLOOP_SITE_ID: base.store.siteId,
      AUDITLOOP_JWKS_URL: tenant.jwksUrl,
    }),
  };
  const localServices: Services = { ...shared, config: loadConfig({ NODE_ENV: 'test' }) };
  // Identity exactly as the server builds it per mode (start/identity.ts).
  const tenantIdentity = identityFor(tenantServices.config, directory);
  const localIdentity = identityFor(localServices.config, directory);
  const sessions = localIdentity.localSessions;
  if (sessions === null) throw new Error('Local mode must give local sessions.');
  const appFor = (services: Services, identity: typeof tenantIdentity) =>
    createApp(services, {
      validateToken: identity.validateToken,
      lookupStaff: identity.lookupStaff,
      localSessions: identity.localSessions,
    });
  const tenantApp = appFor(tenantServices, tenantIdentity);
  const localApp = appFor(localServices, localIdentity);
  const openServers = [createServer(tenantApp), createServer(localApp)];
  const [tenantUrl, localUrl] = await Promise.all(openServers.map(listen));
  const call = async <T>(
    method: string,
    path: string,
    options: RequestOptions = {},
    url = tenantUrl,
  ): Promise<ApiResponse<T>> => {
    const headers: Record<string, string> = {};
    if (options.token !== undefined) headers['authorization'] = `Bearer ${options.token}`;
    let body: string | undefined;
    if (options.raw !== undefined || options.body !== undefined) {
      headers['content-type'] = 'application/json';
      body = options.raw ?? JSON.stringify(options.body);
    }
    const response = await fetch(`${url}${path}`, { method, headers, body });
    const text = await response.text();
    const parsed = text === '' ? null : (JSON.parse(text) as T);
    return { status: response.status, body: parsed as T, headers: response.headers };
  };
  const tokens = new Map<string, string>();
  const tokenFor = async (staffId: string) => {
    const held = tokens.get(staffId);
    if (held !== undefined) return held;
    const token = await tenant.sign({ oid: staffById(staffId).aadObjectId });
    tokens.set(staffId, token);
    return token;
  };
  return {
    store,
    emulator: base.emulator,
    services: tenantServices,
    tenant,
    sessions,
    events,
    clock,
    tenantUrl,
    localUrl,
    tokenFor,
    sessionFor: (staffId) => sessions.issue(staffById(staffId).aadObjectId),
    call,
    as: async <T>(staffId: string, method: string, path: string, body?: unknown) =>
      call<T>(method, path, { token: await tokenFor(staffId), body }),
    writes: () =>
      sum(base.emulator.counters.snapshot(), ['items.create', 'items.update', 'items.delete']),
    reads: () => sum(base.emulator.counters.snapshot(), ['items.get', 'items.list', 'delta']),
    close: async () => {
      for (const server of openServers) server.closeAllConnections();
      await Promise.all(
        openServers.map((server) => new Promise((resolve) => server.close(resolve))),
      );
      await tenant.close();
      await base.close();
    },
  };
}
