import { describe, expect, it } from 'vitest';
import type { DrawInput } from './draw-input';
import { drawAllocation } from './draw';
import { aDrawInput, STAFF } from './draw.fixtures';
import { explainDraw } from './explain-draw';

const explained = (input: DrawInput) => {
  const draw = drawAllocation(input);
  if (!draw.ok) throw new Error(draw.error.message);
  return { draw: draw.value, explanation: explainDraw(draw.value, input.moderation, STAFF) };
};

describe('the preview explains its figures', () => {
  it('says every audit is moderated when all are asked for', () => {
    const input = aDrawInput({ moderation: { ...aDrawInput().moderation, share: 1 } });
    const { explanation } = explained(input);
    expect(explanation.summary).toBe(
      'You asked for 100% moderated; every one of the 8 audits will be moderated.',
    );
    expect(explanation.cases.every((c) => c.moderated && c.reason === 'all')).toBe(true);
  });

  it('explains a larger share than asked by the auditors whose agreement is low', () => {
    const input = aDrawInput({
      moderation: {
        share: 0.5,
        lowAgreementThreshold: 0.7,
        lowAgreementShare: 1,
        auditorAgreement: { tm2: 0.45 },
      },
    });
    const { draw, explanation } = explained(input);
    const tm2 = draw.allocations.filter((a) => a.auditorId === 'tm2').map((a) => a.caseNumber);
    expect(tm2).toHaveLength(2);
    expect(explanation.summary).toBe(
      'You asked for 50% moderated; 63% (5 of 8 audits) will be at allocation, because 2 audits by the 1 auditor whose agreement with moderators is below 70% are moderated at 100% and 50% of the other 6 audits rounds to 3; every audit graded Inadequate or Outstanding at submission is moderated too, so the final share may be higher.',
    );
    for (const c of explanation.cases.filter((x) => tm2.includes(x.caseNumber))) {
      expect(c).toMatchObject({ moderated: true, reason: 'low-agreement' });
      expect(c.detail).toContain('45%, below 70%');
    }
    const unmoderated = explanation.cases.filter((c) => !c.moderated);
    expect(unmoderated).toHaveLength(3);
    expect(unmoderated[0]?.detail).toBe(
      'Not drawn for moderation: it is moderated if graded Inadequate or Outstanding.',
    );
  });
});
