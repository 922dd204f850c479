/**
 * What one card action costs in Graph requests, counted by the emulator: each verb run once
 * through the same command as the tab's API, on the full demo data, beside the requests the
 * write itself needs (one read of the record and one `$batch`).
 */
import { runCardAction } from '../../src/bot';
import { VERBS } from '../../src/cards';
import type { Action, Audit, Moderation } from '../../src/domain/records';
import type { Services } from '../../src/app/services';
import { startBenchServer } from './bench-server';
import { graphRequests } from './graph-requests';

const oidOf = (services: Services, staffId: string | null): string =>
  services.directory.staff(staffId ?? '')?.aadObjectId ?? '';

export async function benchCardActions(): Promise<string[]> {
  const server = await startBenchServer();

  try {
    const { services } = server;
    const emulator = server.opened.emulator;
    if (emulator === null) throw new Error('The benchmark runs on the embedded emulator.');
    const actions = (await services.store.repo('actions').list()).map((a) => a.record);
    const audits = (await services.store.repo('audits').list()).map((a) => a.record);
    const first = <T>(items: readonly T[], what: string): T => {
      const found = items.at(0);
      if (found === undefined) throw new Error(`The demo data has no ${what}.`);
      return found;
    };
    const verified = actions.filter((a) => a.state === 'Verified');
    const headOf = (a: Action) => first(services.directory.headsOfService(a.serviceAreaId), 'head');
    const open = first(
      actions.filter((a) => a.state === 'InProgress'),
      'open action',
    );
    const alerted: Audit = first(
      audits.filter((a) => a.alertRaisedAt !== null && a.alertAcknowledgedAt === null),
      'unacknowledged alert',
    );
    // The demo's auditors have answered every disagreement: take one back to unanswered (the
    // state an auditor meets the card in) through the store, before anything is measured.
    const disagreed = (
      await services.store.repo('moderations').list({ where: { state: 'Disagreed' } })
    ).at(0);
    if (disagreed === undefined) throw new Error('The demo data has no disagreement.');
    const moderation = disagreed.record;
    const [reopened] = await services.store.saveAll([
      {
        kind: 'moderations',
        op: 'update',
        record: {
          ...moderation,
          auditorResponse: 'None',
          respondedAt: null,
          discussionDate: null,
        },
        expectedVersion: disagreed.version,
      },
    ]);
    const disagreement = reopened.record as Moderation;
    services.readModel.accept('moderations', { ...reopened, record: disagreement });
    const approve = first(verified, 'verified action');
    const giveBack = first(verified.slice(1), 'second verified action');
    const cases = [
      {
        what: 'approve closure',
        oid: oidOf(services, headOf(approve)),
        verb: VERBS.closureApprove,
        data: { actionId: approve.id, version: 'v' },
      },
      {
        what: 'return closure',
        oid: oidOf(services, headOf(giveBack)),
        verb: VERBS.closureReturn,
        data: { actionId: giveBack.id, version: 'v', reason: 'Not on file.' },
      },
      {
        what: 'mark complete',
        oid: oidOf(services, open.ownerId),
        verb: VERBS.actionComplete,
        data: { actionId: open.id, version: 'v', evidence: 'On file.' },
      },
      {
        what: 'acknowledge Inadequate alert',
        oid: oidOf(services, alerted.teamManagerId),
        verb: VERBS.inadequateAcknowledge,
        data: { auditId: alerted.id, version: 'v' },
      },
      {
        what: 'acknowledge disagreement',
        oid: oidOf(services, disagreement.auditorId),
        verb: VERBS.moderationAcknowledge,
        data: { auditId: disagreement.auditId, moderationId: disagreement.id, version: 'v' },
      },
    ];
    const lines = [
      'card action (the command, its audit-log entry, outbox rows, the answered card):',
    ];
    for (const c of cases) {
      emulator.counters.reset();
      const result = await runCardAction(services, c.oid, c.verb, c.data);
      if (result.outcome !== 'applied') throw new Error(`${c.what} was ${result.outcome}`);
      const counts = graphRequests(emulator.counters.snapshot());
      lines.push(
        `  ${c.what.padEnd(30)} ${String(counts.requests).padStart(2)} Graph requests (${String(counts.reads)} reads, ${String(counts.batches)} $batch of ${String(counts.batched)})  minimum 2: read the record, one $batch`,
      );
    }
    return lines;
  } finally {
    await server.close();
  }
}
