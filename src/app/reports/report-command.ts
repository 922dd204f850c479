import { forbidden } from '../../domain/errors';
import { mayMakeReport, mayReadReport } from '../../domain/access/report-access';
import type { Versioned } from '../../domain/ports/versioned';
import type { LearningReport, ReportKind } from '../../domain/records/learning-report';
import { learningReportId } from '../../domain/records/learning-report';
import type { Result } from '../../domain/result';
import { fail, ok } from '../../domain/result';
import type { DecideContext, Decision, RecordCommand } from '../commands/command';
import type { Services } from '../services';

/** The top folder of the library the reports are saved in; a folder per cycle below it. */
export const REPORTS_FOLDER = 'Audit Loop reports';

/** A document made, before it is saved. */
export interface MadeDocument {
  /** Below REPORTS_FOLDER, e.g. the cycle's name. */
  readonly folder: readonly string[];
  readonly name: string;
  readonly content: Uint8Array;
  readonly contentType: string;
}

export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const ZIP = 'application/zip';

/** What every report's request carries: its period, its service (or none) and the narrative. */
export interface ReportRequest {
  readonly period: string;
  readonly serviceAreaId: string | null;
  /** The QA lead's narrative, or the briefing's sections as JSON. */
  readonly narrative: string;
}

export interface ReportRecords {
  readonly report: Versioned<LearningReport> | null;
}

export const reportRef = (id: string): string => `learningReport:${id}`;

export const reportIdOf = (kind: ReportKind, request: ReportRequest): string =>
  learningReportId(kind, request.period, request.serviceAreaId);

/**
 * Making a report, the same for every kind: the domain authorises (the QA lead), the document
 * is made from the records and saved in the library (a new version over the last), then its
 * Learning reports item is written with the Audit log entry. Run with the id `reportIdOf` gives.
 */
export const reportCommand = <I extends ReportRequest>(
  name: string,
  kind: ReportKind,
  make: (context: DecideContext<ReportRecords, I>) => Promise<Result<MadeDocument>>,
): RecordCommand<ReportRecords, I> => ({
  name,
  ref: reportRef,
  load: async (services, id) => ({ report: await services.store.repo('learningReports').get(id) }),
  visible: (actor, loaded) => loaded.report === null || mayReadReport(actor, loaded.report.record),
  version: (loaded) => loaded.report?.version ?? 'new',
  // The report's item is the command's one change.
  afterSave: (loaded, saved) => ({
    report: ([...saved.values()][0] as Versioned<LearningReport> | undefined) ?? loaded.report,
  }),
  known: () => ({}),
  decide: async (context): Promise<Result<Decision>> => {
    const { actor, input, now, services, loaded } = context;
    if (!mayMakeReport(actor, kind)) return fail(forbidden('Only the QA lead makes the reports.'));
    const made = await make(context);
    if (!made.ok) return made;
    const saved = await saveDocument(services, made.value);
    const record: LearningReport = {
      id: reportIdOf(kind, input),
      kind,
      period: input.period,
      serviceAreaId: input.serviceAreaId,
      narrative: input.narrative,
      documentItemId: saved.itemId,
      documentName: saved.name,
      documentVersion: saved.version,
      madeById: actor.id,
      madeAt: now,
    };
    return ok({
      changes: [
        loaded.report === null
          ? { kind: 'learningReports', op: 'create', record }
          : {
              kind: 'learningReports',
              op: 'update',
              record,
              expectedVersion: loaded.report.version,
            },
      ],
      events: [],
      changedFields:
        loaded.report === null ? Object.keys(record).sort() : ['document', 'narrative'],
    });
  },
});

/** Saves a made document in the reports folder of the site's document library. */
export const saveDocument = (services: Services, made: MadeDocument) =>
  services.documents.save(
    [REPORTS_FOLDER, ...made.folder],
    made.name,
    made.content,
    made.contentType,
  );
