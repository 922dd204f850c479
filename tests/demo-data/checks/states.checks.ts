/** Where audits and actions have got to, through the real lifecycle: run over any demo data. */
import { expect, it } from 'vitest';
import type { DemoData } from '../../../src/demo-data/generate';
import { RESTING_AUDIT_STATES } from '../../../src/demo-data/targets';
import { addDays } from '../../../src/domain/lifecycle';
import type { Audit, Grade } from '../../../src/domain/records';
import { ACTION_STATES, AREAS, gradeRank } from '../../../src/domain/records';
import { countBy, isUnfinished } from '../fixture';

export const statesChecks = (data: DemoData, today: string): void => {
  const staff = new Map(data.staff.map((s) => [s.id, s]));
  const audits = new Map(data.audits.map((a) => [a.id, a]));
  const graded = data.audits.filter(
    (a): a is Audit & { overallGrade: Grade } => a.overallGrade !== null,
  );

  it('has audits in every state they can rest in and actions in every state', () => {
    expect(new Set(data.audits.map((a) => a.state))).toEqual(new Set(RESTING_AUDIT_STATES));
    expect(new Set(data.actions.map((a) => a.state))).toEqual(new Set(ACTION_STATES));
    expect(new Set(data.moderations.map((m) => m.state))).toEqual(
      new Set(['Agreed', 'Disagreed', 'Resolved']),
    );
  });

  it('keeps the current cycle mostly allocated or in progress, with a few submitted', () => {
    const current = data.cycles.filter((c) => c.kind === 'CaseFileAudit').at(-1);
    const inCurrent = data.audits.filter((a) => a.cycleId === current?.id);
    const states = countBy(inCurrent, (a) => a.state);
    const early = (states.get('Allocated') ?? 0) + (states.get('InProgress') ?? 0);
    expect(early / inCurrent.length).toBeGreaterThan(0.7);
    expect(states.get('Submitted') ?? 0).toBeGreaterThan(0);
  });

  it('has some unfinished actions overdue and some due in the coming week', () => {
    const unfinished = data.actions.filter(isUnfinished);
    expect(unfinished.filter((a) => a.dueDate < today).length).toBeGreaterThan(5);
    const soon = unfinished.filter((a) => a.dueDate >= today && a.dueDate <= addDays(today, 7));
    expect(soon.length).toBeGreaterThan(0);
    for (const action of data.actions) {
      if (action.escalation !== 'None') expect(action.dueDate < today).toBe(true);
    }
  });

  it('never has a team manager audit a case of their own team, nor anyone their own case', () => {
    for (const audit of data.audits) {
      const auditor = staff.get(audit.auditorId);
      expect(auditor).toBeDefined();
      expect(auditor?.teamId).not.toBe(audit.teamId);
      expect(audit.auditorId).not.toBe(audit.workerId);
      expect(audit.moderatorId).not.toBe(audit.auditorId);
    }
  });

  it('gives every action an owner who exists: the allocated worker or the team manager', () => {
    for (const action of data.actions) {
      const audit = audits.get(action.auditId);
      expect(staff.has(action.ownerId)).toBe(true);
      expect([audit?.workerId, audit?.teamManagerId]).toContain(action.ownerId);
      expect(action.createdAt).toBe(audit?.submittedAt);
      expect(action.dueDate >= action.createdAt.slice(0, 10)).toBe(true);
    }
    for (const m of data.moderations) {
      expect(audits.get(m.auditId)?.moderatorId).toBe(m.moderatorId);
    }
  });

  it('grades roughly 10% Outstanding, 50% Good, 30% RI, 10% Inadequate', () => {
    const share = (grade: string) =>
      graded.filter((a) => a.overallGrade === grade).length / graded.length;
    expect(share('Outstanding')).toBeGreaterThan(0.04);
    expect(share('Outstanding')).toBeLessThan(0.18);
    expect(share('Good')).toBeGreaterThan(0.4);
    expect(share('Good')).toBeLessThan(0.6);
    expect(share('Requires improvement to be good')).toBeGreaterThan(0.2);
    expect(share('Requires improvement to be good')).toBeLessThan(0.4);
    expect(share('Inadequate')).toBeGreaterThan(0.04);
    expect(share('Inadequate')).toBeLessThan(0.18);
  });

  it('correlates the area grades with the overall grade', () => {
    let same = 0;
    let far = 0;
    for (const audit of graded) {
      for (const area of AREAS) {
        const grade = audit.areas[area].grade;
        if (grade === null) throw new Error('ungraded area');
        const gap = Math.abs(gradeRank(grade) - gradeRank(audit.overallGrade));
        if (gap > 1) far++;
        if (gap === 0) same++;
      }
    }
    expect(far).toBe(0);
    expect(same / (graded.length * AREAS.length)).toBeGreaterThan(0.5);
  });

  it('moderates every Outstanding and Inadequate grade; disagreements one step away', () => {
    for (const audit of graded) {
      if (audit.overallGrade === 'Outstanding' || audit.overallGrade === 'Inadequate') {
        expect(audit.moderatorId).not.toBeNull();
      }
    }
    for (const m of data.moderations) {
      if (m.moderatedGrade === null) throw new Error('moderation without a grade');
      const gap = Math.abs(gradeRank(m.moderatedGrade) - gradeRank(m.auditorGrade));
      expect(gap).toBe(m.state === 'Agreed' ? 0 : 1);
      expect(audits.get(m.auditId)?.overallGrade).toBe(m.auditorGrade);
    }
    const agreed = data.moderations.filter((m) => m.state === 'Agreed').length;
    expect(agreed / data.moderations.length).toBeGreaterThan(0.6);
  });

  it('keeps every timestamp in order and never after today', () => {
    const end = `${today}T23:59:59Z`;
    const wrong: string[] = [];
    const check = (ok: boolean, what: string) => {
      if (!ok) wrong.push(what);
    };
    for (const a of data.audits) {
      for (const t of [a.submittedAt, a.moderatedAt, a.closedAt]) {
        if (t !== null) check(t <= end && t >= a.allocatedOn, `${a.id} ${t}`);
      }
      if (a.submittedAt !== null && a.moderatedAt !== null) {
        check(a.moderatedAt >= a.submittedAt, `${a.id} moderated before submitted`);
      }
    }
    for (const action of data.actions) {
      const times = [
        action.createdAt,
        ...action.progress.map((p) => p.at),
        action.completedAt,
        action.verifiedAt,
        action.closedAt,
      ].filter((t): t is string => t !== null);
      for (const t of times) check(t >= action.createdAt && t <= end, `${action.id} ${t}`);
      for (const review of action.supervisionReviews) {
        check(review.date <= today, `${action.id} reviewed ${review.date}`);
      }
    }
    expect(wrong).toEqual([]);
  });
};
