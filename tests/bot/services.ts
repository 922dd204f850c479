/** Real Services on an emulator-backed store, with a synthetic organisation, for bot tests. */
import { GraphDocumentLibrary } from '../../src/sharepoint/documents/graph-document-library';
import type { GraphStore } from '../../src/sharepoint/store';
import { OutboxPublisher } from '../../src/bot/outbox/publisher';
import {
  OTHER_SERVICE,
  OTHER_TEAM,
  SERVICE,
  STAFF,
  TEAM,
} from '../../src/domain/fixtures/builders';
import type { Change, Store } from '../../src/domain/ports';
import type { StaffMember } from '../../src/domain/records';
import { AuditLog } from '../../src/app/audit-log/audit-log';
import { loadConfig, type Config } from '../../src/app/config/config';
import { Directory } from '../../src/app/directory/directory';
import { ReadModel } from '../../src/app/read-model/read-model';
import { silentLogger } from '../../src/app/logger';
import type { Clock, Services } from '../../src/app/services';
import { TEST_CLIENT_ID, TEST_TENANT_ID } from '../support/test-tenant';
import { buildCycle } from '../sharepoint/builders';

export const TAB_URL = 'https://audit-loop.test/tab';
export const STRANGER = 'staff-sw-stranger';

const oid = (n: number) => `00000000-0000-4000-8000-${n.toString().padStart(12, '0')}`;

const person = (
  n: number,
  id: string,
  role: StaffMember['role'],
  teamId: string | null,
  serviceAreaId: string | null,
): StaffMember => ({
  id,
  aadObjectId: oid(n),
  displayName: `Person ${n}`,
  role,
  teamId,
  serviceAreaId,
  active: true,
});

/** The fixtures' people (src/domain/fixtures/builders STAFF), plus a stranger. */
export const PEOPLE: readonly StaffMember[] = [
  person(1, STAFF.auditor, 'TeamManager', OTHER_TEAM, SERVICE),
  person(2, STAFF.worker, 'Practitioner', TEAM, SERVICE),
  person(3, STAFF.teamManager, 'TeamManager', TEAM, SERVICE),
  person(4, STAFF.moderator, 'HeadOfService', null, OTHER_SERVICE),
  person(5, STAFF.qaLead, 'QALead', null, null),
  person(6, STAFF.headOfService, 'HeadOfService', null, SERVICE),
  person(7, STRANGER, 'Practitioner', OTHER_TEAM, OTHER_SERVICE),
];

export const oidOf = (staffId: string): string => {
  const found = PEOPLE.find((p) => p.id === staffId);
  if (found === undefined) throw new Error(`no test person ${staffId}`);
  return found.aadObjectId;
};

export const nameOf = (staffId: string): string =>
  PEOPLE.find((p) => p.id === staffId)?.displayName ?? '?';

export async function seedOrganisation(store: Store, extraStaff: readonly StaffMember[] = []) {
  const changes: Change[] = [
    { kind: 'serviceAreas', op: 'create', record: { id: SERVICE, name: 'North' } },
    { kind: 'serviceAreas', op: 'create', record: { id: OTHER_SERVICE, name: 'South' } },
    { kind: 'teams', op: 'create', record: { id: TEAM, name: 'Team N1', serviceAreaId: SERVICE } },
    {
      kind: 'teams',
      op: 'create',
      record: { id: OTHER_TEAM, name: 'Team N2', serviceAreaId: SERVICE },
    },
    { kind: 'cycles', op: 'create', record: buildCycle('CYC-2025-1') },
    ...[...PEOPLE, ...extraStaff].map(
      (record) => ({ kind: 'staff', op: 'create', record }) as const,
    ),
  ];
  for (let i = 0; i < changes.length; i += 20) await store.saveAll(changes.slice(i, i + 20));
}

export const fixedClock = (
  iso = '2025-04-20T10:00:00.000Z',
): Clock & { set(iso: string): void } => {
  let now = new Date(iso);
  return {
    now: () => now,
    set: (next) => {
      now = new Date(next);
    },
  };
};

export function configFor(mode: 'local' | 'tenant'): Config {
  return loadConfig(
    mode === 'local'
      ? { NODE_ENV: 'test' }
      : {
          NODE_ENV: 'test',
          AUDITLOOP_TENANT_ID: TEST_TENANT_ID,
          AUDITLOOP_CLIENT_ID: TEST_CLIENT_ID,
          AUDITLOOP_CLIENT_SECRET: 'test-secret',
          AUDITLOOP_SITE_ID: 'test-site',
        },
  );
}

export async function servicesOn(
  store: GraphStore,
  mode: 'local' | 'tenant' = 'local',
  clock: Clock = fixedClock(),
): Promise<Services & { notifications: OutboxPublisher }> {
  // Tests write to the store directly, then ask: the read model catches up on every request.
  const readModel = new ReadModel(store, { maxAgeMs: 0, wholeMaxAgeMs: 0 });
  const directory = new Directory(readModel);
  await readModel.refresh();
  const logger = silentLogger;
  return {
    config: configFor(mode),
    store,
    documents: new GraphDocumentLibrary(store.graph, store.siteId),
    directory,
    readModel,
    auditLog: new AuditLog(store, () => clock.now(), logger),
    notifications: new OutboxPublisher({ store, directory, clock, logger, tabUrl: TAB_URL }),
    logger,
    clock,
    tabUrl: TAB_URL,
  };
}
