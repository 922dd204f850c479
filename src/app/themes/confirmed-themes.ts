import type { ConfirmedTheme } from '../../domain/themes/confirmed-theme';
import { confirmedThemes } from '../../domain/themes/confirmed-themes';
import { fromModel } from '../queries/from-model';
import type { Services } from '../services';

/**
 * The confirmed learning themes of each cycle asked for, in the order asked (each cycle's most
 * found first): what the findings report, the seven-minute briefing and the annual report print.
 * A theme merged into a confirmed one adds its audits to it, each audit counted once. Read from
 * the read model on indexed columns (the cycle's audits and decisions), the vocabulary whole.
 */
export async function confirmedThemesOf(
  services: Services,
  cycleIds: readonly string[],
): Promise<ConfirmedTheme[]> {
  const vocabulary = (await fromModel(services, 'learningThemes')).map((t) => t.record);
  const perCycle = await Promise.all(
    [...new Set(cycleIds)].map(async (cycleId) => {
      const [audits, decisions] = await Promise.all([
        fromModel(services, 'audits', { cycleId }),
        fromModel(services, 'themeDecisions', { cycleId }),
      ]);
      return confirmedThemes(
        cycleId,
        audits.map((a) => a.record),
        vocabulary,
        decisions.map((d) => d.record),
      );
    }),
  );
  return perCycle.flat();
}
