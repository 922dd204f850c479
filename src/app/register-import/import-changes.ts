import type { Change, Versioned } from '../../domain/ports';
import type { Case } from '../../domain/records/case';
import type { RegisterDiff } from '../../domain/register/register-diff';

/**
 * The diff as store changes: creates for new cases (idempotent by case number, the list's unique
 * RecordId), updates against the version the register was read at.
 */
export function importChanges(
  diff: RegisterDiff,
  current: ReadonlyMap<string, Versioned<Case>>,
): Change[] {
  const update = (record: Case): Change => {
    const held = current.get(record.caseNumber);
    if (held === undefined) throw new Error(`${record.caseNumber} is not on the register`);
    return { kind: 'cases', op: 'update', record, expectedVersion: held.version };
  };
  return [
    ...diff.add.map((record): Change => ({ kind: 'cases', op: 'create', record })),
    ...diff.update.map((u) => update(u.after)),
    ...diff.close.map(update),
  ];
}
