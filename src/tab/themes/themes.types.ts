import type { CycleDto } from '../../contract/cycles';
import type { ThemeRequest } from '../../contract/themes';
import type { LearningTheme, ThemeDecisionKind } from '../../domain/records/learning-theme';
import type { ThemeKind } from '../../domain/themes/confirmed-theme';
import type { FieldIssues } from '../common/form-issues';

export const KIND_LABELS: Readonly<Record<ThemeKind, string>> = {
  Strength: 'Strength',
  Development: 'Area for development',
};

export const DECISION_LABELS: Readonly<Record<ThemeDecisionKind, string>> = {
  Confirmed: 'Confirmed',
  Rejected: 'Rejected',
  Merged: 'Merged',
};

/** A theme of the vocabulary as its form holds it: the phrases one a line. */
export interface ThemeDraft {
  readonly label: string;
  readonly kind: ThemeKind;
  readonly phrases: string;
  readonly active: boolean;
}

export const draftOf = (theme?: LearningTheme): ThemeDraft => ({
  label: theme?.label ?? '',
  kind: theme?.kind ?? 'Development',
  phrases: theme?.phrases.join('\n') ?? '',
  active: theme?.active ?? true,
});

/** The phrases typed, one a line, blank lines dropped. */
export const phrasesOf = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');

export const requestOf = (draft: ThemeDraft): ThemeRequest => ({
  label: draft.label.trim(),
  kind: draft.kind,
  phrases: phrasesOf(draft.phrases),
  active: draft.active,
});

/** What the form checks before sending (the server checks it all again). */
export const draftIssues = (draft: ThemeDraft): FieldIssues => ({
  ...(draft.label.trim() === '' ? { label: 'Give the theme a name.' } : {}),
  ...(phrasesOf(draft.phrases).length === 0
    ? { phrases: 'Add at least one phrase, one a line.' }
    : {}),
});

/** The cycle to open on: the latest that has started (allocated or closed). */
export const defaultCycleId = (cycles: readonly CycleDto[]): string | undefined =>
  [...cycles]
    .filter((c) => c.record.state !== 'Planned')
    .sort((a, b) => b.record.startDate.localeCompare(a.record.startDate))
    .at(0)?.record.id;
