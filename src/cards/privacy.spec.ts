import { describe, expect, it } from 'vitest';
import type { AdaptiveCard, NotificationPreview } from './card-types';
import { buildCard, notificationPreview, type CardModel } from './index';
import { firstTextBlock } from './testing/card-walk';
import { ALL_SAMPLES, SAMPLE_CASE_NUMBER, SENSITIVE_VALUES, sampleName } from './testing/samples';

/**
 * The data is about children. A phone can show these fields on its lock screen, so none may
 * carry a case number, a grade or a person's name (DESIGN.md, Notifications).
 */
const lockScreenFields = (
  card: AdaptiveCard,
  preview: NotificationPreview,
): Record<string, string> => ({
  fallbackText: card.fallbackText,
  speak: card.speak,
  summary: preview.summary,
  text: preview.text,
  firstTextBlock: firstTextBlock(card.body)?.text ?? '',
});

const leaksIn = (card: AdaptiveCard, preview: NotificationPreview): string[] => {
  const fields = lockScreenFields(card, preview);
  return Object.entries(fields).flatMap(([field, value]) =>
    SENSITIVE_VALUES.filter((sensitive) =>
      value.toLowerCase().includes(sensitive.toLowerCase()),
    ).map((sensitive) => `${field} contains "${sensitive}"`),
  );
};

const leaks = (model: CardModel): string[] => leaksIn(buildCard(model), notificationPreview(model));

const samples = ALL_SAMPLES.map((model, index) => [sampleName(model, index), model] as const);

describe('no lock-screen field carries a case number, a grade or a name', () => {
  it.each(samples)('%s keeps its lock-screen fields generic', (_name, model) => {
    expect(leaks(model)).toEqual([]);
  });

  it.each(samples)('%s has a first TextBlock and non-empty previews', (_name, model) => {
    const card = buildCard(model);
    const preview = notificationPreview(model);
    expect(firstTextBlock(card.body)).toBeDefined();
    expect(preview.summary).not.toBe('');
    expect(preview.text).not.toBe('');
  });

  it('covers every card kind and every grade', () => {
    const kinds = new Set(ALL_SAMPLES.map((model) => model.kind));
    expect([...kinds].sort()).toEqual(
      [
        'action-reminder',
        'allocation-notice',
        'closure-approval',
        'error',
        'grade-shared',
        'inadequate-alert',
        'moderation-disagreement',
        'schedule-reminder',
      ].sort(),
    );
    const shownGrades = new Set(
      ALL_SAMPLES.flatMap((model) => (model.kind === 'grade-shared' ? [model.grade] : [])),
    );
    expect(shownGrades.size).toBe(4);
  });

  it('the card body may still show the case number', () => {
    const model = ALL_SAMPLES.find((m) => m.kind === 'allocation-notice');
    expect(model).toBeDefined();
    if (model !== undefined)
      expect(JSON.stringify(buildCard(model).body)).toContain(SAMPLE_CASE_NUMBER);
  });
});

describe('the privacy check itself', () => {
  const [safe] = ALL_SAMPLES;
  const card = buildCard(safe);
  const preview = notificationPreview(safe);

  it('catches a case number in the fallback text and a name in the summary', () => {
    expect(leaksIn({ ...card, fallbackText: `Audit of ${SAMPLE_CASE_NUMBER}` }, preview)).toEqual([
      `fallbackText contains "${SAMPLE_CASE_NUMBER}"`,
    ]);
    expect(leaksIn(card, { ...preview, summary: 'Sample Auditor needs you' })).toEqual([
      'summary contains "Sample Auditor"',
    ]);
  });

  it('catches a grade in speech and in a first TextBlock inside a container', () => {
    const body = [
      { type: 'Container', items: [{ type: 'TextBlock', text: 'Graded Inadequate', wrap: true }] },
    ] as const;
    expect(leaksIn({ ...card, speak: 'Outstanding work' }, preview)).toEqual([
      'speak contains "Outstanding"',
    ]);
    expect(leaksIn({ ...card, body }, preview)).toEqual(['firstTextBlock contains "Inadequate"']);
  });
});

describe('the first-TextBlock check looks inside containers', () => {
  it('finds a sensitive first TextBlock nested in a container', () => {
    const body = [
      { type: 'Container', items: [{ type: 'TextBlock', text: `Case ${SAMPLE_CASE_NUMBER}` }] },
      { type: 'TextBlock', text: 'Generic' },
    ];
    expect(firstTextBlock(body)?.text).toContain(SAMPLE_CASE_NUMBER);
  });
});
