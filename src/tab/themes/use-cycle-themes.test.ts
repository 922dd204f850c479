// @vitest-environment jsdom
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { CycleDto } from '../../contract/cycles';
import type { CycleThemeDto, CycleThemesResponse } from '../../contract/themes';
import { DEFAULT_TIMESCALES, type Cycle } from '../../domain/records';
import { ApiRequestError } from '../api/api-error';
import { aMe, fakeApi, sessionWrapper } from '../testing/session';
import { draftIssues, requestOf } from './themes.types';
import { useCycleThemes } from './use-cycle-themes';

const cycle = (id: string, state: Cycle['state'], startDate: string): CycleDto => ({
  record: {
    id,
    name: `Cycle ${id}`,
    kind: 'CaseFileAudit',
    state,
    startDate,
    endDate: startDate,
    timescales: DEFAULT_TIMESCALES,
    theme: '',
    seed: null,
    closure: null,
  },
  version: 'v',
  flags: [],
  names: {},
  allowed: [],
});
const CYCLES = [
  cycle('C-1', 'Closed', '2025-01-06'),
  cycle('C-2', 'Allocated', '2025-02-17'),
  cycle('C-3', 'Planned', '2025-03-31'),
];
const theme = (over: Partial<CycleThemeDto> = {}): CycleThemeDto => ({
  themeId: 'LT-drift',
  label: 'Drift and delay',
  kind: 'Development',
  active: true,
  audits: 3,
  byService: { 'svc-north': 3 },
  exampleCaseNumbers: ['CF-1', 'CF-2', 'CF-3'],
  decision: null,
  version: 'new',
  ...over,
});
const answer = (over: Partial<CycleThemeDto> = {}): CycleThemesResponse => ({
  cycleId: 'C-2',
  cycleName: 'Cycle C-2',
  audits: 5,
  serviceAreaId: null,
  themes: [theme(over)],
  names: {},
  canDecide: true,
});
const qa = aMe({ id: 'qa', role: 'QALead', teamId: null, teamName: null, serviceAreaId: null });

describe('learning themes in the tab', () => {
  it('opens on the latest cycle that has started', async () => {
    const cycleThemes = vi.fn(() => Promise.resolve(answer()));
    const api = fakeApi({ cycles: () => Promise.resolve({ items: CYCLES }), cycleThemes });
    const { result } = renderHook(() => useCycleThemes(undefined), {
      wrapper: sessionWrapper(api, qa),
    });
    await waitFor(() => {
      expect(result.current.themes.status).toBe('ready');
    });
    expect(result.current.chosen).toBe('C-2');
    expect(cycleThemes).toHaveBeenCalledWith('C-2');
  });

  it("confirms a theme with its version ('new' before the first decision) and shows the answer", async () => {
    const decided = answer({
      version: 'v1',
      decision: {
        decision: 'Confirmed',
        mergedIntoThemeId: null,
        decidedById: 'qa',
        decidedOn: '2025-03-01',
      },
    });
    const decideTheme = vi.fn(() => Promise.resolve(decided));
    const api = fakeApi({
      cycles: () => Promise.resolve({ items: CYCLES }),
      cycleThemes: () => Promise.resolve(answer()),
      decideTheme,
    });
    const { result } = renderHook(() => useCycleThemes('C-2'), {
      wrapper: sessionWrapper(api, qa),
    });
    await waitFor(() => {
      expect(result.current.themes.status).toBe('ready');
    });
    await act(() => result.current.decide('LT-drift', 'merge', 'LT-oversight'));
    expect(decideTheme).toHaveBeenCalledWith('C-2', 'LT-drift', 'merge', {
      version: 'new',
      mergedIntoThemeId: 'LT-oversight',
    });
    expect(result.current.done).toBe('Drift and delay: merged.');
    const shown = result.current.themes.status === 'ready' ? result.current.themes.data : null;
    expect(shown?.themes[0]?.decision?.decision).toBe('Confirmed');
  });

  it('a conflict is shown and the themes read again', async () => {
    const cycleThemes = vi.fn(() => Promise.resolve(answer()));
    const conflict = new ApiRequestError(
      409,
      'conflict',
      'This record has changed since you opened it.',
    );
    const api = fakeApi({
      cycles: () => Promise.resolve({ items: CYCLES }),
      cycleThemes,
      decideTheme: () => Promise.reject(conflict),
    });
    const { result } = renderHook(() => useCycleThemes('C-2'), {
      wrapper: sessionWrapper(api, qa),
    });
    await waitFor(() => {
      expect(result.current.themes.status).toBe('ready');
    });
    await act(() => result.current.decide('LT-drift', 'reject'));
    expect(result.current.error).toBe(conflict);
    await waitFor(() => {
      expect(cycleThemes).toHaveBeenCalledTimes(2);
    });
  });

  it('a theme needs a name and a phrase; phrases are one a line', () => {
    const draft = { label: ' ', kind: 'Strength' as const, phrases: '\n \n', active: true };
    expect(Object.keys(draftIssues(draft))).toEqual(['label', 'phrases']);
    expect(requestOf({ ...draft, label: ' Voice ', phrases: "child's voice\n\n wishes " })).toEqual(
      {
        label: 'Voice',
        kind: 'Strength',
        phrases: ["child's voice", 'wishes'],
        active: true,
      },
    );
  });
});
