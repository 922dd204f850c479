import { IMPORT_STATES } from '../../domain/register/register-import';
import type { ListMapping } from './mapping';
import { dateTimeValue, textValue } from './field-values';

export const registerImportsMapping: ListMapping<'registerImports'> = {
  kind: 'registerImports',
  key: (r) => r.id,
  columns: { id: 'RecordId', fingerprint: 'Fingerprint', state: 'State' },
  toFields: (r) => ({
    RecordId: r.id,
    Title: `Register import ${r.id}`,
    Fingerprint: r.fingerprint,
    State: r.state,
    AcceptedWithErrors: r.acceptedWithErrors,
    Rows: r.rows,
    Added: r.added,
    Updated: r.updated,
    Closed: r.closed,
    Unchanged: r.unchanged,
    Skipped: r.skipped,
    Total: r.total,
    Done: r.done,
    StartedBy: r.startedBy,
    StartedAt: dateTimeValue(r.startedAt),
    FinishedAt: dateTimeValue(r.finishedAt),
    LastError: textValue(r.lastError),
  }),
  fromFields: (read) => ({
    id: read.text('RecordId', 'id'),
    fingerprint: read.text('Fingerprint', 'fingerprint'),
    // An import the app cannot read is not carried on: it is run again from its file.
    state: read.choice('State', 'state', IMPORT_STATES, 'Failed'),
    acceptedWithErrors: read.boolean('AcceptedWithErrors', 'acceptedWithErrors', false),
    rows: read.number('Rows', 'rows', 0),
    added: read.number('Added', 'added', 0),
    updated: read.number('Updated', 'updated', 0),
    closed: read.number('Closed', 'closed', 0),
    unchanged: read.number('Unchanged', 'unchanged', 0),
    skipped: read.number('Skipped', 'skipped', 0),
    total: read.number('Total', 'total', 0),
    done: read.number('Done', 'done', 0),
    startedBy: read.text('StartedBy', 'startedBy'),
    startedAt: read.dateTime('StartedAt', 'startedAt') ?? '',
    finishedAt: read.dateTime('FinishedAt', 'finishedAt'),
    lastError: read.text('LastError', 'lastError'),
  }),
};
