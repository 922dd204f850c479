import { describe, expect, it } from 'vitest';
import { aModeration } from '../fixtures/builders';
import type { QualityScores } from '../records/audit-quality';
import type { Moderation } from '../records/moderation';
import { shareText } from '../reports/share';
import { auditQualityByCycle } from './audit-quality';

const allMet: QualityScores = {
  evidenceCited: 'Met',
  childsVoiceConsidered: 'Met',
  rationaleWeighedImpact: 'Met',
  actionsSpecific: 'Met',
};

let n = 0;
const scored = (
  auditorId: string,
  cycleId: string,
  over: Partial<QualityScores> = {},
  agreed: boolean | null = true,
): Moderation => {
  n += 1;
  return aModeration({
    id: `M-${String(n)}`,
    auditId: `AUD-${String(n)}`,
    auditorId,
    cycleId,
    ...(agreed === null
      ? {}
      : {
          state: agreed ? 'Agreed' : 'Disagreed',
          moderatedGrade: agreed ? 'Good' : 'Inadequate',
          moderatedAt: '2025-04-01T09:00:00Z',
        }),
    auditQuality: {
      scores: { ...allMet, ...over },
      scoredById: 'staff-hos',
      scoredAt: '2025-04-01T09:00:00Z',
    },
  });
};

describe('the audit of audits, per auditor and cycle', () => {
  it('counts the audits scored, the share meeting each criterion and agreement', () => {
    const six = [
      scored('tm-1', 'C-2'),
      scored('tm-1', 'C-2', { evidenceCited: 'PartlyMet' }),
      scored('tm-1', 'C-2', { evidenceCited: 'NotMet', actionsSpecific: 'NotMet' }, false),
      scored('tm-1', 'C-2'),
      scored('tm-1', 'C-2', {}, false),
      scored('tm-1', 'C-2'),
    ];
    const [row] = auditQualityByCycle(six);
    expect(row).toMatchObject({ auditorId: 'tm-1', cycleId: 'C-2', scored: 6 });
    expect(row.met.evidenceCited).toMatchObject({ count: 4, of: 6, small: false });
    expect(row.met.actionsSpecific).toMatchObject({ count: 5, of: 6 });
    expect(row.met.childsVoiceConsidered.value).toBe(1);
    expect(row.agreement).toMatchObject({ count: 4, of: 6, small: false });
    expect(shareText(row.met.evidenceCited)).toBe('67% (4 of 6)');
  });

  it('fewer than five audits are a count, never a percentage', () => {
    const [row] = auditQualityByCycle([
      scored('tm-1', 'C-1'),
      scored('tm-1', 'C-1', { childsVoiceConsidered: 'NotMet' }, false),
    ]);
    expect(row.met.childsVoiceConsidered).toMatchObject({ count: 1, of: 2, small: true });
    expect(shareText(row.met.childsVoiceConsidered)).toBe('1 of 2 (small group)');
    expect(shareText(row.agreement)).toBe('1 of 2 (small group)');
  });

  it('keeps each auditor apart, cycle by cycle in the order given', () => {
    const rows = auditQualityByCycle(
      [scored('tm-2', 'C-1'), scored('tm-1', 'C-late'), scored('tm-1', 'C-early')],
      ['C-early', 'C-late'],
    );
    expect(rows.map((r) => [r.auditorId, r.cycleId, r.scored])).toEqual([
      ['tm-1', 'C-early', 1],
      ['tm-1', 'C-late', 1],
      ['tm-2', 'C-1', 1],
    ]);
  });

  it('a moderation not yet scored counts towards agreement only; a pending one towards neither', () => {
    const unscored = { ...scored('tm-1', 'C-1'), auditQuality: null };
    const pendingScored = scored('tm-1', 'C-1', {}, null);
    const [row] = auditQualityByCycle([unscored, pendingScored]);
    expect(row.scored).toBe(1);
    expect(row.agreement).toMatchObject({ count: 1, of: 1 });
  });

  it('nothing scored reads as none yet', () => {
    const [row] = auditQualityByCycle([{ ...scored('tm-1', 'C-1'), auditQuality: null }]);
    expect(row.scored).toBe(0);
    expect(shareText(row.met.evidenceCited)).toBe('none yet');
  });
});
