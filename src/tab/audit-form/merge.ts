import type { ChangedField, Choice, FormValues } from './audit-form.types';
import { FIELD_LABELS, FIELD_PATHS } from './form-values';

/**
 * Fields someone else changed since `base` (what this person opened): a conflict where this
 * person changed the same field to something else, otherwise a change of theirs only.
 */
export const changedFields = (
  base: FormValues,
  mine: FormValues,
  theirs: FormValues,
): ChangedField[] =>
  FIELD_PATHS.filter((path) => theirs[path] !== base[path] && theirs[path] !== mine[path]).map(
    (path) => ({
      path,
      label: FIELD_LABELS[path],
      mine: mine[path],
      theirs: theirs[path],
      kind: mine[path] === base[path] ? 'theirs' : 'both',
    }),
  );

/** By default: take their change where only they changed a field, keep mine where both did. */
export const defaultChoices = (fields: readonly ChangedField[]): Record<string, Choice> =>
  Object.fromEntries(fields.map((f) => [f.path, f.kind === 'theirs' ? 'theirs' : 'mine']));

/** My values with the chosen fields taken from theirs. */
export const applyChoices = (
  mine: FormValues,
  theirs: FormValues,
  choices: Readonly<Record<string, Choice>>,
): FormValues => {
  const next: Record<string, string> = { ...mine };
  for (const path of FIELD_PATHS) if (choices[path] === 'theirs') next[path] = theirs[path];
  return next as FormValues;
};

/** Moves my edits onto a newer copy: fields I have not touched since `base` take theirs. */
export const rebase = (mine: FormValues, base: FormValues, theirs: FormValues): FormValues =>
  applyChoices(mine, theirs, defaultChoices(changedFields(base, mine, theirs)));
