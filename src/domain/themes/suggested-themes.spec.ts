import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aSubmittedAudit, anAudit, OTHER_SERVICE, SERVICE } from '../fixtures/builders';
import type { Audit, AreaJudgement } from '../records/audit';
import type { LearningTheme } from '../records/learning-theme';
import { suggestedThemes } from './suggested-themes';

const BLANK: AreaJudgement = { grade: 'Good', evidence: '', strengths: '', development: '' };
const withText = (
  id: string,
  caseNumber: string,
  text: { rationale?: string; evidence?: string; strengths?: string; development?: string },
  over: Partial<Audit> = {},
): Audit => {
  const base = aSubmittedAudit({ id, caseNumber, rationale: text.rationale ?? 'Graded Good.' });
  return {
    ...base,
    areas: {
      ...base.areas,
      childsVoice: BLANK,
      assessment: BLANK,
      planning: {
        grade: 'Good',
        evidence: text.evidence ?? '',
        strengths: text.strengths ?? '',
        development: text.development ?? '',
      },
      chronology: BLANK,
      managementGrip: BLANK,
      parentCarerEngagement: BLANK,
    },
    ...over,
  };
};

const DRIFT: LearningTheme = {
  id: 'LT-drift',
  label: 'Drift and delay',
  kind: 'Development',
  phrases: ['drift', 'delay'],
  active: true,
};
const VOICE: LearningTheme = {
  id: 'LT-voice',
  label: "Child's voice heard",
  kind: 'Strength',
  phrases: ["child's voice", 'wishes and feelings'],
  active: true,
};

const one = (audits: readonly Audit[], theme: LearningTheme) => {
  const found = suggestedThemes(audits, [theme]).at(0);
  if (found === undefined) throw new Error('no suggestion');
  return found;
};

describe('suggested learning themes', () => {
  it('finds a phrase in the rationale, whole words, any case, through punctuation', () => {
    const audits = [
      withText('A1', 'CF-1', { rationale: 'There was DRIFT, and the plan stalled.' }),
      withText('A2', 'CF-2', { rationale: 'Delay: in the assessment.' }),
      withText('A3', 'CF-3', { rationale: 'The visits were delayed.' }),
      withText('A4', 'CF-4', { rationale: 'Adrift in the system.' }),
    ];
    expect(one(audits, DRIFT)).toMatchObject({ audits: 2, exampleCaseNumbers: ['CF-1', 'CF-2'] });
  });

  it('finds a phrase of several words across an apostrophe, a line break or a hyphen', () => {
    const audits = [
      withText('A1', 'CF-1', { evidence: 'The child’s\nvoice is clear in the plan.' }),
      withText('A2', 'CF-2', { evidence: 'Wishes-and-feelings work was done.' }),
      withText('A3', 'CF-3', { evidence: 'The child said little.' }),
    ];
    expect(one(audits, VOICE).auditIds).toEqual(['A1', 'A2']);
  });

  it('looks for strengths in strengths text and development in development text only', () => {
    const audits = [
      withText('A1', 'CF-1', { strengths: 'No drift at all.', development: "The child's voice." }),
      withText('A2', 'CF-2', { development: 'Drift between reviews.' }),
      withText('A3', 'CF-3', { strengths: "The child's voice is heard." }),
    ];
    const [drift, voice] = [one(audits, DRIFT), one(audits, VOICE)];
    expect([drift.auditIds, voice.auditIds]).toEqual([['A2'], ['A3']]);
  });

  it('counts only submitted audits, each once, by service', () => {
    const audits = [
      withText('A1', 'CF-1', { rationale: 'Drift.', evidence: 'Delay.', development: 'Drift.' }),
      withText('A2', 'CF-2', { rationale: 'Drift.' }, { serviceAreaId: OTHER_SERVICE }),
      { ...anAudit({ id: 'A3', caseNumber: 'CF-3', state: 'InProgress' }), rationale: 'Drift.' },
    ];
    expect(one(audits, DRIFT)).toMatchObject({
      audits: 2,
      byService: { [SERVICE]: 1, [OTHER_SERVICE]: 1 },
    });
  });

  it('gives at most five example case numbers, sorted', () => {
    const audits = [9, 3, 7, 1, 5, 2, 8].map((n) =>
      withText(`A${String(n)}`, `CF-10000${String(n)}`, { rationale: 'Drift.' }),
    );
    expect(one(audits, DRIFT).exampleCaseNumbers).toEqual([
      'CF-100001',
      'CF-100002',
      'CF-100003',
      'CF-100005',
      'CF-100007',
    ]);
  });

  it('lists the most found first, and a theme found nowhere with no audits', () => {
    const audits = [withText('A1', 'CF-1', { rationale: 'Drift.' })];
    expect(suggestedThemes(audits, [VOICE, DRIFT]).map((s) => [s.themeId, s.audits])).toEqual([
      ['LT-drift', 1],
      ['LT-voice', 0],
    ]);
  });

  it('finds a phrase wherever it stands among other words, whatever the punctuation', () => {
    const word = fc.stringMatching(/^[a-z]{1,8}$/).filter((w) => w !== 'drift');
    const gap = fc.constantFrom(' ', ', ', '. ', '\n', ' – ', '; ', '(');
    fc.assert(
      fc.property(fc.array(word), fc.array(word), gap, gap, (before, after, g1, g2) => {
        const rationale = `${before.join(' ')}${g1}DrIfT${g2}${after.join(' ')}`;
        return one([withText('A1', 'CF-1', { rationale })], DRIFT).audits === 1;
      }),
    );
  });
});
