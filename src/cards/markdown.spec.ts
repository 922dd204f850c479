import { describe, expect, it } from 'vitest';
import { buildClosureApprovalCard } from './closure-approval.card';
import { escapeMarkdown } from './markdown';

describe('text on a card', () => {
  it('cannot become a link, emphasis, a heading or a list', () => {
    expect(escapeMarkdown('[Sign in again](https://evil.example)')).toBe(
      '\\[Sign in again\\](https\\://evil.example)',
    );
    expect(escapeMarkdown('**now** _please_ # Title')).toBe(
      '\\*\\*now\\*\\* \\_please\\_ \\# Title',
    );
    expect(escapeMarkdown('- one\n2. two')).toBe('\\- one\n2\\. two');
  });

  it('leaves case numbers, dates and plain words as they are', () => {
    expect(escapeMarkdown('Case CF-100234, due 4 March 2025.')).toBe(
      'Case CF-100234, due 4 March 2025.',
    );
  });
});

describe('a card built with text someone typed', () => {
  it('carries no working link in any text block or fact', () => {
    const typed = '[Sign in again](https://evil.example)';
    const json = JSON.stringify(
      buildClosureApprovalCard({
        kind: 'closure-approval',
        actionId: 'action-1',
        version: '"etag-4,6"',
        caseNumber: 'CF-900001',
        detail: { description: typed, evidence: typed },
        completedByName: 'Sample Worker',
        verifiedByName: 'Sample Lead',
        verifiedAt: '2026-05-01T10:00:00Z',
        openUrl: 'https://teams.microsoft.com/l/entity/app/actions',
        refreshUserIds: ['29:1head'],
        decision: null,
      }),
    );
    expect(json).not.toContain('[Sign in again](https://');
  });
});
