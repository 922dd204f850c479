import { THEME_KINDS } from '../../domain/themes/confirmed-theme';
import type { ListMapping } from './mapping';
import { textValue, titleValue } from './field-values';

/** Phrases as the QA lead types them in SharePoint: one a line (or separated by semicolons). */
export const phrasesOf = (text: string): string[] =>
  text
    .split(/\r?\n|;/)
    .map((p) => p.trim())
    .filter((p) => p !== '');

/** The theme vocabulary: the label is the item's Title, the phrases one a line. */
export const learningThemesMapping: ListMapping<'learningThemes'> = {
  kind: 'learningThemes',
  key: (t) => t.id,
  columns: { id: 'RecordId', kind: 'ThemeKind', active: 'Active' },
  toFields: (t) => ({
    RecordId: t.id,
    Title: titleValue(t.label),
    ThemeKind: t.kind,
    Phrases: textValue(t.phrases.join('\n')),
    Active: t.active,
  }),
  fromFields: (read) => ({
    id: read.text('RecordId', 'id'),
    label: read.text('Title', 'label'),
    kind: read.choice('ThemeKind', 'kind', THEME_KINDS, 'Development'),
    phrases: phrasesOf(read.text('Phrases', 'phrases')),
    active: read.boolean('Active', 'active', true),
  }),
};
