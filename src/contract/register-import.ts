import type { Cohort } from '../domain/records/case';
import type { RegisterField } from '../domain/register/column-mapping';
import type { ImportState } from '../domain/register/register-import';

export type { RegisterField } from '../domain/register/column-mapping';

/**
 * The open-case register import (issue 13). Upload: `POST /api/register/import/preview` and
 * `POST /api/register/imports` with the file as the raw body (`text/csv` or the .xlsx type);
 * `GET /api/register/imports/:id` for progress; `GET`/`PUT /api/register/mapping`.
 */
export interface ColumnMappingDto {
  readonly columns: Readonly<Record<RegisterField, readonly string[]>>;
  readonly cohortValues: Readonly<Record<string, Cohort>>;
}

export interface RegisterMappingResponse {
  readonly mapping: ColumnMappingDto;
  /** The version to send back with a change ('new' while the default was never saved). */
  readonly version: string;
  readonly isDefault: boolean;
  readonly updatedBy: string | null;
  readonly updatedAt: string | null;
}

/** `PUT /api/register/mapping`: the mapping with the version last read. */
export type SaveRegisterMappingRequest = ColumnMappingDto & { readonly version: string };

export interface ImportIssueDto {
  readonly line: number;
  readonly column: string;
  readonly reason: string;
}

export interface ImportPreviewResponse {
  readonly importId: string;
  readonly fingerprint: string;
  readonly format: 'csv' | 'xlsx';
  readonly encoding: string;
  readonly rows: number;
  readonly add: number;
  readonly update: number;
  readonly close: number;
  /**
   * Set when the file would close much of the register (more than a fifth of the open cases):
   * the import then goes ahead only with `confirmClosures` equal to `close`.
   */
  readonly closeWarning: string | null;
  readonly unchanged: number;
  /** Rows with at least one issue: skipped if the valid rows are accepted. */
  readonly badRows: number;
  /** Columns that could identify a child: dropped on read, never stored, named here only. */
  readonly droppedColumns: readonly string[];
  /** Other columns the mapping does not read. */
  readonly ignoredColumns: readonly string[];
  /** The file's column read for each field. */
  readonly columns: Readonly<Partial<Record<RegisterField, string>>>;
  /** The first issues, by line (at most `ISSUES_SHOWN`); `issueCount` counts them all. */
  readonly issues: readonly ImportIssueDto[];
  readonly issueCount: number;
  /** This file's import, when it was started before. */
  readonly previous: ImportProgressResponse | null;
}

export const ISSUES_SHOWN = 500;

export interface CommitImportResponse {
  readonly importId: string;
  readonly progress: ImportProgressResponse;
}

export interface ImportProgressResponse {
  readonly importId: string;
  readonly state: ImportState;
  readonly total: number;
  readonly done: number;
  readonly added: number;
  readonly updated: number;
  readonly closed: number;
  readonly unchanged: number;
  readonly skipped: number;
  readonly startedAt: string;
  readonly finishedAt: string | null;
  readonly lastError: string;
}
