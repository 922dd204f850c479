import { describe, expect, it } from 'vitest';
import { generateSmallDemoData } from '../../src/demo-data/generate';
import { confirmedThemes } from '../../src/domain/themes';

const data = generateSmallDemoData();

describe('the demo’s learning themes', () => {
  it('has a vocabulary of strengths and areas for development, several phrases each', () => {
    const kinds = data.learningThemes.map((t) => t.kind);
    expect(data.learningThemes.length).toBeGreaterThanOrEqual(10);
    expect(new Set(kinds)).toEqual(new Set(['Strength', 'Development']));
    for (const theme of data.learningThemes.filter((t) => t.active)) {
      expect(theme.phrases.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('decides the themes of a cycle that has ended, and leaves the cycle under way', () => {
    const ended = data.cycles.filter((c) => c.endDate < '2026-11-25').map((c) => c.id);
    expect(new Set(data.themeDecisions.map((d) => d.cycleId))).toEqual(new Set(ended));
    const cycleId = ended.at(0);
    if (cycleId === undefined) throw new Error('no cycle has ended');
    const confirmed = confirmedThemes(
      cycleId,
      data.audits,
      data.learningThemes,
      data.themeDecisions,
    );
    expect(confirmed.length).toBeGreaterThan(0);
    for (const theme of confirmed) expect(theme.audits).toBeGreaterThan(0);
  });
});
