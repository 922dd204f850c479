import {
  REGISTER_FIELDS,
  REQUIRED_FIELDS,
  type ColumnMapping,
  type RegisterField,
} from './column-mapping';
import { isIdentifyingHeader, normaliseHeader } from './identifying-columns';

/** Which of a file's columns are read, and which are not (and why). */
export interface ColumnPlan {
  /** Field → index of the column it is read from. */
  readonly read: Readonly<Partial<Record<RegisterField, number>>>;
  /** Headers that could identify a child: dropped on read. */
  readonly dropped: readonly string[];
  /** Other headers the mapping does not use: not read either. */
  readonly ignored: readonly string[];
  /** Required fields with no column in the file. */
  readonly missing: readonly RegisterField[];
}

/**
 * Plans the columns of a file from its header row: an identifying column is dropped even when
 * the mapping names it; a field is read from the first of its headers that the file has.
 */
export function planColumns(headers: readonly string[], mapping: ColumnMapping): ColumnPlan {
  const at = new Map<string, number>();
  headers.forEach((h, i) => {
    const key = normaliseHeader(h);
    if (key !== '' && !at.has(key) && !isIdentifyingHeader(h)) at.set(key, i);
  });
  const read: Partial<Record<RegisterField, number>> = {};
  for (const field of REGISTER_FIELDS) {
    const index = mapping.columns[field]
      .map((h) => at.get(normaliseHeader(h)))
      .find((i) => i !== undefined);
    if (index !== undefined) read[field] = index;
  }
  const used = new Set(Object.values(read));
  const dropped = headers.filter((h) => isIdentifyingHeader(h));
  const ignored = headers.filter(
    (h, i) => !used.has(i) && !isIdentifyingHeader(h) && h.trim() !== '',
  );
  const missing = REQUIRED_FIELDS.filter((f) => read[f] === undefined);
  return { read, dropped, ignored, missing };
}
