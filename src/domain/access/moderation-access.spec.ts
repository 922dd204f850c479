import { describe, expect, it } from 'vitest';
import { anActor, anAudit, OTHER_SERVICE, OTHER_TEAM, STAFF } from '../fixtures/builders';
import { canViewModeration, isModerationParty } from './moderation-access';

const disagreed = anAudit({ state: 'Disagreed', overallGrade: 'Good' });
const auditor = anActor('TeamManager', { id: STAFF.auditor, teamId: OTHER_TEAM });
const moderator = anActor('HeadOfService', { id: STAFF.moderator, serviceAreaId: OTHER_SERVICE });
const teamManager = anActor('TeamManager', { id: STAFF.teamManager });
const worker = anActor('Practitioner', { id: STAFF.worker });
const stranger = anActor('Practitioner', { id: 'staff-sw-stranger', teamId: OTHER_TEAM });

describe('who may see a moderation', () => {
  it('the auditor, the moderator and those who may see the audit and its grade', () => {
    for (const actor of [auditor, moderator, teamManager, anActor('QALead')]) {
      expect(canViewModeration(actor, disagreed)).toBe(true);
    }
  });

  it('not the allocated worker before the grade is shared, nor someone with no part in it', () => {
    expect(canViewModeration(worker, disagreed)).toBe(false);
    expect(canViewModeration(worker, { ...disagreed, gradeSharedOn: '2025-04-01' })).toBe(true);
    expect(canViewModeration(stranger, disagreed)).toBe(false);
  });
});

describe('who a disagreement is between', () => {
  it('the auditor and the moderator, and nobody else who may see it', () => {
    expect(isModerationParty(auditor, disagreed)).toBe(true);
    expect(isModerationParty(moderator, disagreed)).toBe(true);
    expect(isModerationParty(teamManager, disagreed)).toBe(false);
    expect(isModerationParty(anActor('QALead'), disagreed)).toBe(false);
  });

  it('as the audit stands now: a moderator replaced on the audit is no longer one', () => {
    expect(isModerationParty(moderator, { ...disagreed, moderatorId: 'staff-hos-other' })).toBe(
      false,
    );
  });
});
