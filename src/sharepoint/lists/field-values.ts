/** Values written to list item `fields`: null clears a column. */
export type FieldValue = string | number | boolean | null;
export type Fields = Record<string, FieldValue>;

/** A date-only domain value (`YYYY-MM-DD`) as SharePoint stores it. */
export const dateValue = (date: string | null): string | null =>
  date === null || date === '' ? null : `${date.slice(0, 10)}T00:00:00Z`;

/** An ISO timestamp; SharePoint keeps whole seconds. */
export const dateTimeValue = (at: string | null): string | null =>
  at === null || at === '' ? null : at;

/** Empty text is stored as nothing, as SharePoint itself does. */
export const textValue = (text: string | null): string | null => (text === '' ? null : text);

/** Titles are single-line text of at most 255 characters. */
export const titleValue = (title: string): string => {
  const line = title.replace(/\s+/g, ' ').trim();
  return line.length > 255 ? `${line.slice(0, 254)}…` : line;
};

export const jsonValue = (value: unknown): string => JSON.stringify(value);
