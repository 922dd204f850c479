/** End-to-end flows through the API on the real emulator-backed store. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActionDetailResponse, ApiError, AuditDetailResponse } from '../../src/contract';
import { recipientsOf } from '../../src/domain/events/recipients';
import { isScheduleEvent, type CaseEvent } from '../../src/domain/events/domain-event';
import { AREAS } from '../../src/domain/records';
import { startServerHarness, type ServerHarness } from './harness';

let h: ServerHarness;
beforeAll(async () => {
  h = await startServerHarness();
}, 60_000);
afterAll(() => h.close());

const audit = (staffId: string, id: string) =>
  h.as<AuditDetailResponse>(staffId, 'GET', `/api/audits/${id}`);
const action = (staffId: string, id: string) =>
  h.as<ActionDetailResponse>(staffId, 'GET', `/api/actions/${id}`);
const published = (kind: CaseEvent['kind']) =>
  h.events.filter((e): e is CaseEvent => !isScheduleEvent(e) && e.kind === kind);

const recipients = (event: CaseEvent, a: AuditDetailResponse['audit']['record']) =>
  recipientsOf(event, {
    parties: a,
    headsOfService: (id) => h.services.directory.headsOfService(id),
    qaLeads: () => h.services.directory.qaLeads(),
  }).sort();

const fullDraft = (grade: string) => ({
  areas: Object.fromEntries(
    AREAS.map((area) => [area, { grade, evidence: 'Seen on the file and in supervision.' }]),
  ),
  overallGrade: grade,
  rationale: 'The child is not safe enough: drift in planning.',
});

describe('submitting an Inadequate audit', () => {
  it('publishes GradedInadequate to the head of service and the team manager', async () => {
    const before = await audit('tm-n2a', 'AUD-C');
    const response = await h.as<AuditDetailResponse>('tm-n2a', 'POST', '/api/audits/AUD-C/submit', {
      version: before.body.audit.version,
      draft: fullDraft('Inadequate'),
      actions: [
        { description: 'Convene a strategy discussion.', ownerId: 'sw-n1b', immediate: true },
      ],
      noActionsNeeded: false,
    });
    expect(response.status).toBe(200);
    expect(response.body.audit.record).toMatchObject({
      state: 'Submitted',
      overallGrade: 'Inadequate',
    });
    const created = await h.store.repo('actions').list({ where: { auditId: 'AUD-C' } });
    expect(created.map((a) => a.record.dueDate)).toEqual(['2025-03-25']);
    const alert = published('GradedInadequate').find((e) => e.auditId === 'AUD-C');
    expect(alert).toBeDefined();
    if (alert === undefined) return;
    expect(recipients(alert, response.body.audit.record)).toEqual(['hos-n', 'hos-n2', 'tm-n1']);
  });

  it('hides the grade from the worker until the auditor shares it', async () => {
    const hidden = await audit('sw-n1b', 'AUD-C');
    expect(hidden.body.audit.gradeVisible).toBe(false);
    expect(hidden.body.audit.record.overallGrade).toBeNull();
    expect(hidden.body.audit.record.rationale).toBe('');
    expect(JSON.stringify(hidden.body)).not.toContain('Inadequate');
    const version = (await audit('tm-n2a', 'AUD-C')).body.audit.version;
    const shared = await h.as('tm-n2a', 'POST', '/api/audits/AUD-C/share-grade', { version });
    expect(shared.status).toBe(200);
    const visible = await audit('sw-n1b', 'AUD-C');
    expect(visible.body.audit.record.overallGrade).toBe('Inadequate');
  });

  it('adds a moderator when an unmoderated audit is graded Inadequate', async () => {
    const before = await audit('tm-n1', 'AUD-E');
    expect(before.body.audit.record.moderatorId).toBeNull();
    const response = await h.as<AuditDetailResponse>('tm-n1', 'POST', '/api/audits/AUD-E/submit', {
      version: before.body.audit.version,
      draft: fullDraft('Inadequate'),
      actions: [{ description: 'Update the plan.', ownerId: 'sw-n2', immediate: false }],
      noActionsNeeded: false,
    });
    expect(response.status).toBe(200);
    const moderatorId = response.body.audit.record.moderatorId;
    expect(['hos-n', 'hos-n2', 'hos-s', 'psw', 'qa']).toContain(moderatorId);
    expect(published('ModeratorAssigned').some((e) => e.auditId === 'AUD-E')).toBe(true);
  });
});

describe('moderation', () => {
  it("stores a disagreement separately and never overwrites the auditor's grade", async () => {
    const version = (await audit('hos-n', 'AUD-B')).body.audit.version;
    const response = await h.as<AuditDetailResponse>(
      'hos-n',
      'POST',
      '/api/audits/AUD-B/moderation',
      {
        version,
        outcome: 'Disagreed',
        moderatedGrade: 'Requires improvement to be good',
        reasons: 'The chronology is missing.',
      },
    );
    expect(response.status).toBe(200);
    expect(response.body.audit.record).toMatchObject({ state: 'Disagreed', overallGrade: 'Good' });
    expect(response.body.moderation?.record).toMatchObject({
      auditorGrade: 'Good',
      moderatedGrade: 'Requires improvement to be good',
      state: 'Disagreed',
    });
    const stored = await h.store.repo('audits').get('AUD-B');
    expect(stored?.record.overallGrade).toBe('Good');
    const moderations = await h.store.repo('moderations').list({ where: { auditId: 'AUD-B' } });
    expect(moderations.map((m) => m.record.moderatedGrade)).toEqual([
      'Requires improvement to be good',
    ]);
    expect(published('ModerationDisagreed').map((e) => e.auditId)).toContain('AUD-B');
  });

  it('the auditor resolves it after the learning conversation, and the audit moves on to its actions', async () => {
    const version = (await audit('tm-n2a', 'AUD-B')).body.audit.version;
    const response = await h.as<AuditDetailResponse>(
      'tm-n2a',
      'POST',
      '/api/audits/AUD-B/moderation/resolve',
      { version, learningNotes: 'Agreed to weigh the chronology more.' },
    );
    expect(response.status).toBe(200);
    expect(response.body.audit.record.state).toBe('ActionsOpen');
    expect(response.body.moderation?.record.state).toBe('Resolved');
  });

  it('closes the audit once its last action is finished', async () => {
    const version = (await action('qa', 'ACT-B1')).body.action.version;
    const response = await h.as('qa', 'POST', '/api/actions/ACT-B1/not-completed', {
      version,
      reason: 'The family moved out of the area.',
    });
    expect(response.status).toBe(200);
    expect((await h.store.repo('audits').get('AUD-B'))?.record.state).toBe('Closed');
    expect(published('AuditClosed').map((e) => e.auditId)).toContain('AUD-B');
  });
});

describe('closing the loop on an action', () => {
  it('complete → verify → approve closes it', async () => {
    const step = async (staffId: string, endpoint: string, body: object = {}) => {
      const { version } = (await action(staffId, 'ACT-D1')).body.action;
      const response = await h.as<ActionDetailResponse>(
        staffId,
        'POST',
        `/api/actions/ACT-D1/${endpoint}`,
        { version, ...body },
      );
      expect(response.status).toBe(200);
      return response.body.action;
    };
    const completed = await step('sw-n1b', 'complete', { evidence: 'Chronology updated.' });
    expect(completed.record.state).toBe('Completed');
    expect(completed.allowed).toEqual([]);
    const verified = await step('qa', 'verify');
    expect(verified.record).toMatchObject({ state: 'Verified', verifiedById: 'qa' });
    const forHead = await action('hos-n', 'ACT-D1');
    expect(forHead.body.action.allowed).toEqual(
      ['markReviewedInSupervision', 'approveClosure', 'returnClosure'].filter(
        (t) => t !== 'markReviewedInSupervision',
      ),
    );
    const closed = await step('hos-n', 'approve');
    expect(closed.record).toMatchObject({ state: 'Closed', closedById: 'hos-n' });
    expect(closed.names['hos-n']).toBe('Ida Head');
    expect(published('ClosureApproved').map((e) => 'actionId' in e && e.actionId)).toContain(
      'ACT-D1',
    );
  });
});

describe('concurrency', () => {
  it('a stale version is refused with 409 and the current version', async () => {
    const first = await audit('tm-n2a', 'AUD-A');
    const old = first.body.audit.version;
    const saved = await h.as<AuditDetailResponse>('tm-n2a', 'PUT', '/api/audits/AUD-A/draft', {
      version: old,
      draft: { areas: { planning: { evidence: 'Plan reviewed monthly.' } } },
    });
    expect(saved.status).toBe(200);
    const current = saved.body.audit.version;
    expect(current).not.toBe(old);
    const again = await h.as<ApiError>('tm-n2a', 'PUT', '/api/audits/AUD-A/draft', {
      version: old,
      draft: { rationale: 'Overwriting?' },
    });
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({ code: 'conflict', currentVersion: current });
  });
});

describe('the Audit log', () => {
  it('records every change with field names and no values, and every audit read', async () => {
    await h.as('tm-n2a', 'GET', '/api/audits/AUD-A');
    await h.services.auditLog.flush();
    const entries = (await h.store.repo('auditLog').list()).map((e) => e.record);
    const draft = entries.find((e) => e.action === 'audit.saveDraft' && e.record === 'audit:AUD-A');
    expect(draft?.changedFields).toEqual(['areas.planning.evidence']);
    expect(entries.filter((e) => e.action === 'audit.read').length).toBeGreaterThan(0);
    for (const action of [
      'audit.submit',
      'audit.moderate',
      'action.verify',
      'action.approveClosure',
    ]) {
      expect(entries.map((e) => e.action)).toContain(action);
    }
    const text = JSON.stringify(entries);
    for (const value of ['Plan reviewed monthly.', 'Inadequate', 'chronology is missing']) {
      expect(text).not.toContain(value);
    }
  });

  it('notes a denial', async () => {
    const denied = await h.as<ApiError>('sw-n2', 'GET', '/api/audits/AUD-A');
    expect(denied.status).toBe(403);
    await h.services.auditLog.flush();
    const entries = await h.store.repo('auditLog').list({ where: { action: 'audit.read' } });
    expect(entries.map((e) => [e.record.record, e.record.outcome])).toContainEqual([
      'audit:AUD-A',
      'denied',
    ]);
  });
});

describe('allocation', () => {
  const rules = {
    sampleSize: { kind: 'total', totalCases: 3 },
    stratifyByCohort: true,
    excludeRecentCycles: 1,
    moderation: { share: 0.5, lowAgreementThreshold: 0.6, lowAgreementShare: 1 },
  };

  it('previews without writing, then commits once', async () => {
    const writes = h.writes();
    const preview = await h.as<{
      draw: { seed: number; allocations: unknown[]; excluded: { reason: string }[] };
    }>('qa', 'POST', '/api/cycles/CYC-2/allocation/preview', rules);
    expect(preview.status).toBe(200);
    expect(h.writes()).toBe(writes);
    const { draw } = preview.body;
    expect(draw.allocations.length).toBeGreaterThan(0);
    expect(draw.excluded.map((e) => e.reason)).toContain('recently-audited');
    const cycles = await h.as<{ items: { record: { id: string }; version: string }[] }>(
      'qa',
      'GET',
      '/api/cycles',
    );
    const version = cycles.body.items.find((c) => c.record.id === 'CYC-2')?.version;
    const commit = await h.as<{ created: number; draw: unknown }>(
      'qa',
      'POST',
      '/api/cycles/CYC-2/allocation/commit',
      { ...rules, seed: draw.seed, version },
    );
    expect(commit.status).toBe(200);
    expect(commit.body.created).toBe(draw.allocations.length);
    expect(commit.body.draw).toEqual(draw);
    const stored = await h.store.repo('audits').list({ where: { cycleId: 'CYC-2' } });
    expect(stored).toHaveLength(draw.allocations.length);
    expect(published('AuditAllocated')).toHaveLength(draw.allocations.length);
    const again = await h.as<ApiError>('qa', 'POST', '/api/cycles/CYC-2/allocation/commit', {
      ...rules,
      seed: draw.seed,
      version,
    });
    expect(again.status).toBe(409);
    const after = await h.store.repo('audits').list({ where: { cycleId: 'CYC-2' } });
    expect(after).toHaveLength(draw.allocations.length);
  });

  it('shows the tracker rows without grades', async () => {
    const tracker = await h.as<{ rows: { caseNumber: string }[] }>(
      'qa',
      'GET',
      '/api/cycles/CYC-1/tracker',
    );
    expect(tracker.status).toBe(200);
    expect(tracker.body.rows.length).toBe(6);
    expect(JSON.stringify(tracker.body)).not.toContain('overallGrade');
  });
});

describe('requests the API refuses', () => {
  it('names an unknown field', async () => {
    const { version } = (await audit('tm-n2a', 'AUD-A')).body.audit;
    const response = await h.as<ApiError>('tm-n2a', 'PUT', '/api/audits/AUD-A/draft', {
      version,
      draft: {},
      colour: 'red',
    });
    expect(response.status).toBe(400);
    expect(response.body.error.issues).toEqual([
      { field: 'colour', message: 'is not a known field' },
    ]);
  });

  it('refuses a body over 100 kB with 413', async () => {
    const token = await h.tokenFor('tm-n2a');
    const response = await h.call('PUT', '/api/audits/AUD-A/draft', {
      token,
      body: { version: 'x', draft: { rationale: 'x'.repeat(110_000) } },
    });
    expect(response.status).toBe(413);
  });

  it('refuses malformed JSON with 400', async () => {
    const token = await h.tokenFor('tm-n2a');
    const response = await h.call('PUT', '/api/audits/AUD-A/draft', { token, raw: '{"version":' });
    expect(response.status).toBe(400);
  });
});
