import type { z } from 'zod';
import type { ReadFlag } from '../../domain/ports';

/** Longest excerpt of a bad value kept in a flag: enough to find it, too short to leak a note. */
export const EXCERPT_LENGTH = 24;

export function excerpt(value: unknown): string {
  // JSON.stringify gives undefined for undefined and functions, whatever its type says.
  const json = JSON.stringify(value) as string | undefined;
  const text = typeof value === 'string' ? value : (json ?? String(value));
  return text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH - 1)}…` : text;
}

const DATE = /^(\d{4}-\d{2}-\d{2})(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Reads one list item's `fields` into domain values, tolerating what a QA lead may have typed
 * in SharePoint: a value the domain cannot understand becomes a ReadFlag and a safe default,
 * never an exception. Missing values are empty (SharePoint drops cleared fields).
 */
export class FieldReader {
  readonly flags: ReadFlag[] = [];

  constructor(private readonly fields: Readonly<Record<string, unknown>>) {}

  private raw(column: string): unknown {
    const value = this.fields[column];
    return value === '' ? undefined : value;
  }

  private flag<T>(field: string, found: unknown, message: string, fallback: T): T {
    this.flags.push({ field, found: excerpt(found), message });
    return fallback;
  }

  /** Columns that only make sense together, found in part: flagged, read as nothing. */
  incomplete(field: string, message: string): void {
    this.flags.push({ field, found: 'partly empty', message });
  }

  text(column: string, field: string): string {
    const value = this.raw(column);
    if (value === undefined || value === null) return '';
    if (typeof value === 'string') return value;
    return this.flag(field, value, 'is not text', '');
  }

  textOrNull(column: string, field: string): string | null {
    const value = this.text(column, field);
    return value === '' ? null : value;
  }

  choice<T extends string>(column: string, field: string, choices: readonly T[], fallback: T): T {
    return this.choiceOrNull(column, field, choices) ?? fallback;
  }

  choiceOrNull<T extends string>(column: string, field: string, choices: readonly T[]): T | null {
    const value = this.raw(column);
    if (value === undefined || value === null) return null;
    const found = choices.find((c) => c === value);
    return found ?? this.flag(field, value, `is not one of ${choices.join(', ')}`, null);
  }

  /** A date-only column as `YYYY-MM-DD`. */
  date(column: string, field: string): string | null {
    const value = this.raw(column);
    if (value === undefined || value === null) return null;
    const match = typeof value === 'string' ? DATE.exec(value) : null;
    if (!match || Number.isNaN(Date.parse(match[1])))
      return this.flag(field, value, 'is not a date', null);
    return match[1];
  }

  /** A date-and-time column as an ISO timestamp (`2024-05-01T09:30:00.000Z`). */
  dateTime(column: string, field: string): string | null {
    const value = this.raw(column);
    if (value === undefined || value === null) return null;
    const time = typeof value === 'string' && DATE.test(value) ? Date.parse(value) : Number.NaN;
    if (Number.isNaN(time)) return this.flag(field, value, 'is not a date and time', null);
    return new Date(time).toISOString();
  }

  number(column: string, field: string, fallback: number): number {
    return this.numberOrNull(column, field) ?? fallback;
  }

  numberOrNull(column: string, field: string): number | null {
    const value = this.raw(column);
    if (value === undefined || value === null) return null;
    const n = typeof value === 'string' ? Number(value) : value;
    return typeof n === 'number' && Number.isFinite(n)
      ? n
      : this.flag(field, value, 'is not a number', null);
  }

  boolean(column: string, field: string, fallback: boolean): boolean {
    const value = this.raw(column);
    if (value === undefined || value === null) return fallback;
    if (typeof value === 'boolean') return value;
    return this.flag(field, value, 'is not yes or no', fallback);
  }

  /** A note column holding JSON, checked against `schema`. */
  json<T>(column: string, field: string, schema: z.ZodType<T>, fallback: T): T {
    const value = this.raw(column);
    if (value === undefined || value === null) return fallback;
    let parsed: unknown;
    try {
      parsed = typeof value === 'string' ? JSON.parse(value) : value;
    } catch {
      return this.flag(field, value, 'is not valid JSON', fallback);
    }
    const result = schema.safeParse(parsed);
    return result.success
      ? result.data
      : this.flag(field, value, 'is not in the expected shape', fallback);
  }
}
