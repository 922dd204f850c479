import { Router } from 'express';
import type { Services } from '../../app/services';
import { parseNoQuery } from './parse';
import { actionReadRoutes } from './actions/read';
import { actionTransitionRoutes } from './actions/transitions';
import { auditReadRoutes } from './audits/read';
import { auditTransitionRoutes } from './audits/transitions';
import { allocationRoutes } from './cycles/allocation';
import { drawRoutes } from './cycles/draw';
import { cyclePlanRoutes } from './cycles/plan';
import { cycleRoutes } from './cycles/read';
import { trackerRoutes } from './cycles/tracker';
import { dashboardRoutes } from './dashboard';
import { homeRoutes } from './home';
import { meRoutes } from './me';
import { meAuditQualityRoutes } from './me-audit-quality';
import { moderationRoutes } from './moderation';
import { organisationRoutes } from './organisation';
import { feedbackRoutes } from './registers/feedback';
import { observationRoutes } from './registers/observations';
import { scheduleRoutes } from './registers/schedule';
import { registerImportRoutes } from './register/import';
import { registerMappingRoutes } from './register/mapping';
import { reauditRoutes } from './reaudits';
import { reportDocumentRoutes } from './report-documents';
import { reportRoutes } from './reports';
import { reviewRoutes } from './reviews';
import { cycleThemeRoutes } from './themes/cycle-themes';
import { vocabularyRoutes } from './themes/vocabulary';

const QUERIED = [
  /^\/audits$/,
  /^\/actions$/,
  /^\/dashboard$/,
  /^\/reports\/(findings|annual)\/[^/]+$/,
  /^\/reports\/documents$/,
  /^\/feedback$/,
  /^\/observations$/,
  /^\/staff$/,
  /^\/moderation\/queue$/,
  /^\/me\/audit-quality$/,
  /^\/cycles\/[^/]+\/tracker$/,
];

/** Writes of a raw file body, whose options can only be in the query (each route parses its own). */
const QUERIED_WRITES = [/^\/register\/imports(\/valid-rows)?$/];

/** Every route behind sign-in, mounted under /api after `authenticate`. */
export function apiRouter(services: Services): Router {
  const router = Router();
  // Only these reads, and the upload of a file, take query parameters (each with its own strict
  // schema); anywhere else a query parameter is a mistake and is named in a 400.
  router.use((req, _res, next) => {
    const allowed = req.method === 'GET' ? QUERIED : req.method === 'POST' ? QUERIED_WRITES : [];
    if (!allowed.some((path) => path.test(req.path))) parseNoQuery(req);
    next();
  });
  for (const routes of [
    meRoutes,
    meAuditQualityRoutes,
    homeRoutes,
    auditReadRoutes,
    auditTransitionRoutes,
    actionReadRoutes,
    actionTransitionRoutes,
    moderationRoutes,
    cycleRoutes,
    cyclePlanRoutes,
    allocationRoutes,
    drawRoutes,
    trackerRoutes,
    reauditRoutes,
    dashboardRoutes,
    reportRoutes,
    reportDocumentRoutes,
    feedbackRoutes,
    observationRoutes,
    scheduleRoutes,
    reviewRoutes,
    vocabularyRoutes,
    cycleThemeRoutes,
    organisationRoutes,
    registerImportRoutes,
    registerMappingRoutes,
  ]) {
    router.use(routes(services));
  }
  return router;
}
