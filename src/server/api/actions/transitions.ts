import { Router } from 'express';
import type { z } from 'zod';
import { ACTION_COMMANDS } from '../../../app/actions/action-commands';
import { partiesOfAction } from '../../../app/actions/action-records';
import type { Services } from '../../../app/services';
import {
  completeActionSchema,
  reasonSchema,
  recordProgressSchema,
  supervisionReviewSchema,
} from '../../../domain/validation/action-inputs';
import { noBodySchema } from '../../../domain/validation/audit-inputs';
import type { ActionDetailResponse } from '../../../contract/actions';
import type { ActionTransition } from '../../../contract/audits';
import { ACTION_ENDPOINTS } from '../../../contract/routes';
import { notFound } from '../../http/http-error';
import { mountCommand } from '../command-route';
import { actionDto } from '../dto/action-dto';

const SCHEMAS: { readonly [T in ActionTransition]: z.ZodType } = {
  recordProgress: recordProgressSchema,
  markReviewedInSupervision: supervisionReviewSchema,
  completeAction: completeActionSchema,
  verifyAction: noBodySchema,
  approveClosure: noBodySchema,
  returnClosure: reasonSchema,
  recordNotCompleted: reasonSchema,
};

/** The action lifecycle's writes, one path each under /actions/:id/, each calling its command. */
export function actionTransitionRoutes(services: Services): Router {
  const router = Router();
  for (const transition of Object.keys(SCHEMAS) as ActionTransition[]) {
    mountCommand(router, services, {
      method: 'post',
      path: `/actions/:id/${ACTION_ENDPOINTS[transition]}`,
      command: ACTION_COMMANDS[transition],
      schema: SCHEMAS[transition],
      versioned: true,
      noun: 'Action',
      respond: (caller, records): ActionDetailResponse => {
        const dto = actionDto(
          caller.actor,
          services.directory,
          records.action,
          partiesOfAction(records),
        );
        if (dto === null) throw notFound('Action');
        return { action: dto };
      },
    });
  }
  return router;
}
