import { describe, expect, it } from 'vitest';
import type { InputDate } from './card-types';
import {
  buildModerationDisagreementCard,
  type ModerationDisagreementModel,
} from './moderation-disagreement.card';
import { allInputs, allText, executeActions, topLevelTitles } from './testing/card-walk';

const model: ModerationDisagreementModel = {
  kind: 'moderation-disagreement',
  moderationId: 'moderation-1',
  auditId: 'audit-1',
  version: '"etag-2,5"',
  cycleLabel: '2 March 2026 to 12 April 2026',
  caseNumber: 'CF-900001',
  auditorGrade: 'Good',
  moderatedGrade: 'Requires improvement to be good',
  moderatorName: 'Sample Moderator',
  openUrl: 'https://teams.microsoft.com/l/entity/app/audits',
  response: null,
};

const data = { moderationId: 'moderation-1', auditId: 'audit-1', version: '"etag-2,5"' };

describe('moderation disagreement', () => {
  it("shows the auditor's grade and the moderated grade, and the reasons only behind the button", () => {
    const text = allText(buildModerationDisagreementCard(model));
    expect(text).toContain('"title":"Your grade","value":"Good"');
    expect(text).toContain('"title":"Moderated grade","value":"Requires improvement to be good"');
    expect(text).not.toContain('The child’s voice is not yet shaping the plan.');
    expect(text).toContain("Open the audit in Audit Loop to read the moderator's reasons.");
  });

  it('offers Acknowledge and Arrange a discussion, both carrying the moderation and version', () => {
    const card = buildModerationDisagreementCard(model);
    expect(topLevelTitles(card)).toEqual(['Acknowledge', 'Arrange a discussion', 'Open audit']);
    expect(executeActions(card).map((a) => [a.verb, a.data])).toEqual([
      ['moderation.acknowledge', data],
      ['moderation.arrange', data],
    ]);
  });

  it('asks for a proposed date, labelled and required, when arranging a discussion', () => {
    const [input] = allInputs(buildModerationDisagreementCard(model));
    expect(input).toMatchObject<Partial<InputDate>>({
      type: 'Input.Date',
      id: 'proposedDate',
      label: 'Proposed date for the discussion',
      isRequired: true,
    });
    expect(input.errorMessage).toBeTruthy();
  });

  it('once answered, says how and offers no more responses', () => {
    const card = buildModerationDisagreementCard({
      ...model,
      response: {
        kind: 'discussion-proposed',
        byName: 'Sample Auditor',
        at: '2026-04-02T09:15:00Z',
        proposedDate: '2026-04-09',
      },
    });
    expect(allText(card)).toContain(
      'Sample Auditor proposed a discussion on Thursday 9 April 2026',
    );
    expect(topLevelTitles(card)).toEqual(['Open audit']);
    expect(executeActions(card)).toEqual([]);
  });
});
