import { describe, expect, it } from 'vitest';
import { buildInadequateAlertCard, type InadequateAlertModel } from './inadequate-alert.card';
import { allText, executeActions, topLevelTitles } from './testing/card-walk';

const model: InadequateAlertModel = {
  kind: 'inadequate-alert',
  auditId: 'audit-1',
  version: '"etag-7,3"',
  cycleLabel: '2 March 2026 to 12 April 2026',
  caseNumber: 'CF-900001',
  teamName: 'Assessment team 2',
  auditorName: 'Sample Auditor',
  submittedAt: '2026-03-18T15:30:00Z',
  openUrl: 'https://teams.microsoft.com/l/entity/app/audits',
  acknowledgement: null,
};

describe('Inadequate alert', () => {
  it('says in words that the case requires immediate attention', () => {
    const text = allText(buildInadequateAlertCard(model));
    expect(text).toContain('graded Inadequate');
    expect(text).toContain('requires immediate attention');
  });

  it('offers Open audit and Acknowledge to the head of service and team manager', () => {
    const card = buildInadequateAlertCard(model);
    expect(topLevelTitles(card)).toEqual(['Open audit', 'Acknowledge']);
    expect(executeActions(card)).toEqual([
      {
        type: 'Action.Execute',
        title: 'Acknowledge',
        verb: 'inadequate.acknowledge',
        data: { auditId: 'audit-1', version: '"etag-7,3"' },
        style: 'positive',
      },
    ]);
  });

  it('once acknowledged, shows who acknowledged it and when, and no Acknowledge button', () => {
    const card = buildInadequateAlertCard({
      ...model,
      acknowledgement: { byName: 'Sample Head', at: '2026-03-18T16:02:00Z' },
    });
    expect(allText(card)).toContain('Acknowledged by Sample Head on 18 March 2026 at 16:02.');
    expect(topLevelTitles(card)).toEqual(['Open audit']);
    expect(executeActions(card)).toEqual([]);
  });
});
