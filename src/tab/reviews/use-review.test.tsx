// @vitest-environment jsdom
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { ReviewDto, StartReviewRequest } from '../../contract/reviews';
import type { Review } from '../../domain/records/review';
import { ApiRequestError } from '../api/api-error';
import { aMe, fakeApi, sessionWrapper } from '../testing/session';
import { useReview } from './use-review';
import { useReviews } from './use-reviews';

const record: Review = {
  id: 'REV-1',
  kind: 'DipSample',
  theme: 'Visits',
  serviceAreaId: 'svc-north',
  ownerId: 'hos',
  state: 'Designing',
  questions: [],
  filter: { serviceAreaIds: ['svc-north'], teamIds: [], cohorts: [] },
  sampleSize: 5,
  seed: null,
  sample: [],
  poolSize: 0,
  answers: [],
  findings: { findings: '', learning: '', recommendations: '' },
  createdAt: '2025-03-20T10:00:00.000Z',
  drawnAt: null,
  completedAt: null,
  sharedAt: null,
  sharedById: null,
};
const dto = (over: Partial<ReviewDto> = {}): ReviewDto => ({
  record,
  version: 'v1',
  flags: [],
  names: {},
  allowed: ['design', 'draw'],
  caseAnswersShown: true,
  tally: [],
  ...over,
});
const org = { serviceAreas: [], teams: [] };
const hos = aMe({ id: 'hos', role: 'HeadOfService', teamId: null, teamName: null });

describe('a review in the tab', () => {
  it('a head of service starts a dip sample in their own service', async () => {
    const startReview = vi.fn((body: StartReviewRequest) =>
      Promise.resolve({ review: dto({ record: { ...record, theme: body.theme } }) }),
    );
    const api = fakeApi({ reviews: () => Promise.resolve({ items: [] }), startReview });
    const { result } = renderHook(() => useReviews(), { wrapper: sessionWrapper(api, hos) });
    await act(() => result.current.start('DipSample', 'Visits'));
    expect(startReview).toHaveBeenCalledWith({
      kind: 'DipSample',
      theme: 'Visits',
      serviceAreaId: 'svc-north',
    });
    expect(result.current.error).toBeNull();
  });

  it('sends the version held, and shows the answer with its confirmation', async () => {
    const drawReview = vi.fn(() =>
      Promise.resolve({ review: dto({ version: 'v2', record: { ...record, state: 'Sampling' } }) }),
    );
    const api = fakeApi({
      review: () => Promise.resolve({ review: dto() }),
      organisation: () => Promise.resolve(org),
      drawReview,
    });
    const { result } = renderHook(() => useReview('REV-1'), { wrapper: sessionWrapper(api, hos) });
    await waitFor(() => {
      expect(result.current.current?.version).toBe('v1');
    });
    await act(() =>
      result.current.write((version) => api.drawReview('REV-1', { version }), 'Sample drawn.'),
    );
    expect(drawReview).toHaveBeenCalledWith('REV-1', { version: 'v1' });
    expect(result.current.current?.record.state).toBe('Sampling');
    expect(result.current.done).toBe('Sample drawn.');
  });

  it('a conflict is shown and the review read again', async () => {
    const review = vi.fn(() => Promise.resolve({ review: dto() }));
    const conflict = new ApiRequestError(
      409,
      'conflict',
      'This record has changed since you opened it.',
    );
    const api = fakeApi({
      review,
      organisation: () => Promise.resolve(org),
      designReview: () => Promise.reject(conflict),
    });
    const { result } = renderHook(() => useReview('REV-1'), { wrapper: sessionWrapper(api, hos) });
    await waitFor(() => {
      expect(result.current.current).toBeDefined();
    });
    const body = { theme: 'Visits', questions: [], filter: record.filter, sampleSize: 5 };
    await act(() =>
      result.current.write((version) => api.designReview('REV-1', { ...body, version }), 'Saved.'),
    );
    expect(result.current.error).toBe(conflict);
    expect(result.current.done).toBeNull();
    await waitFor(() => {
      expect(review).toHaveBeenCalledTimes(2);
    });
  });
});
