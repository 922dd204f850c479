import { describe, expect, it } from 'vitest';
import type { InputDate } from './card-types';
import { MAX_REFRESH_USERS } from './elements';
import {
  buildModerationDisagreementCard,
  type ModerationDisagreementModel,
} from './moderation-disagreement.card';
import {
  allElements,
  allInputs,
  allText,
  executeActions,
  topLevelTitles,
} from './testing/card-walk';

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
  detail: null,
  openUrl: 'https://teams.microsoft.com/l/entity/app/audits',
  refreshUserIds: ['8:orgid:auditor-oid'],
  response: null,
};

const reasons = 'The child’s voice is not yet shaping the plan.';
const refreshed: ModerationDisagreementModel = { ...model, detail: { reasons } };

const data = { moderationId: 'moderation-1', auditId: 'audit-1', version: '"etag-2,5"' };

describe('moderation disagreement', () => {
  it("as sent, shows both grades but not the moderator's reasons, and says where to read them", () => {
    const text = allText(buildModerationDisagreementCard(model));
    expect(text).toContain('"title":"Your grade","value":"Good"');
    expect(text).toContain('"title":"Moderated grade","value":"Requires improvement to be good"');
    expect(text).not.toContain('The child’s voice');
    expect(text).toContain(
      "The moderator's reasons show here when the card refreshes for you, or open the audit in Audit Loop to read them.",
    );
  });

  it("refreshed for a party, shows the moderator's reasons beside the moderated grade", () => {
    const text = allText(buildModerationDisagreementCard(refreshed));
    expect(text).toContain(reasons);
    expect(text).toContain('"title":"Moderated grade","value":"Requires improvement to be good"');
    expect(text).not.toContain('show here when the card refreshes');
  });

  it("escapes the moderator's reasons, so a typed link never becomes one", () => {
    const card = buildModerationDisagreementCard({
      ...model,
      detail: { reasons: '[Sign in again](https://evil.example)' },
    });
    const texts = allElements(card).flatMap((e) => (e.type === 'TextBlock' ? [e.text] : []));
    expect(texts).toContain('\\[Sign in again\\](https\\://evil.example)');
    expect(allText(card)).not.toContain('[Sign in again](https://');
  });

  it('refreshes in place for its recipients, with a refresh carrying the moderation and version', () => {
    const card = buildModerationDisagreementCard(model);
    expect(card.refresh?.action.verb).toBe('moderation.refresh');
    expect(card.refresh?.action.data).toEqual(data);
    expect(card.refresh?.userIds).toEqual(['8:orgid:auditor-oid']);
    const many = Array.from({ length: 70 }, (_, i) => `8:orgid:${i}`);
    const crowded = buildModerationDisagreementCard({ ...model, refreshUserIds: many });
    expect(crowded.refresh?.userIds).toHaveLength(MAX_REFRESH_USERS);
  });

  it('offers Acknowledge and Arrange a discussion, both carrying the moderation and version', () => {
    const card = buildModerationDisagreementCard(model);
    expect(topLevelTitles(card)).toEqual(['Acknowledge', 'Arrange a discussion', 'Open audit']);
    expect(executeActions(card).map((a) => [a.verb, a.data])).toEqual([
      ['moderation.acknowledge', data],
      ['moderation.arrange', data],
      ['moderation.refresh', data],
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

  it('once answered, says how and offers no more responses, only the refresh', () => {
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
    expect(executeActions(card).map((a) => a.verb)).toEqual(['moderation.refresh']);
  });
});
