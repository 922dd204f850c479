/**
 * A draft keeps everything the audit form holds, the actions the auditor has added included,
 * however unfinished; submitting makes the actions and empties the draft's list (issue 12, 1).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiError, AuditDetailResponse } from '../../src/contract';
import { startServerHarness, type ServerHarness } from './harness';

let h: ServerHarness;
beforeAll(async () => {
  h = await startServerHarness();
}, 60_000);
afterAll(() => h.close());

const audit = (id: string) => h.as<AuditDetailResponse>('tm-n2a', 'GET', `/api/audits/${id}`);

describe('saving a draft', () => {
  it('keeps the action rows, unfinished ones too, in SharePoint and on reload', async () => {
    const { version } = (await audit('AUD-A')).body.audit;
    const actions = [
      {
        description: 'Update the chronology',
        ownerId: 'sw-n1a',
        timescaleDays: 14,
        immediate: true,
      },
      { description: '', ownerId: '', timescaleDays: null, immediate: false },
    ];
    const saved = await h.as<AuditDetailResponse>('tm-n2a', 'PUT', '/api/audits/AUD-A/draft', {
      version,
      draft: { rationale: 'Drafting.', actions },
    });
    expect(saved.status).toBe(200);
    expect((await audit('AUD-A')).body.audit.record.draftActions).toEqual(actions);
    const stored = await h.store.repo('audits').get('AUD-A');
    expect(stored?.record.draftActions).toEqual(actions);

    // A later save that does not mention the actions keeps them.
    const again = await h.as<AuditDetailResponse>('tm-n2a', 'PUT', '/api/audits/AUD-A/draft', {
      version: saved.body.audit.version,
      draft: { rationale: 'Still drafting.' },
    });
    expect(again.body.audit.record.draftActions).toEqual(actions);
  });

  it('names the field of a draft action that cannot be kept', async () => {
    const { version } = (await audit('AUD-A')).body.audit;
    const response = await h.as<ApiError>('tm-n2a', 'PUT', '/api/audits/AUD-A/draft', {
      version,
      draft: {
        actions: [{ description: 'x', ownerId: 'sw-n1a', timescaleDays: 0, immediate: false }],
      },
    });
    expect(response.status).toBe(400);
    expect(response.body.error.issues.map((i) => i.field)).toEqual([
      'draft.actions.0.timescaleDays',
    ]);
  });
});
