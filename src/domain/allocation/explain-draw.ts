import type { StaffMember } from '../records/staff';
import type { AllocationDraw } from './allocation-draw';
import type { ModerationRules } from './draw-input';
import { hasLowAgreement } from './moderation-sample';
import type { OnSubmitRules } from './on-submit';
import { DEFAULT_ON_SUBMIT_RULES } from './on-submit';
import { isOwnHead } from './prefer-own-head';

export const MODERATION_REASONS = ['all', 'share', 'low-agreement', 'on-submit-only'] as const;
export type ModerationReason = (typeof MODERATION_REASONS)[number];

/** Why one allocated case is (or is not yet) moderated, in words a QA lead can check. */
export interface CaseExplanation {
  readonly caseNumber: string;
  readonly moderated: boolean;
  readonly reason: ModerationReason;
  readonly detail: string;
  /** The earlier audit, when the case is drawn as its re-audit. */
  readonly reauditOf: string | null;
}

export interface DrawExplanation {
  /** The share asked for, 0..1. */
  readonly askedShare: number;
  /** The share moderated at allocation, 0..1. */
  readonly drawnShare: number;
  /** One sentence: what was asked, what the draw gives, and why. */
  readonly summary: string;
  readonly cases: readonly CaseExplanation[];
  /** One sentence per case dropped to balance auditor load, and what took its place. */
  readonly replacements: readonly string[];
  /** One sentence per re-audit asked for: allocated first, not needed, or waiting, and why. */
  readonly reaudits: readonly string[];
}

const withReaudit = (
  reauditOf: string | undefined,
  c: Omit<CaseExplanation, 'reauditOf'>,
): CaseExplanation =>
  reauditOf === undefined
    ? { ...c, reauditOf: null }
    : { ...c, reauditOf, detail: `Re-audit of ${reauditOf}, allocated first. ${c.detail}` };

const pct = (share: number): string => `${String(Math.round(share * 100))}%`;
const audits = (n: number): string => `${String(n)} audit${n === 1 ? '' : 's'}`;
const listed = (words: readonly string[], conjunction = 'and'): string =>
  words.length <= 1
    ? (words[0] ?? '')
    : `${words.slice(0, -1).join(', ')} ${conjunction} ${words.at(-1) ?? ''}`;

/**
 * Explains a draw's moderation figures case by case (section 7, step 4: the aim is every audit
 * moderated): the share asked, the larger share for auditors whose agreement with moderators is
 * low, the grades always moderated at submission, and which moderator is the case's own head of
 * service. Pure: the preview shows it, and so can a replay.
 */
export const explainDraw = (
  draw: AllocationDraw,
  rules: ModerationRules,
  staff: readonly StaffMember[],
  onSubmit: OnSubmitRules = DEFAULT_ON_SUBMIT_RULES,
): DrawExplanation => {
  const byId = new Map(staff.map((s) => [s.id, s]));
  const graded = listed(onSubmit.alwaysModerated, 'or');
  const threshold = pct(rules.lowAgreementThreshold);
  const cases = draw.allocations.map((a) => withReaudit(a.reauditOf, explainCase(a)));
  function explainCase(
    a: AllocationDraw['allocations'][number],
  ): Omit<CaseExplanation, 'reauditOf'> {
    const moderated = a.moderatorId !== null;
    const moderator = a.moderatorId === null ? undefined : byId.get(a.moderatorId);
    const who = isOwnHead(moderator, a) ? ' Moderated by the head of its own service.' : '';
    const rate = rules.auditorAgreement[a.auditorId];
    if (hasLowAgreement(a.auditorId, rules)) {
      return {
        caseNumber: a.caseNumber,
        moderated,
        reason: 'low-agreement',
        detail: `Its auditor's agreement with moderators is ${pct(rate ?? 0)}, below ${threshold}: ${pct(rules.lowAgreementShare)} of their audits are moderated.${who}`,
      };
    }
    if (rules.share >= 1) {
      return {
        caseNumber: a.caseNumber,
        moderated,
        reason: 'all',
        detail: `Every audit is moderated.${who}`,
      };
    }
    return moderated
      ? {
          caseNumber: a.caseNumber,
          moderated,
          reason: 'share',
          detail: `Drawn at random for the ${pct(rules.share)} moderated.${who}`,
        }
      : {
          caseNumber: a.caseNumber,
          moderated,
          reason: 'on-submit-only',
          detail: `Not drawn for moderation: it is moderated if graded ${graded}.`,
        };
  }
  const total = cases.length;
  const moderated = cases.filter((c) => c.moderated).length;
  const drawnShare = total === 0 ? 0 : moderated / total;
  const low = cases.filter((c) => c.reason === 'low-agreement');
  const lowAuditors = new Set(
    draw.allocations.filter((a) => hasLowAgreement(a.auditorId, rules)).map((a) => a.auditorId),
  ).size;
  const because: string[] = [];
  if (low.length > 0) {
    const n = low.filter((c) => c.moderated).length;
    const whose = `${String(lowAuditors)} auditor${lowAuditors === 1 ? '' : 's'}`;
    because.push(
      `${audits(n)} by the ${whose} whose agreement with moderators is below ${threshold} ${n === 1 ? 'is' : 'are'} moderated at ${pct(rules.lowAgreementShare)}`,
    );
  }
  if (rules.share < 1 && total - low.length > 0) {
    because.push(
      `${pct(rules.share)} of the other ${audits(total - low.length)} rounds to ${String(cases.filter((c) => c.reason === 'share').length)}`,
    );
  }
  const asked = `You asked for ${pct(rules.share)} moderated`;
  const summary =
    total === 0
      ? `${asked}; no case was allocated.`
      : moderated === total
        ? `${asked}; every one of the ${audits(total)} will be moderated${because.length > 0 ? `, because ${listed(because)}` : ''}.`
        : `${asked}; ${pct(drawnShare)} (${String(moderated)} of ${audits(total)}) will be at allocation, because ${listed(because)}; every audit graded ${graded} at submission is moderated too, so the final share may be higher.`;
  return {
    askedShare: rules.share,
    drawnShare,
    summary,
    cases,
    replacements: draw.replacements.map(
      (r) =>
        `${r.dropped} was drawn, but no auditor outside its team had room with loads kept within one; ${r.replacement}, not drawn at first, took its place.`,
    ),
    reaudits: draw.reaudits.map((r) =>
      r.outcome === 'allocated'
        ? `${r.caseNumber} is allocated first, as the re-audit of ${r.earlierAuditId}.`
        : `${r.caseNumber}: ${r.detail}`,
    ),
  };
};
