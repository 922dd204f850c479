import { describe, expect, it } from 'vitest';
import { aSubmittedAudit, OTHER_SERVICE, SERVICE } from '../fixtures/builders';
import type { LearningTheme, ThemeDecision } from '../records/learning-theme';
import { confirmedThemes } from './confirmed-themes';

const theme = (id: string, phrase: string, kind: LearningTheme['kind'] = 'Development') => ({
  id,
  label: `Theme ${id}`,
  kind,
  phrases: [phrase],
  active: true,
});
const VOCABULARY: LearningTheme[] = [
  theme('LT-oversight', 'oversight'),
  theme('LT-supervision', 'supervision'),
  theme('LT-risk', 'risk'),
  theme('LT-voice', 'voice', 'Strength'),
];
const AUDITS = [
  aSubmittedAudit({ id: 'A1', caseNumber: 'CF-1', rationale: 'Oversight and supervision weak.' }),
  aSubmittedAudit({ id: 'A2', caseNumber: 'CF-2', rationale: 'No supervision recorded.' }),
  aSubmittedAudit({
    id: 'A3',
    caseNumber: 'CF-3',
    rationale: 'Oversight unclear; risk not analysed.',
    serviceAreaId: OTHER_SERVICE,
  }),
];
const decided = (
  themeId: string,
  decision: ThemeDecision['decision'],
  into: string | null = null,
) => ({
  id: `CYC-2025-1|${themeId}`,
  cycleId: 'CYC-2025-1',
  themeId,
  decision,
  mergedIntoThemeId: into,
  decidedById: 'qa',
  decidedOn: '2025-04-01',
});

describe('a cycle’s confirmed themes', () => {
  it('are the themes confirmed, not those rejected or not decided', () => {
    const found = confirmedThemes('CYC-2025-1', AUDITS, VOCABULARY, [
      decided('LT-risk', 'Confirmed'),
      decided('LT-oversight', 'Rejected'),
    ]);
    expect(found).toEqual([
      {
        cycleId: 'CYC-2025-1',
        themeId: 'LT-risk',
        label: 'Theme LT-risk',
        kind: 'Development',
        audits: 1,
        byService: { [OTHER_SERVICE]: 1 },
        exampleCaseNumbers: ['CF-3'],
      },
    ]);
  });

  it('add a merged theme’s audits into the theme it is merged into, each audit once', () => {
    const [oversight] = confirmedThemes('CYC-2025-1', AUDITS, VOCABULARY, [
      decided('LT-oversight', 'Confirmed'),
      decided('LT-supervision', 'Merged', 'LT-oversight'),
    ]);
    expect(oversight).toMatchObject({
      themeId: 'LT-oversight',
      audits: 3,
      byService: { [SERVICE]: 2, [OTHER_SERVICE]: 1 },
      exampleCaseNumbers: ['CF-1', 'CF-2', 'CF-3'],
    });
  });

  it('leave out a theme merged into one not confirmed, and a loop of merges', () => {
    expect(
      confirmedThemes('CYC-2025-1', AUDITS, VOCABULARY, [
        decided('LT-supervision', 'Merged', 'LT-oversight'),
        decided('LT-risk', 'Merged', 'LT-voice'),
        decided('LT-voice', 'Merged', 'LT-risk'),
      ]),
    ).toEqual([]);
  });

  it('read only the decisions of their own cycle', () => {
    const other = { ...decided('LT-risk', 'Confirmed'), cycleId: 'CYC-2025-2' };
    expect(confirmedThemes('CYC-2025-1', AUDITS, VOCABULARY, [other])).toEqual([]);
  });
});
