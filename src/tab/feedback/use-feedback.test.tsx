// @vitest-environment jsdom
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { OrganisationResponse } from '../../contract/organisation';
import type { CreateFeedbackRequest, FeedbackDto } from '../../contract/registers';
import { ApiRequestError } from '../api/api-error';
import { aMe, fakeApi, sessionWrapper } from '../testing/session';
import { useFeedback } from './use-feedback';

const TODAY = '2025-03-20';
const org: OrganisationResponse = {
  serviceAreas: [
    { id: 'svc-north', name: 'North' },
    { id: 'svc-south', name: 'South' },
  ],
  teams: [
    { id: 'team-n1', name: 'North 1', serviceAreaId: 'svc-north' },
    { id: 'team-n2', name: 'North 2', serviceAreaId: 'svc-north' },
    { id: 'team-s1', name: 'South 1', serviceAreaId: 'svc-south' },
  ],
};
const entry = (body: CreateFeedbackRequest): FeedbackDto => ({
  record: { ...body, id: 'FB-1', recordedById: 'staff-tm-auditor' },
  version: '1',
  flags: [],
  names: {},
  allowed: [],
});

describe('the feedback register', () => {
  it('a team manager records feedback for their own team, sees success and the list reloads', async () => {
    const createFeedback = vi.fn((body: CreateFeedbackRequest) =>
      Promise.resolve({ entry: entry(body) }),
    );
    const feedback = vi.fn(() => Promise.resolve({ items: [], total: 0, page: 1, pageSize: 25 }));
    const api = fakeApi({ feedback, organisation: () => Promise.resolve(org), createFeedback });
    const { result } = renderHook(() => useFeedback(TODAY), { wrapper: sessionWrapper(api) });
    await waitFor(() => {
      expect(result.current.places?.teams.map((t) => t.value)).toEqual(['team-n1']);
    });
    expect(result.current.places?.serviceAreas.map((s) => s.value)).toEqual(['svc-north']);
    act(() => {
      result.current.update({
        source: 'ParentCarer',
        sentiment: 'Positive',
        caseNumber: ' CF-100234 ',
        summary: 'The family felt listened to.',
      });
    });
    await act(() => result.current.record.run());
    expect(createFeedback).toHaveBeenCalledWith({
      source: 'ParentCarer',
      sentiment: 'Positive',
      receivedOn: TODAY,
      serviceAreaId: 'svc-north',
      teamId: 'team-n1',
      caseNumber: 'CF-100234',
      auditId: null,
      summary: 'The family felt listened to.',
    });
    expect(result.current.recorded).toBe('FB-1');
    expect(result.current.draft.summary).toBe('');
    await waitFor(() => {
      expect(result.current.loadKey).toBe('feedback:1');
    });
  });

  it('does not send an entry without a source, sentiment and summary, and says why per field', async () => {
    const createFeedback = vi.fn();
    const api = fakeApi({
      feedback: () => Promise.resolve({ items: [], total: 0, page: 1, pageSize: 25 }),
      organisation: () => Promise.resolve(org),
      createFeedback,
    });
    const { result } = renderHook(() => useFeedback(TODAY), { wrapper: sessionWrapper(api) });
    act(() => {
      result.current.update({ receivedOn: '2025-03-21', caseNumber: 'Jane Smith' });
    });
    await act(() => result.current.record.run());
    expect(createFeedback).not.toHaveBeenCalled();
    expect(Object.keys(result.current.issues).sort()).toEqual([
      'caseNumber',
      'receivedOn',
      'sentiment',
      'source',
      'summary',
    ]);
  });

  it("shows the server's field issues beside the field", async () => {
    const refusal = new ApiRequestError(400, 'invalid', 'teamId: is not a team', [
      { field: 'teamId', message: 'is not a team of that service area' },
    ]);
    const api = fakeApi({
      feedback: () => Promise.resolve({ items: [], total: 0, page: 1, pageSize: 25 }),
      organisation: () => Promise.resolve(org),
      createFeedback: () => Promise.reject(refusal),
    });
    const me = aMe({ role: 'QALead', teamId: null, serviceAreaId: null });
    const { result } = renderHook(() => useFeedback(TODAY), { wrapper: sessionWrapper(api, me) });
    act(() => {
      result.current.update({
        source: 'Professional',
        sentiment: 'Mixed',
        serviceAreaId: 'svc-south',
        summary: 'A school raised a concern about contact.',
      });
    });
    await act(() => result.current.record.run());
    expect(result.current.issues['teamId']).toBe('Is not a team of that service area');
    expect(result.current.recorded).toBeNull();
  });

  it('a head of service may record for the whole service or any of its teams', async () => {
    const api = fakeApi({
      feedback: () => Promise.resolve({ items: [], total: 0, page: 1, pageSize: 25 }),
      organisation: () => Promise.resolve(org),
    });
    const me = aMe({ role: 'HeadOfService', teamId: null });
    const { result } = renderHook(() => useFeedback(TODAY), { wrapper: sessionWrapper(api, me) });
    await waitFor(() => {
      expect(result.current.places?.teams.map((t) => t.value)).toEqual(['team-n1', 'team-n2']);
    });
    expect(result.current.places?.wholeServiceAllowed).toBe(true);
  });

  it('a senior leader reads the register but is not offered the form', async () => {
    const organisation = vi.fn();
    const api = fakeApi({
      feedback: () => Promise.resolve({ items: [], total: 0, page: 1, pageSize: 25 }),
      organisation,
    });
    const me = aMe({ role: 'Director', teamId: null, serviceAreaId: null });
    const { result } = renderHook(() => useFeedback(TODAY), { wrapper: sessionWrapper(api, me) });
    await expect(result.current.load({})).resolves.toMatchObject({ total: 0 });
    expect(result.current.canRead).toBe(true);
    expect(result.current.canRecord).toBe(false);
    expect(organisation).not.toHaveBeenCalled();
  });

  it('a practitioner is not shown the register and nothing is asked of the server', async () => {
    const feedback = vi.fn();
    const api = fakeApi({ feedback });
    const me = aMe({ role: 'Practitioner' });
    const { result } = renderHook(() => useFeedback(TODAY), { wrapper: sessionWrapper(api, me) });
    await expect(result.current.load({})).resolves.toMatchObject({ items: [] });
    expect(result.current.canRead).toBe(false);
    expect(feedback).not.toHaveBeenCalled();
  });
});
