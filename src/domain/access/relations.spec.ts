import { describe, it, expect } from 'vitest';
import { anAction, anActor, anAudit, OTHER_SERVICE, OTHER_TEAM, STAFF } from '../fixtures/builders';
import { can } from './can';
import { canView } from './can-view';
import { partiesOf, relationsTo } from './relations';

const sorted = (set: ReadonlySet<string>): string[] => [...set].sort();

describe('relationsTo', () => {
  it('finds the auditor, who is also in the team and the service', () => {
    const auditor = anActor('TeamManager', { id: STAFF.auditor, teamId: OTHER_TEAM });
    expect(sorted(relationsTo(auditor, anAudit()))).toEqual(['Auditor', 'SameService']);
  });

  it('finds the allocated worker and their team', () => {
    const worker = anActor('Practitioner', { id: STAFF.worker });
    expect(sorted(relationsTo(worker, anAudit()))).toEqual([
      'AllocatedWorker',
      'SameService',
      'SameTeam',
    ]);
  });

  it("makes a team manager of the case's team its team manager", () => {
    expect(relationsTo(anActor('TeamManager'), anAudit()).has('TeamManagerOfTeam')).toBe(true);
    expect(relationsTo(anActor('Practitioner'), anAudit()).has('TeamManagerOfTeam')).toBe(false);
  });

  it('finds the moderator and contributors', () => {
    const audit = anAudit({ contributorIds: ['staff-iro-1'] });
    const iro = anActor('Practitioner', { id: 'staff-iro-1', teamId: null, serviceAreaId: null });
    expect(sorted(relationsTo(iro, audit))).toEqual(['Contributor']);
    const moderator = anActor('HeadOfService', {
      id: STAFF.moderator,
      serviceAreaId: OTHER_SERVICE,
    });
    expect(sorted(relationsTo(moderator, audit))).toEqual(['Moderator']);
  });

  it("finds the action's owner, and the allocated worker when the audit's parties are given", () => {
    const owner = anActor('Practitioner', { id: 'staff-sw-other', teamId: OTHER_TEAM });
    const action = anAction({ ownerId: 'staff-sw-other' });
    expect(sorted(relationsTo(owner, action))).toEqual(['ActionOwner', 'SameService']);
    const worker = anActor('Practitioner', { id: STAFF.worker, teamId: null, serviceAreaId: null });
    expect(relationsTo(worker, action, { workerId: STAFF.worker }).has('AllocatedWorker')).toBe(
      true,
    );
    expect(relationsTo(worker, action).has('AllocatedWorker')).toBe(false);
  });

  it('finds no relation for a stranger', () => {
    const stranger = anActor('Practitioner', {
      id: 'x',
      teamId: OTHER_TEAM,
      serviceAreaId: OTHER_SERVICE,
    });
    expect(relationsTo(stranger, anAudit()).size).toBe(0);
    expect(relationsTo(stranger, anAction()).size).toBe(0);
  });
});

describe('the parties an action inherits from its audit', () => {
  it('lets the auditor and the moderator of the audit read its actions, without acting on them', () => {
    const audit = anAudit({ auditorId: 'auditor-1', moderatorId: 'moderator-1' });
    const action = anAction({ auditId: audit.id, ownerId: 'someone-else' });
    const auditor = anActor('TeamManager', { id: 'auditor-1', teamId: 'other-team' });
    const relations = relationsTo(auditor, action, partiesOf(audit));
    expect(relations.has('Auditor')).toBe(true);
    expect(canView(auditor, action, partiesOf(audit))).toBe(true);
    expect(canView(auditor, action)).toBe(false);
    expect(can(auditor, 'completeAction', relations)).toBe(false);
  });
});
