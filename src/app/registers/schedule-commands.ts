import type { Versioned } from '../../domain/ports/versioned';
import type { ScheduleActivity } from '../../domain/records/schedule';
import type { Result } from '../../domain/result';
import { ok } from '../../domain/result';
import {
  editActivity,
  recordOccurrence,
  type EditActivityInput,
  type RecordOccurrenceInput,
} from '../../domain/schedule/occurrences';
import { changedFields } from '../audit-log/changed-fields';
import type { DecideContext, Decision, RecordCommand } from '../commands/command';

/** One activity of the QA schedule (section 6), with its version. */
export interface ScheduleRecords {
  readonly activity: Versioned<ScheduleActivity>;
}

type Step<I> = (context: DecideContext<ScheduleRecords, I>) => Result<ScheduleActivity>;

/** A command on one activity of the QA schedule: everyone may see the schedule. */
const scheduleCommand = <I>(name: string, step: Step<I>): RecordCommand<ScheduleRecords, I> => ({
  name,
  ref: (id) => `schedule:${id}`,
  load: async (services, id) => {
    const activity = await services.store.repo('schedule').get(id);
    return activity === null ? null : { activity };
  },
  visible: () => true,
  version: (records) => records.activity.version,
  afterSave: (loaded, saved) => ({
    activity:
      (saved.get(`schedule:${loaded.activity.record.id}`) as
        Versioned<ScheduleActivity> | undefined) ?? loaded.activity,
  }),
  known: () => ({}),
  decide: (context): Promise<Result<Decision>> => {
    const result = step(context);
    if (!result.ok) return Promise.resolve(result);
    const { activity } = context.loaded;
    return Promise.resolve(
      ok({
        changes: [
          {
            kind: 'schedule',
            op: 'update',
            record: result.value,
            expectedVersion: activity.version,
          },
        ],
        events: [],
        changedFields: changedFields(activity.record, result.value),
      }),
    );
  },
});

/** The owner or the QA lead records the occurrence due: done with its outcome, or not, and why. */
export const recordOccurrenceCommand = scheduleCommand<Omit<RecordOccurrenceInput, 'now'>>(
  'schedule.recordOccurrence',
  ({ loaded, actor, input, now }) =>
    recordOccurrence(loaded.activity.record, actor, { ...input, now }),
);

/** The QA lead edits an activity: who does it, how often, when it is next due, what it is for. */
export const editActivityCommand = scheduleCommand<EditActivityInput>(
  'schedule.edit',
  ({ loaded, actor, input, services }) => {
    const owner = input.ownerId === null ? null : services.directory.staff(input.ownerId);
    return editActivity(
      loaded.activity.record,
      actor,
      input,
      owner === null || owner === undefined ? null : { role: owner.role, active: owner.active },
    );
  },
);
