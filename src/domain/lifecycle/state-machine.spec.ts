import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { aCompletedDraft, anAction, anActor, aSubmittedAudit, STAFF } from '../fixtures/builders';
import { ACTION_STATES } from '../records/action';
import { STATE_LABELS } from '../records/labels';
import type { Action, ActionState } from '../records/action';
import { AUDIT_STATES } from '../records/audit';
import type { Audit, AuditState } from '../records/audit';
import type { Result } from '../result';
import { allowedOnAction, allowedOnAudit } from '../access/allowed';
import type { Actor } from '../records/actor';
import { acknowledgeAlert } from './alert-acknowledge';
import { approveClosure, recordNotCompleted, returnClosure } from './action-closure';
import { completeAction, verifyAction } from './action-complete';
import { markReviewedInSupervision, recordProgress } from './action-progress';
import { closeAuditIfDone } from './audit-close';
import { saveDraft } from './audit-draft';
import { shareGrade } from './audit-share-grade';
import { startAudit } from './audit-start';
import { submitAudit } from './audit-submit';

const now = '2025-04-10T09:00:00Z';
const owner = anActor('Practitioner', { id: STAFF.owner });
const tm = anActor('TeamManager', { id: STAFF.teamManager });
const qa = anActor('QALead', { id: STAFF.qaLead });
const hos = anActor('HeadOfService', { id: STAFF.headOfService });
const auditor = anActor('TeamManager', { id: STAFF.auditor });

type Step<R> = (record: R) => Result<{ readonly next: R }>;

const ACTION_STEPS: Record<string, { allowed: readonly ActionState[]; step: Step<Action> }> = {
  recordProgress: {
    allowed: ['Open', 'InProgress'],
    step: (a) => recordProgress(a, owner, { note: 'n', now }),
  },
  markReviewedInSupervision: {
    allowed: ['Open', 'InProgress', 'Completed', 'Verified'],
    step: (a) => markReviewedInSupervision(a, tm, { date: '2025-04-09', note: '', now }),
  },
  completeAction: {
    allowed: ['Open', 'InProgress'],
    step: (a) => completeAction(a, owner, { evidence: 'e', now }),
  },
  verifyAction: { allowed: ['Completed'], step: (a) => verifyAction(a, qa, { now }) },
  approveClosure: { allowed: ['Verified'], step: (a) => approveClosure(a, hos, { now }) },
  returnClosure: {
    allowed: ['Verified'],
    step: (a) => returnClosure(a, hos, { reason: 'r', now }),
  },
  recordNotCompleted: {
    allowed: ['Open', 'InProgress', 'Completed', 'Verified'],
    step: (a) => recordNotCompleted(a, qa, { reason: 'r', now }),
  },
};

const AUDIT_STEPS: Record<string, { allowed: readonly AuditState[]; step: Step<Audit> }> = {
  startAudit: { allowed: ['Allocated'], step: (a) => startAudit(a, auditor, { now }) },
  saveDraft: {
    allowed: ['Allocated', 'InProgress'],
    step: (a) => saveDraft(a, auditor, { draft: {}, now }),
  },
  submitAudit: {
    allowed: ['Allocated', 'InProgress'],
    step: (a) => {
      const r = submitAudit(a, auditor, { actions: [], noActionsNeeded: true, now });
      return r.ok ? { ok: true, value: { next: r.value.next.audit } } : r;
    },
  },
  shareGrade: {
    allowed: ['Submitted', 'Agreed', 'Disagreed', 'Resolved', 'ActionsOpen', 'Closed'],
    step: (a) => shareGrade(a, auditor, { now }),
  },
  closeAudit: {
    allowed: ['Agreed', 'Resolved', 'ActionsOpen'],
    step: (a) => closeAuditIfDone(a, qa, { actions: [], now }),
  },
  acknowledgeAlert: {
    allowed: ['Submitted', 'Agreed', 'Disagreed', 'Resolved', 'ActionsOpen', 'Closed'],
    step: (a) => acknowledgeAlert({ ...a, alertRaisedAt: now }, tm, { now }),
  },
};

