import {
  approveClosure,
  recordNotCompleted,
  returnClosure,
} from '../../domain/lifecycle/action-closure';
import { completeAction, verifyAction } from '../../domain/lifecycle/action-complete';
import { markReviewedInSupervision, recordProgress } from '../../domain/lifecycle/action-progress';
import { actionCommand, partiesOfAction } from './action-command';

export interface NoteInput {
  readonly note: string;
}
export interface SupervisionInput {
  readonly date: string;
  readonly note: string;
}
export interface EvidenceInput {
  readonly evidence: string;
}
export interface ReasonInput {
  readonly reason: string;
}
export type NoInput = Readonly<Record<string, never>>;

/** The action lifecycle's commands, one per transition, called by the API and by cards alike. */
export const ACTION_COMMANDS = {
  recordProgress: actionCommand<NoteInput>({
    name: 'action.recordProgress',
    transition: ({ loaded, actor, input, now }) =>
      recordProgress(loaded.action.record, actor, { ...input, now }, partiesOfAction(loaded)),
  }),
  markReviewedInSupervision: actionCommand<SupervisionInput>({
    name: 'action.markReviewedInSupervision',
    transition: ({ loaded, actor, input, now }) =>
      markReviewedInSupervision(loaded.action.record, actor, { ...input, now }),
  }),
  completeAction: actionCommand<EvidenceInput>({
    name: 'action.complete',
    transition: ({ loaded, actor, input, now }) =>
      completeAction(loaded.action.record, actor, { ...input, now }, partiesOfAction(loaded)),
  }),
  verifyAction: actionCommand<NoInput>({
    name: 'action.verify',
    transition: ({ loaded, actor, now }) => verifyAction(loaded.action.record, actor, { now }),
  }),
  approveClosure: actionCommand<NoInput>({
    name: 'action.approveClosure',
    mayCloseAudit: true,
    transition: ({ loaded, actor, now }) => approveClosure(loaded.action.record, actor, { now }),
  }),
  returnClosure: actionCommand<ReasonInput>({
    name: 'action.returnClosure',
    transition: ({ loaded, actor, input, now }) =>
      returnClosure(loaded.action.record, actor, { ...input, now }),
  }),
  recordNotCompleted: actionCommand<ReasonInput>({
    name: 'action.recordNotCompleted',
    mayCloseAudit: true,
    transition: ({ loaded, actor, input, now }) =>
      recordNotCompleted(loaded.action.record, actor, { ...input, now }),
  }),
} as const;
