import { createHash } from 'node:crypto';
import { can } from '../../domain/access/can';
import { forbidden, invalid, type DomainError } from '../../domain/errors';
import type { Versioned } from '../../domain/ports';
import type { Case } from '../../domain/records/case';
import { checkRegister, type RegisterCheck } from '../../domain/register/check-register';
import { REGISTER_FIELD_LABELS, type ColumnMapping } from '../../domain/register/column-mapping';
import { registerLookups } from '../../domain/register/register-people';
import { diffRegister, type RegisterDiff } from '../../domain/register/register-diff';
import { importIdOf } from '../../domain/register/register-import';
import type { Result } from '../../domain/result';
import { fail, ok } from '../../domain/result';
import type { Member } from '../directory/directory';
import type { Services } from '../services';
import { readRegisterFile, type RegisterFile, type RegisterFileFormat } from './read-register-file';
import { RegisterFileError } from './register-file-error';
import { savedMapping } from './saved-mapping';

export interface UploadedFile {
  readonly bytes: Uint8Array;
  readonly format: RegisterFileFormat;
}

/** What an import of this file would do, worked out against the register as it stands now. */
export interface ImportPlan {
  readonly member: Member;
  readonly importId: string;
  readonly fingerprint: string;
  readonly file: Omit<RegisterFile, 'rows'> & { readonly rowCount: number };
  readonly check: Omit<RegisterCheck, 'valid' | 'named'>;
  readonly diff: RegisterDiff;
  /** The register's cases with their versions, by case number. */
  readonly current: ReadonlyMap<string, Versioned<Case>>;
}

export const IMPORT_COMMAND = 'register.import';

/** How many cases are open on the register now, before the import. */
export const openBefore = (plan: Pick<ImportPlan, 'current'>): number =>
  [...plan.current.values()].filter((c) => c.record.open).length;

const missingColumns = (file: RegisterFile, mapping: ColumnMapping): DomainError =>
  invalid(
    file.plan.missing.map((field) => ({
      field: 'file',
      message: `has no column for ${REGISTER_FIELD_LABELS[field]} (looked for ${mapping.columns[
        field
      ]
        .map((h) => `"${h}"`)
        .join(', ')})`,
    })),
  );

/**
 * The one reading of an upload, for the preview and the commit alike: the QA lead only (their
 * role from the Staff list as it is now), the saved mapping, the file read with its identifying
 * columns dropped, every row checked, and the diff against the register caught up just now.
 */
export async function planImport(
  services: Services,
  oid: string,
  upload: UploadedFile,
): Promise<Result<ImportPlan>> {
  const member = await services.directory.member(oid);
  if (member === null || !can(member.actor, 'importRegister', new Set())) {
    services.auditLog.denied(oid, IMPORT_COMMAND, 'register:cases');
    return fail(forbidden('Only the QA lead imports the open-case register.'));
  }
  const { mapping } = await savedMapping(services);
  let file: RegisterFile;
  try {
    file = await readRegisterFile(upload.bytes, upload.format, mapping.mapping);
  } catch (error) {
    if (!(error instanceof RegisterFileError)) throw error;
    return fail(invalid(error.issues));
  }
  if (file.plan.missing.length > 0) return fail(missingColumns(file, mapping.mapping));
  await services.readModel.refresh();
  const { directory } = services;
  const check = checkRegister(file.rows, {
    lookups: registerLookups(directory.teams(), directory.allStaff()),
    cohortValues: mapping.mapping.cohortValues,
    headers: file.headers,
  });
  const rows = services.readModel.records('cases');
  const diff = diffRegister(
    rows.map((r) => r.record),
    check.valid,
    check.named,
  );
  const fingerprint = createHash('sha256').update(upload.bytes).digest('hex');
  const { rows: read, ...described } = file;
  return ok({
    member,
    importId: importIdOf(fingerprint),
    fingerprint,
    file: { ...described, rowCount: read.length },
    check: { issues: check.issues, badRows: check.badRows },
    diff,
    current: new Map(rows.map((r) => [r.record.caseNumber, r])),
  });
}
