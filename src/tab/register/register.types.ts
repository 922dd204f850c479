import type { ImportPreviewResponse, ImportProgressResponse } from '../../contract/register-import';
import { REGISTER_FIELD_LABELS, type RegisterField } from '../../domain/register/column-mapping';

export const FIELD_LABELS = REGISTER_FIELD_LABELS;

/** The headers of each field as the QA lead types them: comma-separated. */
export type MappingForm = Readonly<Record<RegisterField, string>>;

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The content type a chosen file is sent with: by its name, as browsers disagree on .csv. */
export const contentTypeOf = (name: string): string =>
  name.toLowerCase().endsWith('.xlsx') ? XLSX_TYPE : 'text/csv';

/** Rows the import would take in. */
export const validRows = (p: ImportPreviewResponse): number => p.rows - p.badRows;

/** The words of the import button, saying exactly what will happen. */
export const importLabel = (p: ImportPreviewResponse): string =>
  p.badRows > 0
    ? `Import the ${String(validRows(p))} valid rows and skip the ${String(p.badRows)} with errors`
    : `Import ${String(p.rows)} rows`;

/** What the preview says will change, in one sentence. */
export const previewSummary = (p: ImportPreviewResponse): string =>
  `${String(p.rows)} rows read: ${String(p.add)} cases to add, ${String(p.update)} to update, ${String(p.close)} to close (not in the file), ${String(p.unchanged)} unchanged, ${String(p.badRows)} rows with errors.`;

/** Progress as a fraction for Fluent's ProgressBar (1 when there was nothing to write). */
export const fractionDone = (p: ImportProgressResponse): number =>
  p.total === 0 ? 1 : Math.min(1, p.done / p.total);

export const doneSummary = (p: ImportProgressResponse): string =>
  `Import done: ${String(p.added)} cases added, ${String(p.updated)} updated, ${String(p.closed)} closed, ${String(p.skipped)} rows skipped.`;
