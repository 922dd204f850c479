import type { Case } from '../records/case';

/** Fields of a case an import may change. */
export const IMPORTED_FIELDS = [
  'teamId',
  'serviceAreaId',
  'allocatedWorkerId',
  'cohort',
  'open',
] as const;
export type ImportedField = (typeof IMPORTED_FIELDS)[number];

export interface CaseUpdate {
  readonly before: Case;
  readonly after: Case;
  readonly fields: readonly ImportedField[];
}

/** What an import would do to the register. */
export interface RegisterDiff {
  readonly add: readonly Case[];
  /** Worker, team or cohort changed, or a closed case open again. */
  readonly update: readonly CaseUpdate[];
  /** Open cases the export does not name at all. */
  readonly close: readonly Case[];
  /** Rows of the export that match the register as it stands. */
  readonly unchanged: number;
}

/**
 * The register after an import, as changes: cases new to it, cases whose fields changed, and
 * open cases the export no longer names. `named` holds every case number in the export, even on
 * a row with errors, so a case is never closed because its row could not be read.
 */
export function diffRegister(
  current: readonly Case[],
  incoming: readonly Case[],
  named: ReadonlySet<string>,
): RegisterDiff {
  const byNumber = new Map(current.map((c) => [c.caseNumber, c]));
  const add: Case[] = [];
  const update: CaseUpdate[] = [];
  let unchanged = 0;
  for (const next of incoming) {
    const before = byNumber.get(next.caseNumber);
    if (before === undefined) {
      add.push(next);
      continue;
    }
    const fields = IMPORTED_FIELDS.filter((f) => before[f] !== next[f]);
    if (fields.length === 0) unchanged++;
    else update.push({ before, after: { ...before, ...next }, fields });
  }
  const close = current.filter((c) => c.open && !named.has(c.caseNumber));
  return { add, update, close: close.map((c) => ({ ...c, open: false })), unchanged };
}
