import { CURATE_REFUSAL, mayCurateThemes } from '../access/theme-access';
import { forbidden, invalid, type FieldIssue } from '../errors';
import type { Actor } from '../records/actor';
import type { LearningTheme, ThemeDecision, ThemeDecisionKind } from '../records/learning-theme';
import { themeDecisionId } from '../records/learning-theme';
import type { Result } from '../result';
import { fail, ok } from '../result';
import type { ThemeKind } from './confirmed-theme';
import { LABEL_MAX, PHRASE_MAX, PHRASES_MAX } from './theme-limits';
import { phraseWords } from './theme-text';

/** What the QA lead types for a theme of the vocabulary. */
export interface ThemeInput {
  readonly label: string;
  readonly kind: ThemeKind;
  readonly phrases: readonly string[];
  readonly active: boolean;
}

/** Phrases trimmed, blank ones dropped, each once (as matched: any case, any punctuation). */
const cleanPhrases = (phrases: readonly string[]): string[] => {
  const seen = new Set<string>();
  return phrases
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => {
      const words = phraseWords(p);
      if (words === '' || seen.has(words)) return false;
      seen.add(words);
      return true;
    });
};

const themeIssues = (label: string, phrases: readonly string[], raw: ThemeInput): FieldIssue[] => [
  ...(label === '' ? [{ field: 'label', message: 'is required' }] : []),
  ...(label.length > LABEL_MAX
    ? [{ field: 'label', message: `must be ${String(LABEL_MAX)} characters or fewer` }]
    : []),
  ...(phrases.length === 0 ? [{ field: 'phrases', message: 'must have at least one phrase' }] : []),
  ...(phrases.length > PHRASES_MAX
    ? [{ field: 'phrases', message: `must be ${String(PHRASES_MAX)} phrases or fewer` }]
    : []),
  ...raw.phrases.flatMap((p, i) =>
    p.trim().length > PHRASE_MAX
      ? [
          {
            field: `phrases.${String(i)}`,
            message: `must be ${String(PHRASE_MAX)} characters or fewer`,
          },
        ]
      : [],
  ),
];

/** A theme as the QA lead saves it (a new one, or an edit of `id`); the domain checks it. */
export const saveTheme = (actor: Actor, id: string, input: ThemeInput): Result<LearningTheme> => {
  if (!mayCurateThemes(actor)) return fail(forbidden(CURATE_REFUSAL));
  const label = input.label.replace(/\s+/g, ' ').trim();
  const phrases = cleanPhrases(input.phrases);
  const issues = themeIssues(label, phrases, input);
  if (issues.length > 0) return fail(invalid(issues));
  return ok({ id, label, kind: input.kind, phrases, active: input.active });
};

export interface DecideThemeInput {
  readonly cycleId: string;
  readonly theme: LearningTheme;
  readonly decision: ThemeDecisionKind;
  /** For a merge: the theme its audits go into. */
  readonly into: LearningTheme | null;
  /** Whether a merge named a theme (one not on the vocabulary is `into: null`). */
  readonly intoNamed: boolean;
  readonly today: string;
}

/**
 * The QA lead confirms, rejects or merges a suggested theme of a cycle; deciding again replaces
 * the decision. A theme merges into another of the same kind, never into itself.
 */
export const decideTheme = (actor: Actor, input: DecideThemeInput): Result<ThemeDecision> => {
  if (!mayCurateThemes(actor)) return fail(forbidden(CURATE_REFUSAL));
  const { theme, into, cycleId } = input;
  if (input.decision === 'Merged') {
    const field = 'mergedIntoThemeId';
    if (!input.intoNamed) return fail(invalid([{ field, message: 'is required' }]));
    if (into === null)
      return fail(invalid([{ field, message: 'is not a theme on the vocabulary' }]));
    if (into.id === theme.id) return fail(invalid([{ field, message: 'must be another theme' }]));
    if (into.kind !== theme.kind) {
      return fail(
        invalid([{ field, message: `must be another ${theme.kind.toLowerCase()} theme` }]),
      );
    }
  }
  return ok({
    id: themeDecisionId(cycleId, theme.id),
    cycleId,
    themeId: theme.id,
    decision: input.decision,
    mergedIntoThemeId: input.decision === 'Merged' && into !== null ? into.id : null,
    decidedById: actor.id,
    decidedOn: input.today,
  });
};
