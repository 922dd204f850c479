import { describe, it, expect } from 'vitest';
import { anAction, anActor, anAudit, OTHER_SERVICE, OTHER_TEAM, STAFF } from '../fixtures/builders';
import { canView } from './can-view';
import { canSeeGrade, redactAudit, visibilityOf } from './visible-fields';

const submitted = anAudit({ state: 'Submitted', overallGrade: 'Good', rationale: 'Clear impact.' });
const worker = anActor('Practitioner', { id: STAFF.worker });
const colleague = anActor('Practitioner', { id: 'staff-sw-colleague' });

describe('canView', () => {
  it('lets a practitioner see audits of their own cases but not a colleague’s', () => {
    expect(canView(worker, submitted)).toBe(true);
    expect(canView(colleague, submitted)).toBe(false);
  });

  it('lets a practitioner see their own actions only', () => {
    expect(canView(worker, anAction())).toBe(true);
    expect(canView(colleague, anAction())).toBe(false);
  });

  it("lets a team manager see their team's audits and audits allocated to them elsewhere", () => {
    expect(canView(anActor('TeamManager'), submitted)).toBe(true);
    const otherTm = anActor('TeamManager', { teamId: OTHER_TEAM });
    expect(canView(otherTm, submitted)).toBe(false);
    expect(canView({ ...otherTm, id: STAFF.auditor }, submitted)).toBe(true);
  });

  it("lets a head of service see their service's records and their moderation queue", () => {
    expect(canView(anActor('HeadOfService'), submitted)).toBe(true);
    const elsewhere = anActor('HeadOfService', { serviceAreaId: OTHER_SERVICE });
    expect(canView(elsewhere, submitted)).toBe(false);
    expect(canView({ ...elsewhere, id: STAFF.moderator }, submitted)).toBe(true);
    expect(canView(elsewhere, anAction())).toBe(false);
  });

  it('lets the QA lead, PSW, assistant director and director see the whole service', () => {
    for (const role of [
      'QALead',
      'PrincipalSocialWorker',
      'AssistantDirector',
      'Director',
    ] as const) {
      const actor = anActor(role, { serviceAreaId: OTHER_SERVICE });
      expect(canView(actor, submitted)).toBe(true);
      expect(canView(actor, anAction())).toBe(true);
    }
  });

  it('lets a contributor see the audit they contribute to', () => {
    const iro = anActor('Practitioner', { id: 'staff-iro-1', teamId: null, serviceAreaId: null });
    expect(canView(iro, anAudit({ contributorIds: ['staff-iro-1'] }))).toBe(true);
  });
});

describe('grade visibility', () => {
  it('hides the grade and rationale from the worker until the grade is shared', () => {
    expect(visibilityOf(worker, submitted)).toBe('withoutGrade');
    const redacted = redactAudit(worker, submitted);
    expect(redacted?.overallGrade).toBeNull();
    expect(redacted?.rationale).toBe('');
    expect(Object.values(redacted?.areas ?? {}).every((a) => a.grade === null)).toBe(true);
  });

  it('shows the grade to the worker once the auditor has shared it', () => {
    const shared = { ...submitted, gradeSharedOn: '2025-03-21' };
    expect(canSeeGrade(worker, shared)).toBe(true);
    expect(redactAudit(worker, shared)).toBe(shared);
  });

  it('shows the grade to the auditor, moderator and team manager before sharing', () => {
    expect(canSeeGrade(anActor('TeamManager', { id: STAFF.auditor }), submitted)).toBe(true);
    expect(canSeeGrade(anActor('HeadOfService', { id: STAFF.moderator }), submitted)).toBe(true);
    expect(canSeeGrade(anActor('TeamManager'), submitted)).toBe(true);
  });

  it('gives nothing to someone who cannot see the audit', () => {
    expect(redactAudit(colleague, submitted)).toBeNull();
  });
});
