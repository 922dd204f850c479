import { Router } from 'express';
import type { z } from 'zod';
import { AUDIT_COMMANDS } from '../../../app/audits/audit-commands';
import type { Services } from '../../../app/services';
import {
  addContributorSchema,
  assignModeratorSchema,
  noBodySchema,
  reallocateSchema,
  saveDraftSchema,
  submitAuditSchema,
  workerFeedbackSchema,
} from '../../../domain/validation/audit-inputs';
import {
  moderateSchema,
  resolveDisagreementSchema,
  respondToModerationSchema,
  scoreAuditQualitySchema,
} from '../../../domain/validation/moderation-inputs';
import { AUDIT_ENDPOINTS, type AuditEndpoint } from '../../../contract/routes';
import { mountCommand } from '../command-route';
import { detailResponse } from './load';

type Endpointed = keyof typeof AUDIT_ENDPOINTS;

/** Each audit command and the schema of its body: one path each under /audits/:id/. */
const ROUTES: { readonly [T in Endpointed]: z.ZodType } = {
  saveDraft: saveDraftSchema,
  startAudit: noBodySchema,
  submitAudit: submitAuditSchema,
  shareGrade: noBodySchema,
  addWorkerFeedback: workerFeedbackSchema,
  addContributor: addContributorSchema,
  reallocate: reallocateSchema,
  assignModerator: assignModeratorSchema,
  moderate: moderateSchema,
  resolveDisagreement: resolveDisagreementSchema,
  respondToModeration: respondToModerationSchema,
  scoreAuditQuality: scoreAuditQualitySchema,
  acknowledgeAlert: noBodySchema,
  completeWithoutModeration: noBodySchema,
};

/** Every audit write: `PUT draft`, every other one a POST; each calls its command. */
export function auditTransitionRoutes(services: Services): Router {
  const router = Router();
  for (const transition of Object.keys(ROUTES) as Endpointed[]) {
    const endpoint: AuditEndpoint = AUDIT_ENDPOINTS[transition];
    mountCommand(router, services, {
      method: transition === 'saveDraft' ? 'put' : 'post',
      path: `/audits/:id/${endpoint}`,
      command: AUDIT_COMMANDS[transition],
      schema: ROUTES[transition],
      versioned: true,
      noun: 'Audit',
      respond: (caller, records) => detailResponse(caller.actor, services, records),
    });
  }
  return router;
}
