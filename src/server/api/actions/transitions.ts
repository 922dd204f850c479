import { Router } from 'express';
import {
  approveClosure,
  recordNotCompleted,
  returnClosure,
} from '../../../domain/lifecycle/action-closure';
import { completeAction, verifyAction } from '../../../domain/lifecycle/action-complete';
import {
  markReviewedInSupervision,
  recordProgress,
} from '../../../domain/lifecycle/action-progress';
import {
  completeActionSchema,
  reasonSchema,
  recordProgressSchema,
  supervisionReviewSchema,
} from '../../../domain/validation/action-inputs';
import { noBodySchema } from '../../../domain/validation/audit-inputs';
import type { Services } from '../../../app/services';
import { mountActionWrite } from './write';

/** The action lifecycle's writes, one path each under /actions/:id/. */
export function actionTransitionRoutes(services: Services): Router {
  const router = Router();
  mountActionWrite(router, services, {
    endpoint: 'progress',
    transition: 'recordProgress',
    schema: recordProgressSchema,
    apply: (action, actor, input, parties) => recordProgress(action, actor, input, parties),
  });
  mountActionWrite(router, services, {
    endpoint: 'supervision',
    transition: 'markReviewedInSupervision',
    schema: supervisionReviewSchema,
    apply: (action, actor, input) => markReviewedInSupervision(action, actor, input),
  });
  mountActionWrite(router, services, {
    endpoint: 'complete',
    transition: 'completeAction',
    schema: completeActionSchema,
    apply: (action, actor, input, parties) => completeAction(action, actor, input, parties),
  });
  mountActionWrite(router, services, {
    endpoint: 'verify',
    transition: 'verifyAction',
    schema: noBodySchema,
    apply: (action, actor, input) => verifyAction(action, actor, input),
  });
  mountActionWrite(router, services, {
    endpoint: 'approve',
    transition: 'approveClosure',
    schema: noBodySchema,
    mayCloseAudit: true,
    apply: (action, actor, input) => approveClosure(action, actor, input),
  });
  mountActionWrite(router, services, {
    endpoint: 'return',
    transition: 'returnClosure',
    schema: reasonSchema,
    apply: (action, actor, input) => returnClosure(action, actor, input),
  });
  mountActionWrite(router, services, {
    endpoint: 'not-completed',
    transition: 'recordNotCompleted',
    schema: reasonSchema,
    mayCloseAudit: true,
    apply: (action, actor, input) => recordNotCompleted(action, actor, input),
  });
  return router;
}