/** Who makes each step in these tests: the person the permission matrix allows. */
const ACTORS: Record<string, Actor> = {
  recordProgress: owner,
  markReviewedInSupervision: tm,
  completeAction: owner,
  verifyAction: qa,
  approveClosure: hos,
  returnClosure: hos,
  recordNotCompleted: qa,
  startAudit: auditor,
  saveDraft: auditor,
  submitAudit: auditor,
  shareGrade: auditor,
  acknowledgeAlert: tm,
};

describe('the action state machine', () => {
  it('refuses every transition from a state it does not start from, naming the state', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.keys(ACTION_STEPS)),
        fc.constantFrom(...ACTION_STATES),
        (name, state) => {
          const { allowed, step } = ACTION_STEPS[name];
          const result = step(anAction({ state }));
          if (allowed.includes(state)) return result.ok;
          return (
            !result.ok &&
            result.error.reason === 'invalid-state' &&
            result.error.message.includes(STATE_LABELS[state].toLowerCase())
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it('refuses any transition applied twice with the same input', () => {
    for (const [name, { allowed, step }] of Object.entries(ACTION_STEPS)) {
      const first = step(anAction({ state: allowed[0] }));
      expect(first.ok, name).toBe(true);
      if (!first.ok) continue;
      const second = step(first.value.next);
      expect(!second.ok && second.error.reason, name).toBe('invalid-state');
    }
  });
});

describe('what the tab offers', () => {
  it('offers an action step in exactly the states where it would be accepted', () => {
    for (const [name, { step }] of Object.entries(ACTION_STEPS)) {
      for (const state of ACTION_STATES) {
        const action = anAction({ state });
        const offered = allowedOnAction(ACTORS[name], action, {}).includes(name as never);
        expect([name, state, offered]).toEqual([name, state, step(action).ok]);
      }
    }
  });

  it('offers an audit step in exactly the states where it would be accepted', () => {
    for (const [name, { step }] of Object.entries(AUDIT_STEPS)) {
      if (name === 'closeAudit') continue; // the service's own step, never offered
      for (const state of AUDIT_STATES) {
        const base =
          state === 'Allocated' || state === 'InProgress'
            ? aCompletedDraft({ state })
            : aSubmittedAudit({ state });
        const audit = name === 'acknowledgeAlert' ? { ...base, alertRaisedAt: now } : base;
        const offered = allowedOnAudit(ACTORS[name], audit).includes(name as never);
        expect([name, state, offered]).toEqual([name, state, step(audit).ok]);
      }
    }
  });
});

describe('the audit state machine', () => {
  const inState = (state: AuditState): Audit =>
    state === 'Allocated' || state === 'InProgress'
      ? aCompletedDraft({ state })
      : aSubmittedAudit({ state });

  it('refuses every transition from a state it does not start from, naming the state', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.keys(AUDIT_STEPS)),
        fc.constantFrom(...AUDIT_STATES),
        (name, state) => {
          const { allowed, step } = AUDIT_STEPS[name];
          const result = step(inState(state));
          if (allowed.includes(state)) return result.ok;
          return (
            !result.ok &&
            result.error.reason === 'invalid-state' &&
            result.error.message.includes(STATE_LABELS[state].toLowerCase())
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it('refuses state-changing transitions applied twice', () => {
    for (const name of ['startAudit', 'submitAudit', 'shareGrade', 'closeAudit']) {
      const { allowed, step } = AUDIT_STEPS[name];
      const first = step(inState(allowed[0]));
      expect(first.ok, name).toBe(true);
      if (!first.ok) continue;
      const second = step(first.value.next);
      expect(!second.ok && second.error.reason, name).toBe('invalid-state');
    }
  });
});
