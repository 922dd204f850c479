/**
 * A cycle's allocation, for the fan-out test and benchmark: 125 audits, each allocated to four
 * different people (auditor, worker, team manager, moderator) — 500 allocation notices across
 * 40 conversations. Synthetic throughout: no real person or child.
 */
import type { DomainEvent } from '../../domain/events';
import type { Change, ConversationReference, Store } from '../../domain/ports';
import type { Audit, Role, StaffMember } from '../../domain/records';
import { auditFromAllocation } from '../../domain/records';
import { Directory } from '../../app/directory/directory';
import { ReadModel } from '../../app/read-model/read-model';
import { silentLogger } from '../../app/logger';
import { OutboxPublisher } from '../outbox/publisher';
import { personalReferenceId } from '../dispatch/references';

export const FANOUT_AUDITS = 125;
const QA_LEAD = 'fan-qa';
const POOLS: readonly { prefix: string; size: number; role: Role }[] = [
  { prefix: 'fan-auditor', size: 10, role: 'TeamManager' },
  { prefix: 'fan-worker', size: 20, role: 'Practitioner' },
  { prefix: 'fan-tm', size: 5, role: 'TeamManager' },
  { prefix: 'fan-moderator', size: 5, role: 'HeadOfService' },
];

const oidOf = (n: number) => `10000000-0000-4000-8000-${n.toString().padStart(12, '0')}`;

export function fanoutStaff(): StaffMember[] {
  let n = 0;
  const member = (id: string, role: Role): StaffMember => ({
    id,
    aadObjectId: oidOf((n += 1)),
    displayName: `Staff ${String(n)}`,
    role,
    teamId: 'fan-team',
    serviceAreaId: 'fan-service',
    active: true,
  });
  return [
    member(QA_LEAD, 'QALead'),
    ...POOLS.flatMap((p) =>
      Array.from({ length: p.size }, (_, i) => member(`${p.prefix}-${String(i)}`, p.role)),
    ),
  ];
}

const pick = (prefix: string, size: number, i: number) => `${prefix}-${String(i % size)}`;

function fanoutAudit(i: number): Audit {
  return auditFromAllocation(`FAN-${String(i)}`, {
    cycleId: 'fan-cycle',
    caseNumber: `CF-${String(300_000 + i)}`,
    cohort: 'ChildInNeed',
    teamId: 'fan-team',
    serviceAreaId: 'fan-service',
    auditorId: pick('fan-auditor', 10, i),
    workerId: pick('fan-worker', 20, i),
    teamManagerId: pick('fan-tm', 5, i),
    moderatorId: pick('fan-moderator', 5, i),
    allocatedOn: '2025-03-03',
    auditDue: '2025-03-23',
    moderationDue: '2025-04-02',
  });
}

export interface FanoutScenario {
  readonly directory: Directory;
  readonly readModel: ReadModel;
  readonly publisher: OutboxPublisher;
  readonly events: readonly DomainEvent[];
}

/** Seeds the organisation, the audits and everyone's personal conversation, on `serviceUrl`. */
export async function seedFanout(store: Store, serviceUrl: string): Promise<FanoutScenario> {
  const staff = fanoutStaff();
  const audits = Array.from({ length: FANOUT_AUDITS }, (_, i) => fanoutAudit(i));
  const references: ConversationReference[] = staff.map((s) => ({
    id: personalReferenceId(s.aadObjectId),
    key: s.aadObjectId,
    scope: 'personal',
    conversationId: `a:conversation-${s.id}`,
    serviceUrl,
    tenantId: 'fan-tenant',
    updatedAt: '2025-03-01T00:00:00.000Z',
  }));
  const changes: Change[] = [
    ...staff.map((record) => ({ kind: 'staff', op: 'create', record }) as const),
    ...audits.map((record) => ({ kind: 'audits', op: 'create', record }) as const),
    ...references.map(
      (record) => ({ kind: 'conversationReferences', op: 'create', record }) as const,
    ),
  ];
  for (let i = 0; i < changes.length; i += 20) await store.saveAll(changes.slice(i, i + 20));
  const readModel = new ReadModel(store);
  const directory = new Directory(readModel);
  await readModel.refresh();
  const clock = { now: () => new Date('2025-03-03T09:00:00.000Z') };
  const publisher = new OutboxPublisher({
    store,
    directory,
    clock,
    logger: silentLogger,
    tabUrl: 'https://audit-loop.test/tab',
  });
  const events: DomainEvent[] = audits.map((a) => ({
    kind: 'AuditAllocated',
    at: '2025-03-03T09:00:00.000Z',
    actorId: QA_LEAD,
    auditId: a.id,
    caseNumber: a.caseNumber,
  }));
  return { directory, readModel, publisher, events };
}
