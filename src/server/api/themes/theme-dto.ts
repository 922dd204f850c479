import type {
  CycleThemeDto,
  CycleThemesResponse,
  LearningThemeDto,
} from '../../../contract/themes';
import type { Services } from '../../../app/services';
import type { CycleThemes } from '../../../app/themes/cycle-themes';
import { NO_DECISION_VERSION } from '../../../app/themes/decision-commands';
import { mayCurateThemes } from '../../../domain/access/theme-access';
import type { Versioned } from '../../../domain/ports/versioned';
import type { Actor } from '../../../domain/records/actor';
import type { Cycle } from '../../../domain/records/cycle';
import type { LearningTheme } from '../../../domain/records/learning-theme';

export const themeDto = ({
  record,
  version,
  flags,
}: Versioned<LearningTheme>): LearningThemeDto => ({
  record,
  version,
  flags,
});

/** A cycle's themes as the caller may see them: counts and case numbers, never audit text. */
export const cycleThemesDto = (
  services: Services,
  actor: Actor,
  cycle: Cycle,
  found: CycleThemes,
  serviceAreaId: string | null,
): CycleThemesResponse => {
  const themes = found.themes.map(({ suggested, theme, decision }): CycleThemeDto => ({
    themeId: suggested.themeId,
    label: suggested.label,
    kind: suggested.kind,
    active: theme.active,
    audits: suggested.audits,
    byService: suggested.byService,
    exampleCaseNumbers: suggested.exampleCaseNumbers,
    decision:
      decision === null
        ? null
        : {
            decision: decision.record.decision,
            mergedIntoThemeId: decision.record.mergedIntoThemeId,
            decidedById: decision.record.decidedById,
            decidedOn: decision.record.decidedOn,
          },
    version: decision?.version ?? NO_DECISION_VERSION,
  }));
  const serviceIds = themes.flatMap((t) => Object.keys(t.byService));
  const deciders = themes.flatMap((t) => (t.decision === null ? [] : [t.decision.decidedById]));
  return {
    cycleId: cycle.id,
    cycleName: cycle.name,
    audits: found.audits,
    serviceAreaId,
    themes,
    names: Object.fromEntries<string>([
      ...[...new Set(serviceIds)].map((id): [string, string] => [
        id,
        services.directory.serviceArea(id)?.name ?? id,
      ]),
      ...[...new Set(deciders)].map((id): [string, string] => [id, services.directory.nameOf(id)]),
    ]),
    canDecide: mayCurateThemes(actor),
  };
};
