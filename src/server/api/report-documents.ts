import { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import type { RecordCommand } from '../../app/commands/command';
import { runCommand } from '../../app/commands/run-command';
import { fromModel } from '../../app/queries/from-model';
import {
  reportIdOf,
  type ReportRecords,
  type ReportRequest,
} from '../../app/reports/report-command';
import {
  briefingSectionsOf,
  makeAnnualReportCommand,
  makeBriefingCommand,
  makeFindingsReportCommand,
  makeTrackersCommand,
  servicesOfCycle,
} from '../../app/reports/report-jobs';
import { makeEvidencePackCommand } from '../../app/reports/evidence-pack';
import type { Services } from '../../app/services';
import type {
  BriefingResponse,
  LearningReportDto,
  ReportDocumentListResponse,
  ReportDocumentResponse,
} from '../../contract/reports';
import { BRIEFING_HEADINGS } from '../../documents';
import { mayReadReport } from '../../domain/access/report-access';
import { briefingDiscussionId } from '../../domain/records/briefing-discussion';
import { AREA_LABELS, AREAS } from '../../domain/records/grade';
import { briefingFollowUp } from '../../domain/reports/briefing-follow-up';
import { shareText } from '../../domain/reports/share';
import { recordDiscussionCommand } from '../../app/reports/briefing-discussion-command';
import type { Versioned } from '../../domain/ports/versioned';
import type { LearningReport, ReportKind } from '../../domain/records/learning-report';
import { REPORT_KIND_LABELS } from '../../domain/records/learning-report';
import { callerOf, type Caller } from '../http/authenticate';
import { fromCommandError, fromDomainError, notFound } from '../http/http-error';
import { deny } from './guard';
import { idParam, parseBody, parseQuery } from './parse';

/** The narrative is the QA lead's own words: long enough for a report's opening, no longer. */
const NARRATIVE_MAX = 20_000;
const narrativeSchema = z.strictObject({ narrative: z.string().max(NARRATIVE_MAX) });
const LINES_MAX = 12;
const briefingSchema = z.strictObject({
  sections: z.strictObject(
    Object.fromEntries(
      BRIEFING_HEADINGS.map((h) => [h, z.array(z.string().max(600)).max(LINES_MAX)]),
    ) as Record<(typeof BRIEFING_HEADINGS)[number], z.ZodArray<z.ZodString>>,
  ),
});
const discussionSchema = z.strictObject({
  teamId: z.string().min(1).max(64),
  discussedOn: z.iso.date(),
  area: z.enum(AREAS),
  use: z.string().max(2_000),
});

/** A cycle's briefing discussions, each with the team's grade in its area since. */
async function discussionsOf(services: Services, cycleId: string) {
  const [discussions, cycles, audits, moderations] = await Promise.all([
    fromModel(services, 'briefingDiscussions', { cycleId }),
    fromModel(services, 'cycles'),
    fromModel(services, 'audits'),
    fromModel(services, 'moderations'),
  ]);
  return discussions
    .map((d) => d.record)
    .sort((a, b) => a.discussedOn.localeCompare(b.discussedOn))
    .map((d) => ({
      id: d.id,
      teamId: d.teamId,
      teamName: services.directory.team(d.teamId)?.name ?? d.teamId,
      discussedOn: d.discussedOn,
      area: d.area,
      areaLabel: AREA_LABELS[d.area],
      use: d.use,
      followUp: briefingFollowUp(
        d,
        cycles.map((c) => c.record),
        audits.filter((a) => a.record.teamId === d.teamId).map((a) => a.record),
        moderations.map((m) => m.record),
        services.config.gradeTargets,
      ).map((f) => ({ cycleName: f.name, goodOrBetter: shareText(f.grades.goodOrBetter) })),
    }));
}

const listQuery = z.strictObject({ period: z.string().max(40).optional() });
const yearParam = z.string().regex(/^\d{4}$/);

export const reportDto = (
  services: Services,
  { record }: Versioned<LearningReport>,
): LearningReportDto => {
  // The narrative stays in the document: the list carries references only.
  const report = Object.fromEntries(
    Object.entries(record).filter(([field]) => field !== 'narrative'),
  ) as Omit<LearningReport, 'narrative'>;
  return {
    report,
    label: REPORT_KIND_LABELS[record.kind],
    madeByName: services.directory.nameOf(record.madeById),
    contentPath: `/api/reports/documents/${encodeURIComponent(record.id)}/content`,
  };
};

/** Runs a report's command for the caller and answers 201 with the report made. */
async function make(
  services: Services,
  res: Response,
  kind: ReportKind,
  command: RecordCommand<ReportRecords, ReportRequest>,
  input: ReportRequest,
) {
  const caller = callerOf(res);
  const result = await runCommand(services, command, {
    oid: caller.oid,
    id: reportIdOf(kind, input),
    version: null,
    input,
  });
  if (!result.ok) throw fromCommandError(result.error, 'Report');
  const made = result.value.report;
  if (made === null) throw notFound('Report');
  const body: ReportDocumentResponse = { made: reportDto(services, made) };
  res.status(201).json(body);
}

const cycleParam = (req: Request): string => {
  const parsed = idParam.safeParse(req.params['cycleId']);
  if (!parsed.success) throw notFound('Cycle');
  return parsed.data;
};

const visibleReports = async (services: Services, caller: Caller, period?: string) =>
  (await fromModel(services, 'learningReports', { period }))
    .filter((r) => mayReadReport(caller.actor, r.record))
    .sort((a, b) => b.record.madeAt.localeCompare(a.record.madeAt));

/**
 * The documents of section 6, made from the records by the QA lead and saved in the site's
 * document library (a folder per cycle; each making a new version), and read back through the
 * API by whoever may read them.
 */
export function reportDocumentRoutes(services: Services): Router {
  const router = Router();

  router.post('/reports/findings/:cycleId/document', async (req, res) => {
    const { narrative } = parseBody(req, narrativeSchema);
    const period = cycleParam(req);
    await make(services, res, 'FindingsReport', makeFindingsReportCommand, {
      period,
      serviceAreaId: null,
      narrative,
    });
  });

  router.get('/reports/briefing/:cycleId', async (req, res) => {
    const caller = callerOf(res);
    const cycleId = cycleParam(req);
    const sections = await briefingSectionsOf(services, cycleId);
    if (!sections.ok) throw fromDomainError(sections.error);
    const made = (await visibleReports(services, caller, cycleId)).find(
      (r) => r.record.kind === 'SevenMinuteBriefing',
    );
    const body: BriefingResponse = {
      cycleId,
      discussions: await discussionsOf(services, cycleId),
      headings: BRIEFING_HEADINGS,
      sections: sections.value,
      made: made === undefined ? null : reportDto(services, made),
    };
    res.json(body);
  });

  router.post('/reports/briefing/:cycleId/discussions', async (req, res) => {
    const caller = callerOf(res);
    const cycleId = cycleParam(req);
    const input = { cycleId, ...parseBody(req, discussionSchema) };
    const result = await runCommand(services, recordDiscussionCommand, {
      oid: caller.oid,
      id: briefingDiscussionId(cycleId, input.teamId),
      version: null,
      input,
    });
    if (!result.ok) throw fromCommandError(result.error, 'Briefing discussion');
    res.status(201).json({ discussions: await discussionsOf(services, cycleId) });
  });

  router.post('/reports/briefing/:cycleId/document', async (req, res) => {
    const { sections } = parseBody(req, briefingSchema);
    await make(services, res, 'SevenMinuteBriefing', makeBriefingCommand, {
      period: cycleParam(req),
      serviceAreaId: null,
      narrative: JSON.stringify(sections),
    });
  });

  /** The trackers of every service with audits in the cycle, one workbook each. */
  router.post('/reports/trackers/:cycleId/document', async (req, res) => {
    const caller = callerOf(res);
    parseBody(req, z.strictObject({}));
    const period = cycleParam(req);
    const made: LearningReportDto[] = [];
    for (const serviceAreaId of await servicesOfCycle(services, period)) {
      const input = { period, serviceAreaId, narrative: '' };
      const result = await runCommand(services, makeTrackersCommand, {
        oid: caller.oid,
        id: reportIdOf('Trackers', input),
        version: null,
        input,
      });
      if (!result.ok) throw fromCommandError(result.error, 'Report');
      if (result.value.report !== null) made.push(reportDto(services, result.value.report));
    }
    const body: ReportDocumentListResponse = { items: made };
    res.status(201).json(body);
  });

  router.post('/reports/annual/:year/document', async (req, res) => {
    const year = yearParam.safeParse(req.params['year']);
    if (!year.success) throw notFound('Year');
    const { narrative } = parseBody(req, narrativeSchema);
    await make(services, res, 'AnnualReport', makeAnnualReportCommand, {
      period: year.data,
      serviceAreaId: null,
      narrative,
    });
  });

  router.post('/reports/evidence-pack/:year/document', async (req, res) => {
    const year = yearParam.safeParse(req.params['year']);
    if (!year.success) throw notFound('Year');
    parseBody(req, z.strictObject({}));
    await make(services, res, 'EvidencePack', makeEvidencePackCommand, {
      period: year.data,
      serviceAreaId: null,
      narrative: '',
    });
  });

  router.get('/reports/documents', async (req, res) => {
    const caller = callerOf(res);
    const { period } = parseQuery(req, listQuery);
    const body: ReportDocumentListResponse = {
      items: (await visibleReports(services, caller, period)).map((r) => reportDto(services, r)),
    };
    res.json(body);
  });

  router.get('/reports/documents/:id/content', async (req, res) => {
    const caller = callerOf(res);
    const id = z.string().min(1).max(200).safeParse(req.params['id']);
    const report = id.success
      ? (await services.readModel.fresh()).get('learningReports', id.data)
      : undefined;
    if (report === undefined) throw notFound('Report');
    if (!mayReadReport(caller.actor, report.record)) {
      throw deny(
        services,
        caller,
        `learningReport:${report.record.id}`,
        'You may not read this report.',
      );
    }
    const bytes = await services.documents.read(report.record.documentItemId);
    res
      .status(200)
      .type(report.record.documentName.split('.').at(-1) ?? 'application/octet-stream')
      .set(
        'Content-Disposition',
        `attachment; filename="${report.record.documentName.replace(/"/g, '')}"`,
      )
      .set('Cache-Control', 'no-store')
      .send(Buffer.from(bytes));
  });

  return router;
}
