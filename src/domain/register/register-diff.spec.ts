import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COHORTS, type Case } from '../records/case';
import { diffRegister } from './register-diff';

const open = (caseNumber: string, over: Partial<Case> = {}): Case => ({
  caseNumber,
  teamId: 'team-1',
  serviceAreaId: 'svc-1',
  allocatedWorkerId: 'sw-1',
  cohort: 'ChildInNeed',
  open: true,
  ...over,
});
const names = (cases: readonly Case[]) => new Set(cases.map((c) => c.caseNumber));

describe('the diff of an export against the register', () => {
  it('adds new cases, updates changed ones naming the fields, closes absent ones', () => {
    const current = [
      open('CF-1'),
      open('CF-2'),
      open('CF-3'),
      open('CF-4', { open: false }),
      open('CF-5', { open: false }),
    ];
    const incoming = [
      open('CF-1'),
      open('CF-2', { allocatedWorkerId: 'sw-2', cohort: 'ChildProtection' }),
      open('CF-4'),
      open('CF-9'),
    ];
    const diff = diffRegister(current, incoming, names(incoming));
    expect(diff.add.map((c) => c.caseNumber)).toEqual(['CF-9']);
    expect(diff.update.map((u) => [u.after.caseNumber, u.fields])).toEqual([
      ['CF-2', ['allocatedWorkerId', 'cohort']],
      ['CF-4', ['open']],
    ]);
    expect(diff.close).toEqual([open('CF-3', { open: false })]);
    expect(diff.unchanged).toBe(1);
  });

  it('never closes a case the export names on a row it could not take in', () => {
    const diff = diffRegister([open('CF-1')], [], new Set(['CF-1']));
    expect(diff.close).toEqual([]);
  });

  const caseArb = fc.record({
    caseNumber: fc.integer({ min: 1, max: 40 }).map((n) => `CF-${String(n)}`),
    teamId: fc.constantFrom('team-1', 'team-2'),
    serviceAreaId: fc.constant('svc-1'),
    allocatedWorkerId: fc.constantFrom('sw-1', 'sw-2', 'sw-3'),
    cohort: fc.constantFrom(...COHORTS),
    open: fc.boolean(),
  });
  const register = fc.uniqueArray(caseArb, { selector: (c) => c.caseNumber, maxLength: 30 });
  const exportOf = fc.uniqueArray(
    caseArb.map((c) => ({ ...c, open: true })),
    {
      selector: (c) => c.caseNumber,
      maxLength: 30,
    },
  );

  const apply = (current: readonly Case[], diff: ReturnType<typeof diffRegister>): Case[] => {
    const byNumber = new Map(current.map((c) => [c.caseNumber, c]));
    for (const c of [...diff.add, ...diff.update.map((u) => u.after), ...diff.close])
      byNumber.set(c.caseNumber, c);
    return [...byNumber.values()];
  };

  it('changes nothing when the same export is applied again', () => {
    fc.assert(
      fc.property(register, exportOf, (current, incoming) => {
        const after = apply(current, diffRegister(current, incoming, names(incoming)));
        const again = diffRegister(after, incoming, names(incoming));
        expect([again.add, again.update, again.close]).toEqual([[], [], []]);
        expect(again.unchanged).toBe(incoming.length);
      }),
    );
  });

  it('leaves open exactly the cases the export names', () => {
    fc.assert(
      fc.property(register, exportOf, (current, incoming) => {
        const after = apply(current, diffRegister(current, incoming, names(incoming)));
        expect(names(after.filter((c) => c.open))).toEqual(names(incoming));
      }),
    );
  });
});
