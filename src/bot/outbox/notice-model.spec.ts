import { describe, expect, it } from 'vitest';
import { activityFor } from '../dispatch/activity';
import { readNoticeModel, type NoticeModel } from './notice-model';

const update: NoticeModel = {
  kind: 'update',
  what: 'Moderation agreed',
  caseNumber: 'CF-100234',
  openUrl: 'https://audit-loop.test/tab#/audits/AUD-1',
  linkTitle: 'Open audit',
};

describe('outbox notices', () => {
  it('keep the case number out of everything a lock screen can show', () => {
    const activity = activityFor(update);
    const card = activity.attachments[0].content;
    const lockScreen = [
      activity.summary,
      activity.text,
      card.speak,
      card.fallbackText,
      JSON.stringify(card.body[0]),
    ];
    for (const text of lockScreen) expect(text).not.toContain('CF-100234');
    expect(JSON.stringify(card.body)).toContain('CF-100234');
  });

  it('read a payload back, and refuse one the app did not write', () => {
    expect(readNoticeModel(JSON.stringify(update))).toEqual(update);
    expect(readNoticeModel('{"kind":"made-up"}')).toBeNull();
    expect(readNoticeModel('not json')).toBeNull();
  });
});
