import express, { type Request, type RequestHandler } from 'express';
import type { UploadedFile } from '../../../app/register-import/plan-import';
import { HttpError } from '../../http/http-error';

/** The largest export accepted: 100,000 rows of a wide CSV fit well inside. */
export const UPLOAD_LIMIT = '25mb';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** Windows browsers send a .csv as `application/vnd.ms-excel` when Excel is installed. */
const CSV_TYPES = ['text/csv', 'application/csv', 'application/vnd.ms-excel'];

/** The raw body of an upload, for the two file types only. */
export const rawUpload: RequestHandler = express.raw({
  type: [...CSV_TYPES, XLSX_TYPE],
  limit: UPLOAD_LIMIT,
});

/** The uploaded file, or a plain 415/400 saying what to send instead. */
export function uploadOf(req: Request): UploadedFile {
  const type = (req.header('content-type') ?? '').split(';')[0].trim().toLowerCase();
  const format = type === XLSX_TYPE ? 'xlsx' : CSV_TYPES.includes(type) ? 'csv' : null;
  if (format === null) {
    throw new HttpError(
      415,
      'unsupported-type',
      'Upload the register as a CSV file (.csv, text/csv) or an Excel workbook (.xlsx).',
      [{ field: 'file', message: 'must be a CSV file or an Excel workbook' }],
    );
  }
  const body = req.body as unknown;
  if (!(body instanceof Buffer) || body.length === 0) {
    throw new HttpError(400, 'invalid', 'The file is empty.', [
      { field: 'file', message: 'is empty' },
    ]);
  }
  return { bytes: Uint8Array.from(body), format };
}
