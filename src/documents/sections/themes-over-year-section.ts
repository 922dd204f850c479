import type { CycleTrend } from '../../domain/analytics/cycle-trends';
import type { ConfirmedTheme } from '../../domain/themes/confirmed-theme';
import { labelOf } from '../figure-text';
import type { Block } from '../word/blocks';
import { heading, para } from '../word/blocks';
import { table } from '../word/table';

const KIND = { Strength: 'Strength', Development: 'Area for development' } as const;

/**
 * The confirmed themes of the year's cycles: each theme once, with the cycles it was confirmed
 * in and its audits in each (cycles in the trend's order).
 */
export const themesOverYearSection = (
  themes: readonly ConfirmedTheme[],
  trend: readonly CycleTrend[],
): Block[] => {
  const cycleNames = Object.fromEntries(trend.map((t) => [t.cycleId, t.name]));
  const cycleOrder = new Map(trend.map((t, i) => [t.cycleId, i]));
  const byTheme = new Map<string, ConfirmedTheme[]>();
  for (const t of themes) byTheme.set(t.themeId, [...(byTheme.get(t.themeId) ?? []), t]);
  const rows = [...byTheme.values()].map((group) => {
    const own = [...group].sort(
      (a, b) => (cycleOrder.get(a.cycleId) ?? 0) - (cycleOrder.get(b.cycleId) ?? 0),
    );
    // The label as last confirmed (a theme may have been renamed by a merge).
    const latest = own.at(-1) ?? group[0];
    return [
      latest.label,
      KIND[latest.kind],
      `${own.length}`,
      own.map((t) => `${labelOf(cycleNames, t.cycleId)}: ${t.audits}`).join('; '),
    ];
  });
  return [
    heading('Learning themes over the year'),
    rows.length === 0
      ? para('No themes confirmed this year.')
      : table(['Theme', 'Kind', 'Cycles confirmed in', 'Audits in each cycle'], rows),
  ];
};
