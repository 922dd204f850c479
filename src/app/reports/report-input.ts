import type { Cycle } from '../../domain/records/cycle';
import { financialYear } from '../../domain/reports/schedule-figures';
import type { ReportInput } from '../../domain/reports/report-input';
import { fromModel } from '../queries/from-model';
import type { Services } from '../services';

/** The part of the service a report covers (already narrowed to the reader's reach). */
export interface ReportScope {
  readonly serviceAreaId?: string;
  readonly teamId?: string;
}

/** How many cycles before the period a findings report's trend shows. */
export const TREND_CYCLES = 6;

/**
 * What `reportFigures` reads for a period of cycles, from the read model: audits and actions by
 * the indexed ServiceAreaId and TeamId, moderations matched to those audits, the re-audits of
 * the scope, and the feedback register entries received between the period's first start and
 * last end. The trend also reads the `TREND_CYCLES` cycles of the same kind before the period.
 */
export async function reportInputOf(
  services: Services,
  period: readonly Cycle[],
  scope: ReportScope,
): Promise<ReportInput> {
  const cycles = (await fromModel(services, 'cycles')).map((c) => c.record);
  const trend = trendCycles(cycles, period);
  const ids = new Set(trend.map((c) => c.id));
  const where = { serviceAreaId: scope.serviceAreaId, teamId: scope.teamId };
  const [audits, moderations, actions, reaudits, feedback] = await Promise.all([
    fromModel(services, 'audits', where),
    fromModel(services, 'moderations'),
    fromModel(services, 'actions', where),
    fromModel(services, 'reaudits', { serviceAreaId: scope.serviceAreaId }),
    fromModel(services, 'feedback', where),
  ]);
  const from = period.map((c) => c.startDate).sort()[0] ?? '';
  const to =
    period
      .map((c) => c.endDate)
      .sort()
      .at(-1) ?? '';
  return {
    cycles: trend,
    period: period.map((c) => c.id),
    audits: audits.map((a) => a.record).filter((a) => ids.has(a.cycleId)),
    moderations: moderations.map((m) => m.record).filter((m) => ids.has(m.cycleId)),
    actions: actions.map((a) => a.record).filter((a) => ids.has(a.cycleId)),
    reaudits: reaudits.map((r) => r.record),
    feedback: feedback
      .map((f) => f.record)
      .filter((f) => f.receivedOn >= from && f.receivedOn <= to),
    targets: services.config.gradeTargets,
    today: services.clock.now().toISOString().slice(0, 10),
  };
}

/** The period's cycles and, for the trend, up to `TREND_CYCLES` earlier ones of their kind. */
const trendCycles = (all: readonly Cycle[], period: readonly Cycle[]): Cycle[] => {
  const first = period.map((c) => c.startDate).sort()[0] ?? '';
  const kinds = new Set(period.map((c) => c.kind));
  const earlier = all
    .filter((c) => kinds.has(c.kind) && c.startDate < first && !period.includes(c))
    .sort((a, b) => b.startDate.localeCompare(a.startDate))
    .slice(0, TREND_CYCLES);
  return [...earlier, ...period];
};

/** The cycles that start in a financial year (`year` 2026: April 2026 to March 2027). */
export async function cyclesOfYear(services: Services, year: number): Promise<Cycle[]> {
  const { from, to } = financialYear(year);
  return (await fromModel(services, 'cycles'))
    .map((c) => c.record)
    .filter((c) => c.startDate >= from && c.startDate <= to)
    .sort((a, b) => a.startDate.localeCompare(b.startDate));
}

/** A year's figures: its cycles' records, the trend being the year's cycles alone. */
export async function yearInputOf(
  services: Services,
  year: number,
  scope: ReportScope,
): Promise<ReportInput> {
  const cycles = await cyclesOfYear(services, year);
  return { ...(await reportInputOf(services, cycles, scope)), cycles };
}
