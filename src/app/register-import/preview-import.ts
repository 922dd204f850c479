import type { RegisterImport } from '../../domain/register/register-import';
import type { Result } from '../../domain/result';
import { ok } from '../../domain/result';
import {
  ISSUES_SHOWN,
  type ImportPreviewResponse,
  type ImportProgressResponse,
} from '../../contract/register-import';
import type { Services } from '../services';
import { openBefore, planImport, type UploadedFile } from './plan-import';
import { massClosureWarning } from '../../domain/register/mass-closure';

export const progressOf = (r: RegisterImport): ImportProgressResponse => ({
  importId: r.id,
  state: r.state,
  total: r.total,
  done: r.done,
  added: r.added,
  updated: r.updated,
  closed: r.closed,
  unchanged: r.unchanged,
  skipped: r.skipped,
  startedAt: r.startedAt,
  finishedAt: r.finishedAt,
  lastError: r.lastError,
});

/**
 * What importing this file would do, before anything is written: cases to add, update and
 * close, rows unchanged, every bad row with its line, column and reason, and the columns
 * dropped because they could identify a child. Reads only; writes nothing.
 */
export async function previewImport(
  services: Services,
  oid: string,
  upload: UploadedFile,
): Promise<Result<ImportPreviewResponse>> {
  const planned = await planImport(services, oid, upload);
  if (!planned.ok) return planned;
  const { importId, fingerprint, file, check, diff } = planned.value;
  const closeWarning = massClosureWarning(diff.close.length, openBefore(planned.value));
  const previous = await services.store.repo('registerImports').get(importId);
  return ok({
    importId,
    fingerprint,
    format: file.format,
    encoding: file.encoding,
    rows: file.rowCount,
    add: diff.add.length,
    update: diff.update.length,
    close: diff.close.length,
    closeWarning,
    unchanged: diff.unchanged,
    badRows: check.badRows,
    droppedColumns: file.plan.dropped,
    ignoredColumns: file.plan.ignored,
    columns: file.headers,
    issues: check.issues.slice(0, ISSUES_SHOWN),
    issueCount: check.issues.length,
    previous: previous === null ? null : progressOf(previous.record),
  });
}
