import type { Client } from '@microsoft/microsoft-graph-client';
import type { RecordKind, RecordTypes, Repository, Store } from '../domain/ports';
import type { SiteConfig } from './config';
import { DeltaMirror, refreshMirrors } from './mirror';
import { ClientCredentialsProvider, emulatorAuth } from './graph/auth';
import { createGraphClient } from './graph/client';
import { emulatorHttpHandler } from './graph/emulator-redirect';
import { Graph } from './graph/graph';
import { DEFAULT_RETRY, type RetryPolicy } from './graph/retry';
import { ListRepository } from './lists/repository';
import { saveAll, SaveAllError } from './lists/save-all';
import { SiteLists } from './lists/site-lists';
import { siteSchema } from './schema/load';
import type { SiteSchema } from './schema/site-schema';

export interface GraphStoreOptions {
  readonly client: Client;
  readonly siteId: string;
  readonly schema?: SiteSchema;
  readonly retry?: Partial<RetryPolicy>;
  /** Items per page when listing (default 5,000, Graph's maximum). */
  readonly pageSize?: number;
}

/** The Store on SharePoint lists, plus delta-driven caches for read models. */
export interface GraphStore extends Store {
  /** A delta-driven mirror of one list; `deltaLink` resumes from a link kept by `link()`. */
  delta<K extends RecordKind>(kind: K, deltaLink?: string): DeltaMirror<K>;
  /** The Graph wrapper the store uses (for provisioning and diagnostics). */
  readonly graph: Graph;
  readonly siteId: string;
}

export function createGraphStore(options: GraphStoreOptions): GraphStore {
  const graph = new Graph(options.client, { ...DEFAULT_RETRY, ...options.retry });
  const lists = new SiteLists(
    graph,
    options.siteId,
    options.schema ?? siteSchema(),
    options.pageSize,
  );
  const repos = new Map<RecordKind, unknown>();
  return {
    graph,
    siteId: options.siteId,
    repo<K extends RecordKind>(kind: K): Repository<RecordTypes[K]> {
      let repo = repos.get(kind) as Repository<RecordTypes[K]> | undefined;
      if (!repo) {
        repo = new ListRepository(lists, kind);
        repos.set(kind, repo);
      }
      return repo;
    },
    saveAll: (changes) => saveAll(lists, changes),
    saveEach: async (changes) => {
      try {
        return await saveAll(lists, changes);
      } catch (error) {
        if (error instanceof SaveAllError) return [...error.outcomes];
        throw error;
      }
    },
    mirrors: (kinds) => {
      const mirrors = new Map(kinds.map((kind) => [kind, new DeltaMirror(lists, kind)] as const));
      return {
        mirror: <K extends RecordKind>(kind: K) => {
          const found = mirrors.get(kind);
          if (found === undefined) throw new Error(`No mirror of ${kind} in this set.`);
          return found as unknown as DeltaMirror<K>;
        },
        refresh: (only) =>
          refreshMirrors(
            lists,
            (only ?? kinds).flatMap((kind) => {
              const found = mirrors.get(kind);
              return found === undefined ? [] : [found];
            }),
          ),
      };
    },
    delta: (kind, deltaLink) => new DeltaMirror(lists, kind, deltaLink),
  };
}

/** Where the local emulator listens and the bearer secret it wants (a RunningEmulator is one). */
export interface LocalEmulator {
  readonly url: string;
  readonly secret: string;
}

/** A store on the local emulator; the site id is read from the emulator. */
export async function openLocalStore(
  emulator: LocalEmulator,
  options: Omit<GraphStoreOptions, 'client' | 'siteId'> = {},
): Promise<GraphStore> {
  const emulatorUrl = emulator.url;
  const client = createGraphClient(emulatorAuth(emulator.secret), emulatorHttpHandler(emulatorUrl));
  const graph = new Graph(client, { ...DEFAULT_RETRY, ...options.retry });
  const { body } = await graph.send(
    { method: 'GET', url: '/sites/root?$select=id' },
    'read the site',
  );
  const siteId = (body as { id?: unknown } | undefined)?.id;
  if (typeof siteId !== 'string')
    throw new Error(`${emulatorUrl} did not say which site it holds.`);
  return createGraphStore({ ...options, client, siteId });
}

/** A store on a real SharePoint site, with an app-only (client credentials) token. */
export function openSiteStore(
  config: Extract<SiteConfig, { kind: 'site' }>,
  options: Omit<GraphStoreOptions, 'client' | 'siteId'> = {},
): GraphStore {
  const client = createGraphClient(new ClientCredentialsProvider(config));
  return createGraphStore({ ...options, client, siteId: config.siteId });
}
