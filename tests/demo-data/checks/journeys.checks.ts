/**
 * The domain as it now is: audits move on after review in the same write, the loop closes the
 * audit, alerts are acknowledged by those the matrix allows, disagreements are answered, and
 * nobody checks their own work. Run over any demo data.
 */
import { expect, it } from 'vitest';
import type { DemoData } from '../../../src/demo-data/generate';
import { isFinishedAction } from '../../../src/domain/records';
import type { Action } from '../../../src/domain/records';

/** Collects what is wrong, so a failure lists every offending record at once. */
const problems = () => {
  const found: string[] = [];
  return { found, check: (ok: boolean, what: string) => (ok ? undefined : found.push(what)) };
};

export const journeysChecks = (data: DemoData): void => {
  const staff = new Map(data.staff.map((s) => [s.id, s]));
  const audits = new Map(data.audits.map((a) => [a.id, a]));
  const actionsOf = new Map<string, Action[]>();
  for (const a of data.actions) {
    const list = actionsOf.get(a.auditId);
    if (list === undefined) actionsOf.set(a.auditId, [a]);
    else list.push(a);
  }
  const moderationOf = new Map(data.moderations.map((m) => [m.auditId, m]));

  it('never leaves an audit in Agreed or Resolved: it moves on in the same write', () => {
    expect(data.audits.filter((a) => a.state === 'Agreed' || a.state === 'Resolved')).toEqual([]);
    const { found, check } = problems();
    for (const m of data.moderations) {
      const audit = audits.get(m.auditId);
      if (m.state === 'Agreed' || m.state === 'Resolved') {
        check(audit?.state === 'ActionsOpen' || audit?.state === 'Closed', m.auditId);
      } else check(audit?.state === 'Disagreed', `${m.auditId} is ${String(audit?.state)}`);
    }
    expect(found).toEqual([]);
  });

  it('keeps an audit ActionsOpen while an action is open, and closes it with its last one', () => {
    const { found, check } = problems();
    for (const audit of data.audits) {
      const actions = actionsOf.get(audit.id) ?? [];
      const open = actions.filter((a) => !isFinishedAction(a)).length;
      if (audit.state === 'ActionsOpen') check(open > 0, `${audit.id} has no open action`);
      if (audit.state !== 'Closed') continue;
      check(open === 0, `${audit.id} is closed with ${String(open)} open`);
      check(audit.closedAt !== null, `${audit.id} has no closedAt`);
      const lastStep = [audit.moderatedAt, moderationOf.get(audit.id)?.resolvedAt ?? null]
        .filter((t): t is string => t !== null)
        .sort()
        .at(-1);
      if (lastStep !== undefined) check((audit.closedAt ?? '') >= lastStep, `${audit.id} early`);
      for (const a of actions) {
        if (a.closedAt !== null) check((audit.closedAt ?? '') >= a.closedAt, `${audit.id} early`);
      }
    }
    expect(found).toEqual([]);
  });

  it('has nobody verify or approve an action they own or completed', () => {
    const { found, check } = problems();
    for (const a of data.actions) {
      const did = [a.ownerId, a.completedById];
      if (a.verifiedById !== null) check(!did.includes(a.verifiedById), `${a.id} verified`);
      if (a.closedById !== null) {
        check(![...did, a.verifiedById].includes(a.closedById), `${a.id} closed`);
        check(staff.get(a.closedById)?.serviceAreaId === a.serviceAreaId, `${a.id} approver`);
      }
      if (a.completedById !== null) check(a.completedById === a.ownerId, `${a.id} completed`);
      if (a.verifiedById !== null) {
        check(staff.get(a.verifiedById)?.role === 'QALead', `${a.id} verifier`);
      }
    }
    expect(found).toEqual([]);
  });

  it('raises the Inadequate alert, acknowledged once by the head of service or team manager', () => {
    const { found, check } = problems();
    for (const a of data.audits) {
      const moderation = moderationOf.get(a.id);
      const inadequate =
        (a.overallGrade === 'Inadequate' && a.submittedAt !== null) ||
        (moderation?.state !== 'Agreed' && moderation?.moderatedGrade === 'Inadequate');
      check(inadequate === (a.alertRaisedAt !== null), `${a.id} alert`);
      if (a.alertAcknowledgedAt === null) {
        check(a.alertAcknowledgedById === null, `${a.id} acknowledger`);
        continue;
      }
      check((a.alertRaisedAt ?? '~') <= a.alertAcknowledgedAt, `${a.id} acknowledged early`);
      const by = staff.get(a.alertAcknowledgedById ?? '');
      const allowed =
        (by?.role === 'HeadOfService' && by.serviceAreaId === a.serviceAreaId) ||
        (by?.role === 'TeamManager' && by.teamId === a.teamId);
      check(allowed, `${a.id} acknowledged by ${String(by?.role)}`);
    }
    const raised = data.audits.filter((a) => a.alertRaisedAt !== null);
    expect(raised.length).toBeGreaterThan(0);
    expect(raised.some((a) => a.alertAcknowledgedAt !== null)).toBe(true);
    expect(found).toEqual([]);
  });

  it('has the auditor answer disagreements: acknowledged, or a date proposed to talk', () => {
    const { found, check } = problems();
    for (const m of data.moderations) {
      if (m.auditorResponse === 'None') {
        check(m.respondedAt === null && m.discussionDate === null, `${m.id} unanswered`);
        continue;
      }
      check(m.state !== 'Agreed', `${m.id} answered an agreement`);
      check((m.moderatedAt ?? '~') <= (m.respondedAt ?? ''), `${m.id} answered early`);
      if (m.resolvedAt !== null) check((m.respondedAt ?? '~') <= m.resolvedAt, `${m.id} late`);
      const proposed = m.auditorResponse === 'DiscussionProposed';
      check(proposed === (m.discussionDate !== null), `${m.id} discussion date`);
      if (m.discussionDate !== null) {
        check(m.discussionDate >= (m.respondedAt ?? '').slice(0, 10), `${m.id} date past`);
      }
    }
    expect(found).toEqual([]);
  });

  it('scores the quality of most moderated audits, by their moderator, when they moderated', () => {
    const { found, check } = problems();
    const scored = data.moderations.filter((m) => m.auditQuality !== null);
    for (const m of scored) {
      check(m.auditQuality?.scoredById === m.moderatorId, `${m.id} scored by someone else`);
      check(m.auditQuality?.scoredAt === m.moderatedAt, `${m.id} scored apart from moderating`);
    }
    expect(scored.length).toBeGreaterThan(data.moderations.length / 2);
    expect(found).toEqual([]);
  });
};
