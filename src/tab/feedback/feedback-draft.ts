import type { CreateFeedbackRequest } from '../../contract/registers';
import { isIsoDate } from '../../domain/calendar/calendar';
import type { FieldIssues } from '../common/form-issues';
import { CASE_NUMBER, LONG_TEXT } from '../common/form-issues';
import type { FeedbackDraft } from './feedback.types';

/** What is wrong with the entry, field by field, before it is sent. */
export const feedbackIssues = (d: FeedbackDraft, today: string): FieldIssues => {
  const issues: Record<string, string> = {};
  if (d.source === '') issues['source'] = 'Choose where the feedback came from';
  if (d.sentiment === '') issues['sentiment'] = 'Choose positive, mixed or negative';
  if (!isIsoDate(d.receivedOn)) issues['receivedOn'] = 'Enter a real date';
  else if (d.receivedOn > today) issues['receivedOn'] = 'The date must not be in the future';
  if (d.serviceAreaId === '') issues['serviceAreaId'] = 'Choose the service area';
  const caseNumber = d.caseNumber.trim();
  if (caseNumber !== '' && !CASE_NUMBER.test(caseNumber)) {
    issues['caseNumber'] = 'Enter a case number such as CF-100234';
  }
  if (d.summary.trim() === '') issues['summary'] = 'Summarise the feedback';
  else if (d.summary.trim().length > LONG_TEXT) {
    issues['summary'] = `Keep the summary under ${String(LONG_TEXT)} characters`;
  }
  return issues;
};

/** The request for a draft with no issues. */
export const feedbackRequest = (d: FeedbackDraft): CreateFeedbackRequest | null => {
  if (d.source === '' || d.sentiment === '') return null;
  const caseNumber = d.caseNumber.trim();
  return {
    source: d.source,
    sentiment: d.sentiment,
    receivedOn: d.receivedOn,
    serviceAreaId: d.serviceAreaId,
    teamId: d.teamId === '' ? null : d.teamId,
    caseNumber: caseNumber === '' ? null : caseNumber,
    auditId: null,
    summary: d.summary.trim(),
  };
};
