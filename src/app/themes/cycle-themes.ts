import type { Versioned } from '../../domain/ports/versioned';
import type { LearningTheme, ThemeDecision } from '../../domain/records/learning-theme';
import { isSubmitted } from '../../domain/analytics/graded-audits';
import { suggestedThemes, type SuggestedTheme } from '../../domain/themes/suggested-themes';
import { fromModel } from '../queries/from-model';
import type { Services } from '../services';

export interface CycleTheme {
  readonly suggested: SuggestedTheme;
  readonly theme: LearningTheme;
  readonly decision: Versioned<ThemeDecision> | null;
}

export interface CycleThemes {
  /** Submitted audits the counts are out of. */
  readonly audits: number;
  readonly themes: readonly CycleTheme[];
}

/**
 * The themes of a cycle as the QA lead decides them: the active vocabulary (and any theme
 * already decided in the cycle) matched against the cycle's submitted audits — of one service
 * when `serviceAreaId` is given — each with its decision; themes found nowhere and not decided
 * are left out.
 */
export async function cycleThemes(
  services: Services,
  cycleId: string,
  serviceAreaId: string | undefined,
): Promise<CycleThemes> {
  const [audits, decisions, vocabulary] = await Promise.all([
    fromModel(services, 'audits', { cycleId, serviceAreaId }),
    fromModel(services, 'themeDecisions', { cycleId }),
    fromModel(services, 'learningThemes'),
  ]);
  const decided = new Map(decisions.map((d) => [d.record.themeId, d]));
  const themes = new Map(vocabulary.map((t) => [t.record.id, t.record]));
  const records = audits.map((a) => a.record);
  const considered = [...themes.values()].filter((t) => t.active || decided.has(t.id));
  return {
    audits: records.filter(isSubmitted).length,
    themes: suggestedThemes(records, considered).flatMap((suggested): CycleTheme[] => {
      const theme = themes.get(suggested.themeId);
      const decision = decided.get(suggested.themeId) ?? null;
      if (theme === undefined || (suggested.audits === 0 && decision === null)) return [];
      return [{ suggested, theme, decision }];
    }),
  };
}
