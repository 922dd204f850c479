import { describe, expect, it } from 'vitest';
import type { AuditQualityResponse, ShareDto } from '../../contract/audit-quality';
import { auditRows, cycleRows } from './use-my-audit-quality';
import { rubricIssues } from './use-quality-rubric';

describe('the quality rubric', () => {
  it('asks for a score on every criterion left unscored', () => {
    expect(Object.keys(rubricIssues({ evidenceCited: 'Met' }))).toEqual([
      'childsVoiceConsidered',
      'rationaleWeighedImpact',
      'actionsSpecific',
    ]);
  });

  it('needs nothing more once every criterion is scored', () => {
    expect(
      rubricIssues({
        evidenceCited: 'Met',
        childsVoiceConsidered: 'PartlyMet',
        rationaleWeighedImpact: 'NotMet',
        actionsSpecific: 'Met',
      }),
    ).toEqual({});
  });
});

const share = (text: string): ShareDto => ({ count: 1, of: 2, small: true, text });
const data: AuditQualityResponse = {
  auditorId: 'tm-1',
  auditorName: 'A. Auditor',
  cycles: [
    {
      cycleId: 'C-1',
      cycleName: 'March audit',
      scored: 2,
      met: {
        evidenceCited: share('2 of 2 (small group)'),
        childsVoiceConsidered: share('1 of 2 (small group)'),
        rationaleWeighedImpact: share('0 of 2 (small group)'),
        actionsSpecific: share('2 of 2 (small group)'),
      },
      agreement: share('1 of 2 (small group)'),
    },
  ],
  audits: [
    {
      auditId: 'AUD-1',
      caseNumber: 'CF-100001',
      cycleId: 'C-1',
      scores: {
        evidenceCited: 'Met',
        childsVoiceConsidered: 'PartlyMet',
        rationaleWeighedImpact: 'NotMet',
        actionsSpecific: 'Met',
      },
      scoredAt: '2025-04-01T09:00:00Z',
    },
  ],
};

describe('my audit quality', () => {
  it('shows each cycle with small groups as counts, criteria in rubric order', () => {
    expect(cycleRows(data)).toEqual([
      {
        id: 'C-1',
        cycle: 'March audit',
        scored: 2,
        criteria: [
          '2 of 2 (small group)',
          '1 of 2 (small group)',
          '0 of 2 (small group)',
          '2 of 2 (small group)',
        ],
        agreement: '1 of 2 (small group)',
      },
    ]);
  });

  it("names each audit by case number, its scores in the rubric's words", () => {
    expect(auditRows(data)).toEqual([
      {
        id: 'AUD-1',
        caseNumber: 'CF-100001',
        cycle: 'March audit',
        scores: ['Met', 'Partly met', 'Not met', 'Met'],
        scoredAt: '2025-04-01T09:00:00Z',
      },
    ]);
  });
});
