import type { ColumnMapping } from './column-mapping';

export const IMPORT_STATES = ['Running', 'Done', 'Failed'] as const;
export type ImportState = (typeof IMPORT_STATES)[number];

/**
 * One import of the register export: which file (by its SHA-256, never its name), what it
 * planned and how far it has got, who started it and when. It holds no row of the file.
 */
export interface RegisterImport {
  /** `IMP-` and the start of the fingerprint: the same file is the same import. */
  readonly id: string;
  /** SHA-256 of the file's bytes, hex. */
  readonly fingerprint: string;
  readonly state: ImportState;
  /** The QA lead accepted the valid rows of a file with errors (the bad rows skipped). */
  readonly acceptedWithErrors: boolean;
  /** Data rows in the file. */
  readonly rows: number;
  readonly added: number;
  readonly updated: number;
  readonly closed: number;
  readonly unchanged: number;
  /** Rows with errors, not imported. */
  readonly skipped: number;
  /** Writes the import makes in all, and how many are done. */
  readonly total: number;
  readonly done: number;
  /** Staff id of the QA lead. */
  readonly startedBy: string;
  readonly startedAt: string;
  readonly finishedAt: string | null;
  /** Why the last run stopped, in plain words (never a row's value). */
  readonly lastError: string;
}

/** The id of the import of a file with this fingerprint. */
export const importIdOf = (fingerprint: string): string => `IMP-${fingerprint.slice(0, 24)}`;

/** The column mapping as saved by the QA lead (one, `default`). */
export interface SavedMapping {
  readonly id: string;
  readonly mapping: ColumnMapping;
  /** Staff id, or null for the default never saved. */
  readonly updatedBy: string | null;
  readonly updatedAt: string | null;
}

export const SAVED_MAPPING_ID = 'default';
