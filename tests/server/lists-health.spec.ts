/**
 * The lists' health page flags a reference to another list that does not resolve — a team id
 * typed by hand in SharePoint that no team has — naming the list (issue 12, item 15).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ListHealthResponse } from '../../src/contract';
import { startServerHarness, type ServerHarness } from './harness';

let h: ServerHarness;
beforeAll(async () => {
  h = await startServerHarness();
}, 60_000);
afterAll(() => h.close());

describe("the lists' health", () => {
  it('flags a hand-edited team id that does not exist, and nothing where every reference resolves', async () => {
    const before = await h.as<ListHealthResponse>('qa', 'GET', '/api/lists/health');
    expect(before.status).toBe(200);
    const flaggedCases = (r: ListHealthResponse) =>
      r.lists.find((l) => l.kind === 'cases')?.flagged ?? [];
    expect(flaggedCases(before.body)).toEqual([]);

    const row = (await h.store.repo('cases').list()).at(0);
    if (row === undefined) throw new Error('no case');
    await h.store.saveAll([
      {
        kind: 'cases',
        op: 'update',
        record: { ...row.record, teamId: 'team-typo' },
        expectedVersion: row.version,
      },
    ]);
    await h.services.readModel.refresh();
    const after = await h.as<ListHealthResponse>('qa', 'GET', '/api/lists/health');
    expect(flaggedCases(after.body)).toEqual([
      expect.objectContaining({
        key: row.record.caseNumber,
        flags: [{ field: 'teamId', found: 'team-typo', message: 'is not on the Teams list' }],
      }),
    ]);
  });
});
