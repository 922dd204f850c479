import { describe, it, expect } from 'vitest';
import { allSampleEvents, SAMPLE_EVENTS } from '../fixtures/events';
import { auditLogEntry } from './audit-log';
import { isScheduleEvent } from './domain-event';
import { dedupeKey, eventKey } from './event-key';

describe('dedupeKey', () => {
  it('keys a reminder by kind, action, due date and level', () => {
    expect(eventKey(SAMPLE_EVENTS.ActionDue)).toBe('ActionDue:AUD-1-A1:2025-04-17:None');
    expect(eventKey(SAMPLE_EVENTS.ActionOverdue)).toBe(
      'ActionOverdue:AUD-1-A1:2025-04-17:TeamManager',
    );
  });

  it('gives a different outbox key per recipient and per event, and the same on a retry', () => {
    const keys = allSampleEvents().flatMap((e) => [dedupeKey(e, 'a'), dedupeKey(e, 'b')]);
    expect(new Set(keys).size).toBe(keys.length);
    expect(dedupeKey({ ...SAMPLE_EVENTS.GradeShared }, 'a')).toBe(
      dedupeKey(SAMPLE_EVENTS.GradeShared, 'a'),
    );
  });

  it('a later reminder the same day is the same reminder', () => {
    const later = { ...SAMPLE_EVENTS.ActionDue, at: '2025-04-17T15:00:00Z' };
    expect(eventKey(later)).toBe(eventKey(SAMPLE_EVENTS.ActionDue));
  });
});

describe('auditLogEntry', () => {
  const FREE_TEXT = ['Evidence not on file', 'Case transferred'];
  const GRADES = ['Good', 'Requires improvement'];

  it.each(allSampleEvents())('logs $kind without grades, names or free text', (event) => {
    const entry = auditLogEntry(event);
    for (const value of FREE_TEXT) expect(JSON.stringify(entry)).not.toContain(value);
    for (const value of GRADES) expect(entry.summary).not.toContain(value);
    expect(Object.keys(entry).sort()).toEqual([
      'actorId',
      'at',
      'caseNumber',
      'key',
      'kind',
      'recordId',
      'recordType',
      'summary',
    ]);
    expect(entry.caseNumber).toBe(isScheduleEvent(event) ? '' : 'CF-100234');
    expect(entry.summary).not.toContain('CF-100234');
  });

  it('references the scheduled activity for a reminder of the QA schedule, about no case', () => {
    expect(auditLogEntry(SAMPLE_EVENTS.OccurrenceMissed)).toMatchObject({
      recordType: 'Schedule',
      recordId: 'QA-FindingsReport',
      caseNumber: '',
      key: 'OccurrenceMissed:QA-FindingsReport:2025-04-17',
      summary: 'Scheduled activity missed: escalated to the QA lead (due 2025-04-17)',
    });
  });

  it('references the action for action events and the audit otherwise', () => {
    expect(auditLogEntry(SAMPLE_EVENTS.ClosureApproved)).toMatchObject({
      recordType: 'Action',
      recordId: 'AUD-1-A1',
    });
    expect(auditLogEntry(SAMPLE_EVENTS.AuditClosed)).toMatchObject({
      recordType: 'Audit',
      recordId: 'AUD-1',
    });
  });
});
