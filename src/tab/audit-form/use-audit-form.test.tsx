// @vitest-environment jsdom
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { AuditDetailResponse } from '../../contract/audits';
import { aCompletedDraft, anAudit } from '../../domain/fixtures/builders';
import type { Audit } from '../../domain/records/audit';
import { ApiRequestError } from '../api/api-error';
import { fakeApi, sessionWrapper } from '../testing/session';
import { useAuditForm } from './use-audit-form';

const detailOf = (record: Audit, version = '1'): AuditDetailResponse => ({
  audit: {
    record,
    version,
    flags: [],
    names: {},
    allowed: ['saveDraft', 'submitAudit'],
    gradeVisible: true,
    standingGrade: record.overallGrade,
  },
  moderation: null,
  actions: [],
});

const setup = (record: Audit, api: Parameters<typeof fakeApi>[0]) => {
  const onSaved = vi.fn();
  const hook = renderHook(() => useAuditForm({ detail: detailOf(record), onSaved }), {
    wrapper: sessionWrapper(fakeApi(api)),
  });
  return { ...hook, onSaved };
};

describe('the audit form', () => {
  it('saves with the version the page moved on to when the auditor started the audit (issue 12, 2)', async () => {
    const saveDraft = vi.fn(() =>
      Promise.resolve(detailOf(anAudit({ state: 'InProgress', rationale: 'Seen' }), '3')),
    );
    const onSaved = vi.fn();
    let detail = detailOf(anAudit(), '1');
    const hook = renderHook(() => useAuditForm({ detail, onSaved }), {
      wrapper: sessionWrapper(fakeApi({ saveDraft })),
    });
    act(() => {
      hook.result.current.setValue('rationale', 'Seen');
    });
    // "Start the audit" on the page: a new version of the same audit, the form still open.
    detail = detailOf(anAudit({ state: 'InProgress' }), '2');
    hook.rerender();
    await act(() => hook.result.current.saveDraft());
    expect(saveDraft).toHaveBeenCalledWith('AUD-1', expect.objectContaining({ version: '2' }));
    expect(saveDraft.mock.calls[0]).toMatchObject(['AUD-1', { draft: { rationale: 'Seen' } }]);
  });

  it('keeps the action rows with the draft, and opens with the rows it saved (issue 12, 1)', async () => {
    const saveDraft = vi.fn((_id: string, body: { version: string }) =>
      Promise.resolve({ ...detailOf(anAudit({ state: 'InProgress' }), '2'), sent: body }),
    );
    const { result } = setup(anAudit(), { saveDraft });
    act(() => {
      result.current.addRow();
    });
    const key = result.current.rows[0]?.key ?? '';
    act(() => {
      result.current.updateRow(key, { description: 'Update the chronology', timescaleDays: '14' });
    });
    expect(result.current.dirty).toBe(true);
    await act(() => result.current.saveDraft());
    expect(saveDraft.mock.calls[0]?.[1]).toMatchObject({
      draft: {
        actions: [
          {
            description: 'Update the chronology',
            ownerId: 'staff-sw-worker',
            timescaleDays: 14,
            immediate: false,
          },
        ],
      },
    });
    expect(result.current.dirty).toBe(false);

    const saved = anAudit({
      draftActions: [
        {
          description: 'Saved row',
          ownerId: 'staff-sw-worker',
          timescaleDays: null,
          immediate: true,
        },
      ],
    });
    const reopened = setup(saved, {});
    expect(reopened.result.current.rows).toMatchObject([
      { description: 'Saved row', ownerId: 'staff-sw-worker', timescaleDays: '', immediate: true },
    ]);
  });

  it('saves the draft with the version it was opened at', async () => {
    const saveDraft = vi.fn((_id: string, body: { version: string }) =>
      Promise.resolve(detailOf(anAudit({ state: 'InProgress', rationale: 'Seen' }), '2')).then(
        (d) => ({ ...d, sent: body }),
      ),
    );
    const { result, onSaved } = setup(anAudit(), { saveDraft });
    act(() => {
      result.current.setValue('rationale', 'Seen');
    });
    await act(() => result.current.saveDraft());
    expect(saveDraft).toHaveBeenCalledWith('AUD-1', expect.objectContaining({ version: '1' }));
    expect(saveDraft.mock.calls[0]?.[1]).toMatchObject({ draft: { rationale: 'Seen' } });
    expect(onSaved).toHaveBeenCalledOnce();
    expect(result.current.dirty).toBe(false);
  });

  it('does not submit an incomplete audit, and marks each missing field', async () => {
    const auditWrite = vi.fn();
    const { result } = setup(anAudit(), { auditWrite });
    await act(() => result.current.submit());
    expect(auditWrite).not.toHaveBeenCalled();
    expect(result.current.issueOf('areas.planning.grade')).toBe('Grade this area');
    expect(result.current.issueOf('areas.planning.evidence')).toBe('This is required');
    expect(result.current.issueOf('overallGrade')).toBe('This is required');
  });

  it('asks for an action unless the grade is Good or better and none is needed', async () => {
    const { result } = setup(
      aCompletedDraft({ overallGrade: 'Requires improvement to be good' }),
      {},
    );
    await act(() => result.current.submit());
    expect(result.current.issueOf('actions')).toMatch(/at least one action/);
  });

  it('submits a complete audit with its actions', async () => {
    const auditWrite = vi.fn(() =>
      Promise.resolve(detailOf(aCompletedDraft({ state: 'Submitted' }))),
    );
    const { result, onSaved } = setup(aCompletedDraft(), { auditWrite });
    act(() => {
      result.current.addRow();
    });
    act(() => {
      result.current.updateRow(result.current.rows[0]?.key ?? '', {
        description: 'Update the chronology',
        immediate: true,
      });
    });
    await act(() => result.current.submit());
    expect(auditWrite).toHaveBeenCalledWith(
      'AUD-1',
      'submit',
      expect.objectContaining({
        version: '1',
        noActionsNeeded: false,
        actions: [
          { description: 'Update the chronology', ownerId: 'staff-sw-worker', immediate: true },
        ],
      }),
    );
    expect(onSaved).toHaveBeenCalledOnce();
  });

  it('says before submit that an Inadequate grade alerts people', () => {
    const { result } = setup(anAudit(), {});
    expect(result.current.inadequate).toBe(false);
    act(() => {
      result.current.setValue('overallGrade', 'Inadequate');
    });
    expect(result.current.inadequate).toBe(true);
  });

  it('shows the server field issues on their fields', async () => {
    const saveDraft = vi.fn(() =>
      Promise.reject(
        new ApiRequestError(400, 'invalid', 'bad', [
          { field: 'draft.meetingDate', message: 'must be a real date written YYYY-MM-DD' },
        ]),
      ),
    );
    const { result } = setup(anAudit(), { saveDraft });
    await act(() => result.current.saveDraft());
    expect(result.current.issueOf('meetingDate')).toBe(
      'This must be a real date written YYYY-MM-DD',
    );
  });

  it('after a conflicting save, offers their changes field by field and merges the choice', async () => {
    const theirs = anAudit({
      state: 'InProgress',
      rationale: 'Their rationale',
      practiceObserved: true,
    });
    const saveDraft = vi.fn(() =>
      Promise.reject(new ApiRequestError(409, 'conflict', 'changed', [], '5')),
    );
    const audit = vi.fn(() => Promise.resolve(detailOf(theirs, '5')));
    const { result } = setup(anAudit(), { saveDraft, audit });
    act(() => {
      result.current.setValue('rationale', 'My rationale');
    });
    await act(() => result.current.saveDraft());
    await waitFor(() => {
      expect(result.current.conflict).not.toBeNull();
    });
    expect(result.current.conflict?.fields.map((f) => [f.path, f.kind])).toEqual([
      ['practiceObserved', 'theirs'],
      ['rationale', 'both'],
    ]);
    act(() => {
      result.current.resolveConflict({ practiceObserved: 'theirs', rationale: 'mine' });
    });
    expect(result.current.values.rationale).toBe('My rationale');
    expect(result.current.values.practiceObserved).toBe('true');
    expect(result.current.conflict).toBeNull();
  });
});
