// @vitest-environment jsdom
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { StaffResponse } from '../../contract/organisation';
import type { CreateObservationRequest, ObservationDto } from '../../contract/registers';
import { ApiRequestError } from '../api/api-error';
import { aMe, fakeApi, sessionWrapper } from '../testing/session';
import { useObservations } from './use-observations';

const TODAY = '2025-03-20';
const staff: StaffResponse = {
  items: [
    {
      id: 'p-n1',
      name: 'Priya Shah',
      role: 'Practitioner',
      teamId: 'team-n1',
      teamName: null,
      serviceAreaId: 'svc-north',
    },
    {
      id: 'p-n2',
      name: 'Ali Khan',
      role: 'Practitioner',
      teamId: 'team-n2',
      teamName: null,
      serviceAreaId: 'svc-north',
    },
    {
      id: 'p-s1',
      name: 'Sam Lee',
      role: 'Practitioner',
      teamId: 'team-s1',
      teamName: null,
      serviceAreaId: 'svc-south',
    },
    {
      id: 'qa',
      name: 'Quinn Adams',
      role: 'QALead',
      teamId: null,
      teamName: null,
      serviceAreaId: null,
    },
  ],
};
const hos = aMe({ id: 'hos-north', role: 'HeadOfService', teamId: null });
const saved = (body: CreateObservationRequest): ObservationDto => ({
  record: { ...body, id: 'OBS-1', observerId: 'hos-north' },
  version: '1',
  flags: [],
  names: {},
  allowed: [],
});

const apiWith = (given: Parameters<typeof fakeApi>[0] = {}) =>
  fakeApi({
    observations: () => Promise.resolve({ items: [], total: 0, page: 1, pageSize: 25 }),
    staff: () => Promise.resolve(staff),
    ...given,
  });

describe('observations of practice', () => {
  it('offers a head of service only practitioners in their own service', async () => {
    const { result } = renderHook(() => useObservations(TODAY), {
      wrapper: sessionWrapper(apiWith(), hos),
    });
    await waitFor(() => {
      expect(result.current.practitioners.map((p) => p.id)).toEqual(['p-n1', 'p-n2']);
    });
  });

  it("a head of service records an observation, with the practitioner's team and service", async () => {
    const createObservation = vi.fn((body: CreateObservationRequest) =>
      Promise.resolve({ observation: saved(body) }),
    );
    const observations = vi.fn(() =>
      Promise.resolve({ items: [], total: 0, page: 1, pageSize: 25 }),
    );
    const { result } = renderHook(() => useObservations(TODAY), {
      wrapper: sessionWrapper(apiWith({ createObservation, observations }), hos),
    });
    await waitFor(() => {
      expect(result.current.practitioners).toHaveLength(2);
    });
    act(() => {
      result.current.update({
        setting: 'PracticeWeek',
        practitionerId: 'p-n2',
        grade: 'Good',
        strengths: 'Warm, clear direct work.',
        development: 'Record the child’s words verbatim.',
      });
    });
    await act(() => result.current.record.run());
    expect(createObservation).toHaveBeenCalledWith({
      setting: 'PracticeWeek',
      observedOn: TODAY,
      practitionerId: 'p-n2',
      teamId: 'team-n2',
      serviceAreaId: 'svc-north',
      caseNumber: null,
      grade: 'Good',
      strengths: 'Warm, clear direct work.',
      development: 'Record the child’s words verbatim.',
      learning: '',
    });
    expect(result.current.recorded).toBe('OBS-1');
    expect(result.current.draft.practitionerId).toBe('');
    await waitFor(() => {
      expect(result.current.loadKey).toBe('observations:1');
    });
  });

  it('needs a setting, a practitioner and a grade on the Ofsted scale before sending', async () => {
    const createObservation = vi.fn();
    const { result } = renderHook(() => useObservations(TODAY), {
      wrapper: sessionWrapper(apiWith({ createObservation }), hos),
    });
    await act(() => result.current.record.run());
    expect(createObservation).not.toHaveBeenCalled();
    expect(result.current.issues).toMatchObject({
      setting: expect.any(String) as unknown,
      practitionerId: expect.any(String) as unknown,
      grade: 'Choose a grade on the Ofsted scale',
      strengths: expect.any(String) as unknown,
      development: expect.any(String) as unknown,
    });
    expect(result.current.issues['learning']).toBeUndefined();
  });

  it("shows the server's refusal of the practitioner beside the picker", async () => {
    const refusal = new ApiRequestError(400, 'invalid', 'practitionerId: inactive', [
      { field: 'practitionerId', message: 'is not an active member of staff' },
    ]);
    const { result } = renderHook(() => useObservations(TODAY), {
      wrapper: sessionWrapper(apiWith({ createObservation: () => Promise.reject(refusal) }), hos),
    });
    await waitFor(() => {
      expect(result.current.practitioners).toHaveLength(2);
    });
    act(() => {
      result.current.update({
        setting: 'Supervision',
        practitionerId: 'p-n1',
        grade: 'Outstanding',
        strengths: 'Reflective.',
        development: 'None noted.',
      });
    });
    await act(() => result.current.record.run());
    expect(result.current.issues['practitionerId']).toBe('Is not an active member of staff');
  });

  it('a practitioner reads their own observations and is offered no form', async () => {
    const { result } = renderHook(() => useObservations(TODAY), {
      wrapper: sessionWrapper(apiWith(), aMe({ role: 'Practitioner' })),
    });
    await waitFor(() => {
      expect(result.current.loadKey).toBe('observations:0');
    });
    expect(result.current.canRecord).toBe(false);
    expect(result.current.practitioners).toEqual([]);
  });
});
