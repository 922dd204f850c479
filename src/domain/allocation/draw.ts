import { invalid } from '../errors';
import type { Allocation } from '../records/audit';
import type { Case } from '../records/case';
import type { Result } from '../result';
import { fail, ok } from '../result';
import { mulberry32 } from '../random/mulberry32';
import { shuffle } from '../random/shuffle';
import type { AllocationDraw, Exclusion, ReauditOutcome, StaffLoad } from './allocation-draw';
import { assignBalanced } from './balanced-assignment';
import { addDays } from '../calendar/calendar';
import type { DrawInput } from './draw-input';
import { drawSample } from './draw-sample';
import { reauditOfByCase } from './due-reaudits';
import { preferOwnHead } from './prefer-own-head';
import { replaceDropped } from './replace-dropped';
import { hasLowAgreement, selectForModeration } from './moderation-sample';
import { screenRegister } from './screen-register';
import { validateDrawInput } from './validate-draw-input';
import { activeAuditors, activeModerators, mayAudit, teamManagerOf } from './staff-pools';

const byCase = <T extends { caseNumber: string }>(a: T, b: T): number =>
  a.caseNumber < b.caseNumber ? -1 : a.caseNumber > b.caseNumber ? 1 : 0;

const loads = (ids: readonly string[], assigned: readonly string[]): StaffLoad[] =>
  ids.map((staffId) => ({ staffId, count: assigned.filter((id) => id === staffId).length }));

/**
 * The six-weekly allocation draw (section 7, step 1): cases chosen at random from the open-case
 * register, each given an auditor from another team and, for a random share, a moderator, with
 * timescales from the cycle's start. The same input, seed included, always gives the same draw.
 */
