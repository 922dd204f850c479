/** The council size's counts (the minimums the benchmarks need) and a realistic spread. */
import { expect, it } from 'vitest';
import type { DemoData } from '../../../src/demo-data/generate';
import { addDays } from '../../../src/domain/lifecycle';
import { FEEDBACK_SOURCES, isFinishedAction, SENTIMENTS } from '../../../src/domain/records';
import { countBy } from '../fixture';

const statesOf = (records: readonly { state: string }[]): Set<string> =>
  new Set(records.map((r) => r.state));

export const councilCountsChecks = (data: DemoData, today: string): void => {
  const sixWeekly = data.cycles.filter((c) => c.kind === 'CaseFileAudit');
  const submitted = data.audits.filter((a) => a.submittedAt !== null);
  const inCycle = (cycleId: string | undefined) => data.audits.filter((a) => a.cycleId === cycleId);

  it('has at least 300 staff in 6 service areas and 54 teams, every post filled', () => {
    expect(data.staff.length).toBeGreaterThanOrEqual(300);
    expect(data.serviceAreas).toHaveLength(6);
    expect(data.teams).toHaveLength(54);
    const roles = countBy(data.staff, (s) => s.role);
    expect(roles.get('TeamManager')).toBe(54);
    expect(roles.get('HeadOfService')).toBe(6);
    expect(roles.get('QALead')).toBe(4);
    expect(roles.get('Practitioner') ?? 0).toBeGreaterThanOrEqual(270);
  });

  it('has at least 12,000 open cases, and some closed', () => {
    const open = data.cases.filter((c) => c.open).length;
    expect(open).toBeGreaterThanOrEqual(12_000);
    expect(data.cases.length).toBeGreaterThan(open);
  });

  it('has several years of six-weekly cycles, thematic audits and dip samples among them', () => {
    expect(sixWeekly.length).toBeGreaterThanOrEqual(36);
    expect(sixWeekly[0].startDate <= addDays(today, -4 * 365)).toBe(true);
    sixWeekly.slice(1).forEach((c, i) => {
      expect((Date.parse(c.startDate) - Date.parse(sixWeekly[i].startDate)) / 86_400_000).toBe(42);
    });
    const current = sixWeekly.at(-1);
    expect(current !== undefined && current.startDate <= today && today <= current.endDate).toBe(
      true,
    );
    expect(data.cycles.filter((c) => c.kind === 'Thematic').length).toBeGreaterThanOrEqual(6);
    const dips = data.cycles.filter((c) => c.kind === 'DipSample').map((c) => c.id);
    expect(dips.length).toBeGreaterThanOrEqual(6);
    const dipAreas = new Set(
      data.audits.filter((a) => dips.includes(a.cycleId)).map((a) => a.serviceAreaId),
    );
    expect(dipAreas.size).toBe(6);
  });

  it('has at least 10,000 audits and 50,000 actions, about five an audit', () => {
    expect(data.audits.length).toBeGreaterThanOrEqual(10_000);
    expect(data.actions.length).toBeGreaterThanOrEqual(50_000);
    const perAudit = data.actions.length / submitted.length;
    expect(perAudit).toBeGreaterThan(4);
    expect(perAudit).toBeLessThan(7);
  });

  it('has the current and the last cycle at every stage, and old audits mostly closed', () => {
    expect(statesOf(inCycle(sixWeekly.at(-1)?.id))).toEqual(
      new Set(['Allocated', 'InProgress', 'Submitted']),
    );
    expect(statesOf(inCycle(sixWeekly.at(-2)?.id))).toEqual(
      new Set(['Submitted', 'Disagreed', 'ActionsOpen', 'Closed']),
    );
    const yearAgo = addDays(today, -365);
    const old = new Set(sixWeekly.filter((c) => c.endDate < yearAgo).map((c) => c.id));
    const oldAudits = data.audits.filter((a) => old.has(a.cycleId));
    const oldActions = data.actions.filter((a) => old.has(a.cycleId));
    expect(oldAudits.filter((a) => a.state === 'Closed').length / oldAudits.length).toBeGreaterThan(
      0.95,
    );
    expect(oldActions.filter(isFinishedAction).length / oldActions.length).toBeGreaterThan(0.95);
    expect(oldAudits.some((a) => a.state === 'ActionsOpen')).toBe(true);
  });

  it('moderates a proportionate share, with disagreements answered and resolved', () => {
    const share = data.moderations.length / submitted.length;
    expect(share).toBeGreaterThan(0.25);
    expect(share).toBeLessThan(0.6);
    const disagreed = data.moderations.filter((m) => m.state !== 'Agreed').length;
    expect(disagreed / data.moderations.length).toBeGreaterThan(0.05);
    expect(disagreed / data.moderations.length).toBeLessThan(0.25);
    expect(new Set(data.moderations.map((m) => m.auditorResponse))).toEqual(
      new Set(['None', 'Acknowledged', 'DiscussionProposed']),
    );
  });

  it('raises Inadequate alerts in proportion, almost all acknowledged, a few recent waiting', () => {
    const raised = data.audits.filter((a) => a.alertRaisedAt !== null);
    expect(raised.length / submitted.length).toBeGreaterThan(0.05);
    expect(raised.length / submitted.length).toBeLessThan(0.2);
    const waiting = raised.filter((a) => a.alertAcknowledgedAt === null);
    expect(waiting.length).toBeGreaterThan(0);
    expect(waiting.length / raised.length).toBeLessThan(0.05);
  });

  it('has feedback from every source with every sentiment, and observations over the years', () => {
    expect(data.feedback.length).toBeGreaterThanOrEqual(2000);
    expect(countBy(data.feedback, (f) => `${f.source}/${f.sentiment}`).size).toBe(
      FEEDBACK_SOURCES.length * SENTIMENTS.length,
    );
    expect(data.observations.length).toBeGreaterThanOrEqual(500);
    const practiceWeek = data.observations.filter((o) => o.setting === 'PracticeWeek');
    expect(practiceWeek.length).toBeGreaterThan(data.observations.length / 2);
    const weeks = new Set(practiceWeek.map((o) => o.observedOn.slice(0, 7)));
    expect(weeks.size).toBeGreaterThanOrEqual(8);
  });
};
