import { unresolvedReferences, type KnownKeys } from '../../domain/records/references';
import { Router } from 'express';
import { z } from 'zod';
import { reportFigures } from '../../domain/reports/report-figures';
import { id } from '../../domain/validation/primitives';
import { reportInputOf, yearInputOf } from '../../app/reports/report-input';
import { financialYear } from '../../domain/reports/schedule-figures';
import { notFound } from '../http/http-error';
import { reportNames } from './dto/report-names';
import { parseQuery } from './parse';
import { FRAMEWORK_RECORD_KINDS } from '../../domain/ports/store';
import type {
  AnnualFiguresResponse,
  FindingsReportResponse,
  ListHealthResponse,
} from '../../contract/dashboard';
import { callerOf } from '../http/authenticate';
import type { Services } from '../../app/services';
import { cycleDto } from './cycles/dto';
import { readCycle } from './cycles/read';
import { deny } from './guard';
import { fromModel } from '../../app/queries/from-model';
import { reachOf } from './scope';

/** `?serviceAreaId=&teamId=`: the filters of a report (narrowed to the caller's reach). */
const reportQuery = z.strictObject({ serviceAreaId: id.optional(), teamId: id.optional() });

/** Lists a QA lead edits by hand. The Audit log, outbox and references are the app's own. */
const HAND_EDITED = FRAMEWORK_RECORD_KINDS;

export function reportRoutes(services: Services): Router {
  const router = Router();

  /**
   * The six-weekly findings report's figures for one cycle (`reportFigures`), narrowed to the
   * caller's reach and the filters asked (service, team); the trend shows earlier cycles too.
   * Figures and case numbers only: no audit text.
   */
  router.get('/reports/findings/:cycleId', async (req, res) => {
    const caller = callerOf(res);
    if (caller.actor.role === 'TeamManager') {
      throw deny(
        services,
        caller,
        'findings',
        'The findings report is for the QA team and senior leaders.',
      );
    }
    const query = parseQuery(req, reportQuery);
    const reach = reachOf(services, caller, query, 'findings');
    const cycle = await readCycle(services, req.params['cycleId']);
    const figures = reportFigures(await reportInputOf(services, [cycle.record], reach));
    const body: FindingsReportResponse = {
      cycle: cycleDto(cycle),
      filters: reach,
      figures,
      names: reportNames(services.directory, figures),
    };
    res.json(body);
  });

  /** The annual QA report's figures for a financial year, narrowed as the findings are. */
  router.get('/reports/annual/:year', async (req, res) => {
    const caller = callerOf(res);
    if (caller.actor.role === 'TeamManager') {
      throw deny(
        services,
        caller,
        'annual',
        'The annual report is for the QA team and senior leaders.',
      );
    }
    const year = z
      .string()
      .regex(/^\d{4}$/)
      .safeParse(req.params['year']);
    if (!year.success) throw notFound('Year');
    const query = parseQuery(req, reportQuery);
    const reach = reachOf(services, caller, query, 'annual');
    const figures = reportFigures(await yearInputOf(services, Number(year.data), reach));
    const body: AnnualFiguresResponse = {
      year: year.data,
      yearText: financialYear(Number(year.data)).text,
      filters: reach,
      figures,
      names: reportNames(services.directory, figures),
    };
    res.json(body);
  });

  /**
   * Records whose hand-edited values could not be read, for the QA lead to correct in
   * SharePoint. This reads the hand-edited lists whole: a QA lead's occasional check.
   */
  router.get('/lists/health', async (_req, res) => {
    const caller = callerOf(res);
    if (caller.actor.role !== 'QALead') {
      throw deny(services, caller, 'lists', 'Only the QA lead checks the lists.');
    }
    const model = await services.readModel.fresh();
    const known: KnownKeys = (target, key) =>
      target === 'cases'
        ? model.where('cases', 'caseNumber', key).length > 0
        : model.get(target, key) !== undefined;
    const lists = await Promise.all(
      HAND_EDITED.map(async (kind) => {
        const items = await fromModel(services, kind);
        const flagged = items
          .map((i) => ({
            item: i,
            flags: [...i.flags, ...unresolvedReferences(kind, i.record, known)],
          }))
          .filter(({ flags }) => flags.length > 0)
          .map(({ item, flags }) => ({
            key: keyOf(item.record),
            version: item.version,
            flags,
          }));
        return { kind, total: items.length, flagged };
      }),
    );
    const body: ListHealthResponse = { lists };
    res.json(body);
  });

  return router;
}

/** A record's key: its id, or a case's case number. */
const keyOf = (record: object): string => {
  if ('id' in record && typeof record.id === 'string') return record.id;
  return 'caseNumber' in record && typeof record.caseNumber === 'string' ? record.caseNumber : '';
};
