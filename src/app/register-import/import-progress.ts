import { can } from '../../domain/access/can';
import { forbidden, notFound } from '../../domain/errors';
import type { Result } from '../../domain/result';
import { fail, ok } from '../../domain/result';
import type { ImportProgressResponse } from '../../contract/register-import';
import type { Services } from '../services';
import { importRuns } from './import-runs';
import { IMPORT_COMMAND } from './plan-import';
import { progressOf } from './preview-import';

/** How far an import has got: from this instance while it runs it, else from its record. */
export async function importProgress(
  services: Services,
  oid: string,
  importId: string,
): Promise<Result<ImportProgressResponse>> {
  const member = await services.directory.member(oid);
  if (member === null || !can(member.actor, 'importRegister', new Set())) {
    services.auditLog.denied(oid, IMPORT_COMMAND, `register-import:${importId}`);
    return fail(forbidden('Only the QA lead imports the open-case register.'));
  }
  const running = importRuns(services.store).get(importId);
  if (running !== undefined) return ok(progressOf(running.record.record));
  const stored = await services.store.repo('registerImports').get(importId);
  return stored === null
    ? fail(notFound('There is no import with this id.'))
    : ok(progressOf(stored.record));
}
