import { invalid } from '../../domain/errors';
import type { Versioned } from '../../domain/ports/versioned';
import type { Cycle } from '../../domain/records/cycle';
import { reportFigures } from '../../domain/reports/report-figures';
import { financialYear, scheduleFigures } from '../../domain/reports/schedule-figures';
import type { Result } from '../../domain/result';
import { fail, ok } from '../../domain/result';
import {
  annualReportDocx,
  BRIEFING_HEADINGS,
  briefingDraft,
  findingsReportDocx,
  serviceTrackersXlsx,
  sevenMinuteBriefingDocx,
  type BriefingSections,
} from '../../documents';
import { fromModel } from '../queries/from-model';
import type { Services } from '../services';
import { confirmedThemesOf } from '../themes/confirmed-themes';
import { cyclesOfYear, reportInputOf, yearInputOf } from './report-input';
import { reportLabels } from './report-labels';
import { DOCX, reportCommand, XLSX, type MadeDocument, type ReportRequest } from './report-command';

const cycleNamed = async (services: Services, id: string): Promise<Result<Versioned<Cycle>>> => {
  const cycle = (await services.readModel.fresh()).get('cycles', id);
  return cycle === undefined
    ? fail(invalid([{ field: 'cycleId', message: 'is not a cycle on the Cycles list' }]))
    : ok(cycle);
};

/** A cycle's figures and confirmed themes, for the whole service. */
const cycleFindings = async (services: Services, cycle: Cycle) => ({
  figures: reportFigures(await reportInputOf(services, [cycle], {})),
  themes: await confirmedThemesOf(services, [cycle.id]),
});

/** The six-weekly findings report of a cycle, with the QA lead's narrative. */
export const makeFindingsReportCommand = reportCommand<ReportRequest>(
  'report.findings',
  'FindingsReport',
  async ({ services, input, now }) => {
    const cycle = await cycleNamed(services, input.period);
    if (!cycle.ok) return cycle;
    const { figures, themes } = await cycleFindings(services, cycle.value.record);
    const content = await findingsReportDocx({
      cycleName: cycle.value.record.name,
      figures,
      themes,
      narrative: input.narrative,
      generatedOn: now.slice(0, 10),
      labels: reportLabels(services.directory),
      targets: services.config.gradeTargets,
    });
    return ok<MadeDocument>({
      folder: [cycle.value.record.name],
      name: 'Findings report.docx',
      content,
      contentType: DOCX,
    });
  },
);

/** The briefing's sections as the QA lead saved them (JSON), or null when none are saved. */
export const savedSections = (narrative: string): BriefingSections | null => {
  if (narrative.trim() === '') return null;
  try {
    const parsed = JSON.parse(narrative) as Record<string, unknown>;
    const sections = Object.fromEntries(
      BRIEFING_HEADINGS.map((h) => {
        const lines = parsed[h];
        return [h, Array.isArray(lines) ? lines.filter((l) => typeof l === 'string') : []];
      }),
    );
    return sections as unknown as BriefingSections;
  } catch {
    return null;
  }
};

/** The briefing's key messages: as saved, else drafted from the cycle's figures and themes. */
export async function briefingSectionsOf(
  services: Services,
  cycleId: string,
): Promise<Result<BriefingSections>> {
  const cycle = await cycleNamed(services, cycleId);
  if (!cycle.ok) return cycle;
  const saved = (
    await fromModel(services, 'learningReports', { kind: 'SevenMinuteBriefing' })
  ).find((r) => r.record.period === cycleId);
  const sections = saved === undefined ? null : savedSections(saved.record.narrative);
  if (sections !== null) return ok(sections);
  const { figures, themes } = await cycleFindings(services, cycle.value.record);
  return ok(briefingDraft(figures, themes));
}

/** The seven-minute briefing of a cycle: the key messages as the QA lead edited them. */
export const makeBriefingCommand = reportCommand<ReportRequest>(
  'report.briefing',
  'SevenMinuteBriefing',
  async ({ services, input }) => {
    const cycle = await cycleNamed(services, input.period);
    if (!cycle.ok) return cycle;
    const sections = savedSections(input.narrative);
    if (sections === null)
      return fail(invalid([{ field: 'sections', message: 'are not the seven headings' }]));
    const content = await sevenMinuteBriefingDocx({
      cycleName: cycle.value.record.name,
      sections,
    });
    return ok<MadeDocument>({
      folder: [cycle.value.record.name],
      name: 'Seven-minute briefing.docx',
      content,
      contentType: DOCX,
    });
  },
);

/** The annual QA report of a financial year (`period` is its first year, e.g. "2026"). */
export const makeAnnualReportCommand = reportCommand<ReportRequest>(
  'report.annual',
  'AnnualReport',
  async ({ services, input, now }) => {
    const year = Number(input.period);
    if (!/^\d{4}$/.test(input.period))
      return fail(invalid([{ field: 'year', message: 'must be a year, like 2026' }]));
    const { from, to, text } = financialYear(year);
    const cycles = await cyclesOfYear(services, year);
    const figures = reportFigures(await yearInputOf(services, year, {}));
    const schedule = scheduleFigures(
      (await fromModel(services, 'schedule')).map((s) => s.record),
      from,
      to,
    );
    const content = await annualReportDocx({
      year: text,
      figures,
      themes: await confirmedThemesOf(
        services,
        cycles.map((c) => c.id),
      ),
      schedule,
      narrative: input.narrative,
      generatedOn: now.slice(0, 10),
      labels: reportLabels(services.directory),
      targets: services.config.gradeTargets,
    });
    return ok<MadeDocument>({
      folder: [`Annual ${text}`],
      name: `Annual QA report ${text}.docx`,
      content,
      contentType: DOCX,
    });
  },
);

/** One service's trackers for a cycle: the audit allocation tracker and the actions tracker. */
export const makeTrackersCommand = reportCommand<ReportRequest>(
  'report.trackers',
  'Trackers',
  async ({ services, input }) => {
    const cycle = await cycleNamed(services, input.period);
    if (!cycle.ok) return cycle;
    const serviceAreaId = input.serviceAreaId ?? '';
    const service = services.directory.serviceArea(serviceAreaId);
    if (service === undefined)
      return fail(invalid([{ field: 'serviceAreaId', message: 'is not a service area' }]));
    const where = { cycleId: cycle.value.record.id, serviceAreaId };
    const [audits, moderations, actions] = await Promise.all([
      fromModel(services, 'audits', where),
      fromModel(services, 'moderations', { cycleId: cycle.value.record.id }),
      fromModel(services, 'actions', where),
    ]);
    const labels = reportLabels(services.directory);
    const content = await serviceTrackersXlsx({
      serviceAreaId,
      audits: audits.map((a) => a.record),
      moderations: moderations.map((m) => m.record),
      actions: actions.map((a) => a.record),
      labels: { staff: labels.staff, team: labels.team },
    });
    return ok<MadeDocument>({
      folder: [cycle.value.record.name, 'Trackers'],
      name: `${service.name} trackers.xlsx`,
      content,
      contentType: XLSX,
    });
  },
);

/** The services with audits in a cycle: each gets its own trackers. */
export const servicesOfCycle = async (services: Services, cycleId: string): Promise<string[]> =>
  [
    ...new Set(
      (await fromModel(services, 'audits', { cycleId })).map((a) => a.record.serviceAreaId),
    ),
  ].sort();
