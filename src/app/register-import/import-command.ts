import { invalid } from '../../domain/errors';
import { StoreError, type Change, type Versioned } from '../../domain/ports';
import type { RegisterImport } from '../../domain/register/register-import';
import type { Result } from '../../domain/result';
import { fail, ok } from '../../domain/result';
import type { ImportProgressResponse } from '../../contract/register-import';
import type { Services } from '../services';
import { importChanges } from './import-changes';
import { importRuns, type ImportRun } from './import-runs';
import {
  IMPORT_COMMAND,
  openBefore,
  planImport,
  type ImportPlan,
  type UploadedFile,
} from './plan-import';
import { closuresConfirmed, massClosureWarning } from '../../domain/register/mass-closure';
import { progressOf } from './preview-import';

/** Cases written a round trip: with the import's own progress, 100 writes = five `$batch`es. */
export const IMPORT_CHUNK = 99;

export interface StartedImport {
  readonly importId: string;
  readonly progress: ImportProgressResponse;
  /** Settles when the import has finished or stopped (never rejects). */
  readonly finished: Promise<void>;
}

const fieldsChanged = (plan: ImportPlan): string[] => {
  const fields = new Set<string>();
  if (plan.diff.add.length > 0) Object.keys(plan.diff.add[0]).forEach((f) => fields.add(f));
  for (const u of plan.diff.update) u.fields.forEach((f) => fields.add(f));
  if (plan.diff.close.length > 0) fields.add('open');
  return [...fields].sort();
};

/**
 * The QA lead imports the register: the one write path for it, whichever edge asks. The file is
 * planned again against the register as it is now (so a re-run after a crash writes only what
 * is still missing, and the same file imported twice writes nothing at all); a file with bad
 * rows is refused unless the valid rows are accepted. The import's record is written first, then
 * the cases in batches with its progress, then its Audit log entry — once, counts on the record.
 */
export async function startImport(
  services: Services,
  oid: string,
  upload: UploadedFile,
  acceptValidRows: boolean,
  confirmedClosures: number | null = null,
): Promise<Result<StartedImport>> {
  const planned = await planImport(services, oid, upload);
  if (!planned.ok) return planned;
  const plan = planned.value;
  const closing = plan.diff.close.length;
  if (!closuresConfirmed(closing, openBefore(plan), confirmedClosures)) {
    return fail(
      invalid([
        {
          field: 'confirmClosures',
          message: `${massClosureWarning(closing, openBefore(plan)) ?? ''} Nothing was imported: confirm the ${closing.toLocaleString('en-GB')} closures to go ahead`,
        },
      ]),
    );
  }
  if (plan.check.badRows > 0 && !acceptValidRows) {
    return fail(
      invalid([
        {
          field: 'acceptValidRows',
          message: `${String(plan.check.badRows)} rows of the file have errors, so nothing was imported. Correct them, or import the valid rows and skip those`,
        },
      ]),
    );
  }
  const runs = importRuns(services.store);
  const running = runs.get(plan.importId);
  if (running !== undefined) return ok(started(running));
  const changes = importChanges(plan.diff, plan.current);
  const existing = await services.store.repo('registerImports').get(plan.importId);
  if (existing !== null && existing.record.state === 'Done' && changes.length === 0) {
    return ok({
      importId: plan.importId,
      progress: progressOf(existing.record),
      finished: Promise.resolve(),
    });
  }
  const now = services.clock.now().toISOString();
  const done = existing?.record.done ?? 0;
  const record: RegisterImport = {
    ...(existing?.record ?? {
      id: plan.importId,
      fingerprint: plan.fingerprint,
      added: plan.diff.add.length,
      updated: plan.diff.update.length,
      closed: plan.diff.close.length,
      startedBy: plan.member.staff.id,
      startedAt: now,
    }),
    state: 'Running',
    acceptedWithErrors: plan.check.badRows > 0,
    rows: plan.file.rowCount,
    unchanged: plan.diff.unchanged,
    skipped: plan.check.badRows,
    total: done + changes.length,
    done,
    finishedAt: null,
    lastError: '',
  };
  const [first] = await services.store.saveAll([
    existing === null
      ? { kind: 'registerImports', op: 'create', record }
      : { kind: 'registerImports', op: 'update', record, expectedVersion: existing.version },
  ]);
  const run: { record: Versioned<RegisterImport>; finished: Promise<void> } = {
    record: first as Versioned<RegisterImport>,
    finished: Promise.resolve(),
  };
  run.finished = write(services, run, changes, oid, fieldsChanged(plan)).finally(() => {
    runs.delete(plan.importId);
  });
  runs.set(plan.importId, run);
  return ok(started(run));
}

const started = (run: ImportRun): StartedImport => ({
  importId: run.record.record.id,
  progress: progressOf(run.record.record),
  finished: run.finished,
});

const progressChange = (run: ImportRun, next: RegisterImport): Change => ({
  kind: 'registerImports',
  op: 'update',
  record: next,
  expectedVersion: run.record.version,
});

async function write(
  services: Services,
  run: ImportRun,
  changes: readonly Change[],
  oid: string,
  changedFields: readonly string[],
): Promise<void> {
  const { store, readModel, logger, auditLog } = services;
  try {
    for (let i = 0; i < changes.length; i += IMPORT_CHUNK) {
      const chunk = changes.slice(i, i + IMPORT_CHUNK);
      const next = { ...run.record.record, done: run.record.record.done + chunk.length };
      const saved = await store.saveAll([...chunk, progressChange(run, next)]);
      chunk.forEach((_c, j) => {
        readModel.accept('cases', saved[j] as never);
      });
      run.record = saved[chunk.length] as Versioned<RegisterImport>;
    }
    const at = services.clock.now().toISOString();
    const record = run.record.record;
    const [last] = await store.saveAll([
      progressChange(run, { ...record, state: 'Done', finishedAt: at }),
      auditLog.changeEntry({
        actorOid: oid,
        action: IMPORT_COMMAND,
        record: `register-import:${record.id}`,
        changedFields,
        fromVersion: 'import',
        at,
      }),
    ]);
    run.record = last as Versioned<RegisterImport>;
    logger.info('register import done', counts(run.record.record));
  } catch (error) {
    await stopped(services, run, error);
  }
}

const counts = (r: RegisterImport) => ({
  import: r.id,
  rows: r.rows,
  added: r.added,
  updated: r.updated,
  closed: r.closed,
  skipped: r.skipped,
  done: r.done,
  total: r.total,
});

/** A run that stopped: marked Failed with why (never a row's value), to be run again. */
async function stopped(services: Services, run: ImportRun, error: unknown): Promise<void> {
  const why =
    error instanceof StoreError
      ? `SharePoint refused a write (${error.reason})`
      : 'the server stopped it';
  const record = run.record.record;
  const lastError = `The import stopped after ${String(record.done)} of ${String(record.total)} changes: ${why}. Nothing is lost: import the same file again to carry on from there.`;
  services.logger.error('register import stopped', {
    ...counts(record),
    reason: error instanceof StoreError ? error.reason : 'unknown',
  });
  try {
    const [saved] = await services.store.saveAll([
      progressChange(run, { ...record, state: 'Failed', lastError }),
    ]);
    run.record = saved as Versioned<RegisterImport>;
  } catch (again) {
    // The store is down: the record still says Running, and the same file carries it on.
    services.logger.warn('register import could not be marked stopped', {
      import: record.id,
      reason: again instanceof StoreError ? again.reason : 'unknown',
    });
    run.record = { ...run.record, record: { ...record, state: 'Failed', lastError } };
  }
}
