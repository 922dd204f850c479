import { describe, it, expect } from 'vitest';
import { anActor } from '../fixtures/builders';
import { SYSTEM_ACTOR_ID } from '../records/actor';
import { ROLES } from '../records/staff';
import type { Role } from '../records/staff';
import { can } from './can';
import { RELATIONS } from './relations';
import type { Relation } from './relations';
import { TRANSITIONS } from './transitions';
import type { TransitionName } from './transitions';

/**
 * Written by hand from the brief and DESIGN.md, independently of PERMISSIONS:
 * 'Role:Relation' may make the transition; 'Role:*' may whatever the relation (even none).
 */
const OPS = ['Practitioner', 'TeamManager', 'HeadOfService', 'PrincipalSocialWorker', 'QALead'];
const each = (relation: string, roles: readonly string[] = OPS): string[] =>
  roles.map((role) => `${role}:${relation}`);

const EXPECTED: Record<TransitionName, readonly string[]> = {
  allocate: ['QALead:*'],
  reallocate: ['QALead:*'],
  assignModerator: ['QALead:*'],
  startAudit: each('Auditor'),
  saveDraft: each('Auditor'),
  addWorkerFeedback: each('AllocatedWorker'),
  addContributor: [...each('Auditor'), 'QALead:*'],
  submitAudit: each('Auditor'),
  shareGrade: each('Auditor'),
  moderate: ['HeadOfService:Moderator', 'PrincipalSocialWorker:Moderator', 'QALead:Moderator'],
  resolveDisagreement: [
    ...each('Auditor'),
    'HeadOfService:Moderator',
    'PrincipalSocialWorker:Moderator',
    'QALead:Moderator',
  ],
  respondToModeration: each('Auditor'),
  scoreAuditQuality: ['HeadOfService:Moderator', 'PrincipalSocialWorker:Moderator', 'QALead:*'],
  acknowledgeAlert: ['TeamManager:TeamManagerOfTeam', 'HeadOfService:SameService'],
  completeWithoutModeration: ['QALead:*'],
  closeAudit: ['QALead:*'],
  recordProgress: [
    ...each('ActionOwner'),
    ...each('AllocatedWorker'),
    'TeamManager:TeamManagerOfTeam',
  ],
  markReviewedInSupervision: ['TeamManager:TeamManagerOfTeam'],
  completeAction: [
    ...each('ActionOwner'),
    ...each('AllocatedWorker'),
    'TeamManager:TeamManagerOfTeam',
  ],
  verifyAction: ['QALead:*'],
  approveClosure: ['HeadOfService:SameService'],
  returnClosure: ['HeadOfService:SameService'],
  recordNotCompleted: ['QALead:*'],
  importRegister: ['QALead:*'],
};

const expected = (role: Role, transition: TransitionName, relation: Relation | 'None'): boolean =>
  EXPECTED[transition].includes(`${role}:*`) ||
  EXPECTED[transition].includes(`${role}:${relation}`);

const cases = TRANSITIONS.flatMap((transition) =>
  ROLES.flatMap((role) =>
    [...RELATIONS, 'None' as const].map((relation) => ({
      transition,
      role,
      relation,
      allowed: expected(role, transition, relation),
    })),
  ),
);

describe('the permission matrix', () => {
  it('covers every role, transition and relation', () => {
    expect(cases).toHaveLength(ROLES.length * TRANSITIONS.length * (RELATIONS.length + 1));
  });

  it.each(cases)(
    '$role with relation $relation: $transition allowed = $allowed',
    ({ transition, role, relation, allowed }) => {
      const relations = new Set<Relation>(relation === 'None' ? [] : [relation]);
      expect(can(anActor(role), transition, relations)).toBe(allowed);
    },
  );

  it('gives assistant directors and the director no transition at all', () => {
    for (const role of ['AssistantDirector', 'Director'] as const) {
      for (const transition of TRANSITIONS) {
        expect(can(anActor(role), transition, new Set(RELATIONS))).toBe(false);
      }
    }
  });

  it('lets the system actor only complete unmoderated audits and close finished ones', () => {
    const system = anActor('QALead', { id: SYSTEM_ACTOR_ID });
    const allowed = TRANSITIONS.filter((t) => can(system, t, new Set(RELATIONS)));
    expect(allowed).toEqual(['completeWithoutModeration', 'closeAudit']);
  });
});
