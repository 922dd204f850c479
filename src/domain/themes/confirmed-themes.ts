import type { Audit } from '../records/audit';
import type { LearningTheme, ThemeDecision } from '../records/learning-theme';
import type { ConfirmedTheme } from './confirmed-theme';
import { suggestedThemes, themeFigures } from './suggested-themes';

/** The theme a merged theme ends in, following merges (a loop of merges ends nowhere). */
const targetOf = (
  themeId: string,
  decisions: ReadonlyMap<string, ThemeDecision>,
): string | null => {
  const seen = new Set<string>();
  let id = themeId;
  for (;;) {
    const decision = decisions.get(id);
    if (decision?.decision !== 'Merged' || decision.mergedIntoThemeId === null) return id;
    if (seen.has(id)) return null;
    seen.add(id);
    id = decision.mergedIntoThemeId;
  }
};

/**
 * A cycle's confirmed themes: each theme the QA lead confirmed, with the audits of the themes
 * merged into it added (each audit counted once). Rejected themes, and themes merged into one
 * not confirmed, are not among them. Most audits first.
 */
export const confirmedThemes = (
  cycleId: string,
  audits: readonly Audit[],
  vocabulary: readonly LearningTheme[],
  decisions: readonly ThemeDecision[],
): ConfirmedTheme[] => {
  const ofCycle = new Map(
    decisions.filter((d) => d.cycleId === cycleId).map((d) => [d.themeId, d]),
  );
  const suggested = new Map(suggestedThemes(audits, vocabulary).map((s) => [s.themeId, s]));
  const auditsById = new Map(audits.map((a) => [a.id, a]));
  const found = new Map<string, Audit[]>();
  for (const theme of suggested.values()) {
    const target = targetOf(theme.themeId, ofCycle);
    if (target === null || ofCycle.get(target)?.decision !== 'Confirmed') continue;
    const held = found.get(target) ?? [];
    held.push(...theme.auditIds.flatMap((id) => auditsById.get(id) ?? []));
    found.set(target, held);
  }
  return [...found.entries()]
    .flatMap(([themeId, themeAudits]): ConfirmedTheme[] => {
      const theme = suggested.get(themeId);
      if (theme === undefined) return [];
      const { audits: count, byService, exampleCaseNumbers } = themeFigures(themeAudits);
      return [
        {
          cycleId,
          themeId,
          label: theme.label,
          kind: theme.kind,
          audits: count,
          byService,
          exampleCaseNumbers,
        },
      ];
    })
    .sort((a, b) => b.audits - a.audits || a.label.localeCompare(b.label, 'en-GB'));
};
