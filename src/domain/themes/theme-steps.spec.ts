import { describe, expect, it } from 'vitest';
import { anActor } from '../fixtures/builders';
import type { LearningTheme } from '../records/learning-theme';
import { decideTheme, saveTheme } from './theme-steps';

const qa = anActor('QALead');
const DRIFT: LearningTheme = {
  id: 'LT-drift',
  label: 'Drift and delay',
  kind: 'Development',
  phrases: ['drift'],
  active: true,
};
const VOICE: LearningTheme = { ...DRIFT, id: 'LT-voice', label: 'Voice', kind: 'Strength' };
const decide = (over: Partial<Parameters<typeof decideTheme>[1]> = {}) =>
  decideTheme(qa, {
    cycleId: 'CYC-1',
    theme: DRIFT,
    decision: 'Confirmed',
    into: null,
    intoNamed: false,
    today: '2025-04-01',
    ...over,
  });

describe('curating the theme vocabulary', () => {
  it('keeps each phrase once, trimmed, whatever its case or punctuation', () => {
    const saved = saveTheme(qa, 'LT-1', {
      label: '  Drift  and delay ',
      kind: 'Development',
      phrases: [' drift ', 'Drift', 'drift.', '', 'delay'],
      active: true,
    });
    expect(saved).toEqual({
      ok: true,
      value: {
        id: 'LT-1',
        label: 'Drift and delay',
        kind: 'Development',
        phrases: ['drift', 'delay'],
        active: true,
      },
    });
  });

  it('names the field: a theme needs a label and a phrase', () => {
    const saved = saveTheme(qa, 'LT-1', {
      label: ' ',
      kind: 'Strength',
      phrases: ['!'],
      active: true,
    });
    expect(saved.ok ? [] : saved.error.issues.map((i) => i.field)).toEqual(['label', 'phrases']);
  });

  it('is for the QA lead only', () => {
    const saved = saveTheme(anActor('PrincipalSocialWorker'), 'LT-1', {
      ...DRIFT,
      phrases: ['drift'],
    });
    expect(saved.ok ? '' : saved.error.reason).toBe('forbidden');
  });
});

describe('deciding a suggested theme', () => {
  it('confirms it for the cycle, keyed by cycle and theme', () => {
    expect(decide()).toMatchObject({
      ok: true,
      value: {
        id: 'CYC-1|LT-drift',
        decision: 'Confirmed',
        mergedIntoThemeId: null,
        decidedById: qa.id,
      },
    });
  });

  it('merges only into another theme of the same kind', () => {
    const into = { ...DRIFT, id: 'LT-delay' };
    expect(decide({ decision: 'Merged', into, intoNamed: true })).toMatchObject({
      ok: true,
      value: { decision: 'Merged', mergedIntoThemeId: 'LT-delay' },
    });
    const messages = [
      decide({ decision: 'Merged', into: null, intoNamed: false }),
      decide({ decision: 'Merged', into: null, intoNamed: true }),
      decide({ decision: 'Merged', into: DRIFT, intoNamed: true }),
      decide({ decision: 'Merged', into: VOICE, intoNamed: true }),
    ].map((r) => (r.ok ? '' : r.error.message));
    expect(messages).toEqual([
      'Merged into theme: This is required.',
      'Merged into theme: This is not a theme on the vocabulary.',
      'Merged into theme: This must be another theme.',
      'Merged into theme: This must be another development theme.',
    ]);
  });

  it('is for the QA lead only', () => {
    const refused = decideTheme(anActor('HeadOfService'), {
      cycleId: 'CYC-1',
      theme: DRIFT,
      decision: 'Rejected',
      into: null,
      intoNamed: false,
      today: '2025-04-01',
    });
    expect(refused.ok ? '' : refused.error.message).toBe(
      'Only the QA lead curates the learning themes.',
    );
  });
});
