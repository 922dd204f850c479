import { describe, expect, it } from 'vitest';
import { parseCardInvoke, VERBS } from './verbs';

describe('reading a card action back in the bot', () => {
  it('reads an acknowledgement of an Inadequate alert', () => {
    expect(
      parseCardInvoke(VERBS.inadequateAcknowledge, { auditId: 'audit-1', version: '"e,1"' }),
    ).toEqual({
      ok: true,
      invoke: { verb: 'inadequate.acknowledge', auditId: 'audit-1', version: '"e,1"' },
    });
  });

  it('reads the evidence typed into Mark complete, trimmed', () => {
    const parsed = parseCardInvoke(VERBS.actionComplete, {
      actionId: 'action-1',
      version: '3',
      evidence: '  Plan updated  ',
    });
    expect(parsed).toEqual({
      ok: true,
      invoke: {
        verb: 'action.complete',
        actionId: 'action-1',
        version: '3',
        evidence: 'Plan updated',
      },
    });
  });

  it('refuses a return without a reason, and a blank one', () => {
    const ref = { actionId: 'action-1', version: '3' };
    expect(parseCardInvoke(VERBS.closureReturn, ref).ok).toBe(false);
    expect(parseCardInvoke(VERBS.closureReturn, { ...ref, reason: '   ' }).ok).toBe(false);
  });

  it('refuses a proposed discussion date that is not a date', () => {
    const data = { moderationId: 'm-1', auditId: 'a-1', version: '2', proposedDate: 'Tuesday' };
    expect(parseCardInvoke(VERBS.moderationArrange, data)).toEqual({
      ok: false,
      problem: 'invalid proposedDate',
    });
  });

  it('reads a refresh of the disagreement card, naming its moderation and audit', () => {
    const data = { moderationId: 'm-1', auditId: 'a-1', version: '2' };
    expect(parseCardInvoke(VERBS.moderationRefresh, data)).toEqual({
      ok: true,
      invoke: { verb: 'moderation.refresh', ...data },
    });
    expect(parseCardInvoke(VERBS.moderationRefresh, { auditId: 'a-1', version: '2' }).ok).toBe(
      false,
    );
  });

  it('refuses an unknown verb and data without the record version', () => {
    expect(parseCardInvoke('closure.delete', { actionId: 'a', version: '1' }).ok).toBe(false);
    expect(parseCardInvoke(VERBS.closureApprove, { actionId: 'a' })).toEqual({
      ok: false,
      problem: 'invalid version',
    });
  });
});
