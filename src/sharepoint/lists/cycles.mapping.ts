import { CYCLE_KINDS, CYCLE_STATES, DEFAULT_TIMESCALES } from '../../domain/records';
import type { ListMapping } from './mapping';
import type { CycleClosure } from '../../domain/records';
import type { FieldReader } from './field-reader';
import { dateTimeValue, dateValue, textValue, titleValue } from './field-values';

/** A closure is kept when its time is; a QA lead clearing ClosedAt by hand clears it. */
const closureOf = (read: FieldReader): CycleClosure | null => {
  const closedAt = read.dateTime('ClosedAt', 'closure.closedAt');
  return closedAt === null
    ? null
    : {
        closedAt,
        closedBy: read.text('ClosedBy', 'closure.closedBy'),
        reason: read.text('CloseReason', 'closure.reason'),
      };
};

export const cyclesMapping: ListMapping<'cycles'> = {
  kind: 'cycles',
  key: (cycle) => cycle.id,
  columns: { id: 'RecordId', kind: 'Kind', state: 'State', startDate: 'StartDate' },
  toFields: (c) => ({
    RecordId: c.id,
    Title: titleValue(c.name),
    Kind: c.kind,
    State: c.state,
    StartDate: dateValue(c.startDate),
    EndDate: dateValue(c.endDate),
    AuditDays: c.timescales.auditDays,
    ModerationDays: c.timescales.moderationDays,
    ActionDays: c.timescales.actionDays,
    ImmediateActionDays: c.timescales.immediateActionDays,
    ReauditWeeks: c.timescales.reauditWeeks,
    Theme: textValue(c.theme),
    Seed: c.seed,
    ClosedAt: c.closure === null ? null : dateTimeValue(c.closure.closedAt),
    ClosedBy: c.closure?.closedBy ?? null,
    CloseReason: c.closure === null ? null : textValue(c.closure.reason),
  }),
  fromFields: (read) => ({
    id: read.text('RecordId', 'id'),
    name: read.text('Title', 'name'),
    kind: read.choice('Kind', 'kind', CYCLE_KINDS, 'CaseFileAudit'),
    state: read.choice('State', 'state', CYCLE_STATES, 'Planned'),
    startDate: read.date('StartDate', 'startDate') ?? '',
    endDate: read.date('EndDate', 'endDate') ?? '',
    timescales: {
      auditDays: read.number('AuditDays', 'timescales.auditDays', DEFAULT_TIMESCALES.auditDays),
      moderationDays: read.number(
        'ModerationDays',
        'timescales.moderationDays',
        DEFAULT_TIMESCALES.moderationDays,
      ),
      actionDays: read.number('ActionDays', 'timescales.actionDays', DEFAULT_TIMESCALES.actionDays),
      immediateActionDays: read.number(
        'ImmediateActionDays',
        'timescales.immediateActionDays',
        DEFAULT_TIMESCALES.immediateActionDays,
      ),
      reauditWeeks: read.numberOrNull('ReauditWeeks', 'timescales.reauditWeeks'),
    },
    theme: read.text('Theme', 'theme'),
    seed: read.numberOrNull('Seed', 'seed'),
    closure: closureOf(read),
  }),
};
