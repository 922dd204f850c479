import type { RecordKind, RecordTypes } from '../../domain/ports';
import type { FieldReader } from './field-reader';
import type { Fields } from './field-values';

/** A lookup column filled from the item id of another list's record. */
export interface LookupBinding<T> {
  readonly column: string;
  readonly target: RecordKind;
  readonly key: (record: T) => string | null;
}

/** How one record kind is stored in its list: the only code that knows its column names. */
export interface ListMapping<K extends RecordKind> {
  readonly kind: K;
  /** The record's key, stored in the unique RecordId column. */
  key(record: RecordTypes[K]): string;
  /** Domain field → column, for `where` and `onOrBefore` (each must be indexed). */
  readonly columns: Partial<Record<keyof RecordTypes[K] & string, string>>;
  /** All fields, Title and RecordId included; lookups are added by the repository. */
  toFields(record: RecordTypes[K]): Fields;
  fromFields(read: FieldReader): RecordTypes[K];
  readonly lookups?: readonly LookupBinding<RecordTypes[K]>[];
}