export const drawAllocation = (input: DrawInput): Result<AllocationDraw> => {
  const issues = validateDrawInput(input);
  if (issues.length > 0) return fail(invalid(issues));
  const { cycle, staff } = input;
  const rng = mulberry32(input.seed);
  const auditors = activeAuditors(staff);
  const moderators = activeModerators(staff);
  const reauditOf = reauditOfByCase(input.reaudits);
  const screened = screenRegister(input, input.teams, auditors, reauditOf);
  const total =
    input.sampleSize.kind === 'perAuditor'
      ? input.sampleSize.casesPerAuditor * auditors.length
      : input.sampleSize.totalCases;
  // Re-audits come first and count towards the sample; the rest is drawn at random.
  const must = screened.mustAudit;
  const random = drawSample(
    screened.eligible,
    Math.max(0, total - must.length),
    input.stratifyByCohort,
    rng,
  );
  const sample = must.length === 0 ? random : { ...random, drawn: [...must, ...random.drawn] };
  const auditorTeam = new Map(auditors.map((a) => [a.id, a]));
  const auditorOrder = shuffle(auditors, rng).map((a) => a.id);
  const mayTake = (c: Case, id: string): boolean => {
    const auditor = auditorTeam.get(id);
    return auditor !== undefined && mayAudit(auditor, c.teamId);
  };
  const replaced = replaceDropped(
    assignBalanced(sample.drawn, auditorOrder, mayTake),
    sample.notSampled,
    auditorOrder,
    mayTake,
    input.stratifyByCohort,
  );
  const audited = replaced.assignment;
  const replacementOf = new Map(replaced.replacements.map((r) => [r.dropped, r.replacement]));
  const toAllocation = (c: Case, auditorId: string): Allocation => ({
    cycleId: cycle.id,
    caseNumber: c.caseNumber,
    cohort: c.cohort,
    teamId: c.teamId,
    serviceAreaId: c.serviceAreaId,
    auditorId,
    workerId: c.allocatedWorkerId,
    teamManagerId: teamManagerOf(staff, c),
    moderatorId: null,
    allocatedOn: cycle.startDate,
    auditDue: addDays(cycle.startDate, cycle.timescales.auditDays),
    moderationDue: addDays(cycle.startDate, cycle.timescales.moderationDays),
    ...(reauditOf.has(c.caseNumber) ? { reauditOf: reauditOf.get(c.caseNumber) } : {}),
  });
  const unmoderated = audited.assigned.map(({ item, workerId }) => toAllocation(item, workerId));
  const toModerate = selectForModeration(unmoderated, input.moderation, rng);
  if (toModerate.length > 0 && moderators.length === 0) {
    return fail(
      invalid([{ field: 'staff', message: 'no active moderator for the moderation share' }]),
    );
  }
  const moderated = assignBalanced(
    toModerate,
    shuffle(moderators, rng).map((m) => m.id),
    (a, id) => id !== a.auditorId,
  );
  const moderatorOf = preferOwnHead(
    new Map(moderated.assigned.map((m) => [m.item.caseNumber, m.workerId])),
    unmoderated,
    moderators,
  );
  const allocations = unmoderated
    .map((a) => ({ ...a, moderatorId: moderatorOf.get(a.caseNumber) ?? null }))
    .sort(byCase);
  const excluded: Exclusion[] = [
    ...screened.excluded,
    ...audited.unassigned.map((c) => {
      const by = replacementOf.get(c.caseNumber);
      return {
        caseNumber: c.caseNumber,
        reason: 'auditor-load-limit' as const,
        detail: `No auditor outside team ${c.teamId} had room with loads kept within one${by === undefined ? ', and no case not drawn could take its place' : `; ${by}, not drawn at first, took its place`}.`,
      };
    }),
    ...replaced.pool.map((c) => ({
      caseNumber: c.caseNumber,
      reason: 'not-sampled' as const,
      detail: 'Eligible, not drawn this cycle.',
    })),
  ].sort(byCase);
  const auditorIds = allocations.map((a) => a.auditorId);
  return ok({
    seed: input.seed,
    cycleId: cycle.id,
    allocations,
    excluded,
    drawnByCohort: sample.drawnByCohort,
    replacements: replaced.replacements,
    moderatorShare: {
      allocated: allocations.length,
      moderated: moderatorOf.size,
      share: allocations.length === 0 ? 0 : moderatorOf.size / allocations.length,
      lowAgreementAuditorIds: auditors
        .map((a) => a.id)
        .filter((id) => hasLowAgreement(id, input.moderation)),
    },
    auditorLoads: loads(
      auditors.map((a) => a.id),
      auditorIds,
    ),
    moderatorLoads: loads(
      moderators.map((m) => m.id),
      [...moderatorOf.values()],
    ),
    reaudits: reauditOutcomes(input, allocations, excluded),
  });
};

/** What became of each re-audit asked for: allocated, not needed, or waiting (and why). */
const reauditOutcomes = (
  input: DrawInput,
  allocations: readonly { caseNumber: string }[],
  excluded: readonly Exclusion[],
): ReauditOutcome[] => {
  const allocated = new Set(allocations.map((a) => a.caseNumber));
  const open = new Set(input.register.filter((c) => c.open).map((c) => c.caseNumber));
  const exclusion = new Map(excluded.map((e) => [e.caseNumber, e]));
  return [...(input.reaudits ?? [])]
    .sort((a, b) => byCase(a, b) || (a.earlierAuditId < b.earlierAuditId ? -1 : 1))
    .map(({ caseNumber, earlierAuditId }): ReauditOutcome => {
      const base = { caseNumber, earlierAuditId };
      if (allocated.has(caseNumber)) {
        return { ...base, outcome: 'allocated', detail: `Re-audit of ${earlierAuditId}.` };
      }
      if (!open.has(caseNumber)) {
        return {
          ...base,
          outcome: 'not-open',
          detail: `The case is no longer open on the register: the re-audit of ${earlierAuditId} is not needed.`,
        };
      }
      return {
        ...base,
        outcome: 'not-allocated',
        detail: `Not allocated this cycle (${exclusion.get(caseNumber)?.detail ?? 'no auditor had room'}): the re-audit of ${earlierAuditId} waits for the next cycle.`,
      };
    });
};
