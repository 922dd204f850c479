import { mayRecordDiscussion } from '../../domain/access/report-access';
import { forbidden, invalid } from '../../domain/errors';
import type { Versioned } from '../../domain/ports/versioned';
import type { BriefingDiscussion } from '../../domain/records/briefing-discussion';
import { briefingDiscussionId } from '../../domain/records/briefing-discussion';
import type { Area } from '../../domain/records/grade';
import { fail, ok } from '../../domain/result';
import type { RecordCommand } from '../commands/command';

export interface DiscussionInput {
  readonly cycleId: string;
  readonly teamId: string;
  readonly discussedOn: string;
  readonly area: Area;
  readonly use: string;
}

export interface DiscussionRecords {
  readonly discussion: Versioned<BriefingDiscussion> | null;
}

/**
 * A team records that it discussed a cycle's seven-minute briefing: its manager (or the QA
 * lead), once the briefing is made, on a date not in the future; recording again replaces it.
 * Run with the id `briefingDiscussionId` gives.
 */
export const recordDiscussionCommand: RecordCommand<DiscussionRecords, DiscussionInput> = {
  name: 'briefing.recordDiscussion',
  ref: (id) => `briefingDiscussion:${id}`,
  load: async (services, id) => ({
    discussion: await services.store.repo('briefingDiscussions').get(id),
  }),
  visible: () => true,
  version: (loaded) => loaded.discussion?.version ?? 'new',
  afterSave: (loaded, saved) => ({
    discussion:
      ([...saved.values()][0] as Versioned<BriefingDiscussion> | undefined) ?? loaded.discussion,
  }),
  known: () => ({}),
  decide: async ({ services, actor, input, now, loaded }) => {
    if (!mayRecordDiscussion(actor, input.teamId))
      return fail(forbidden("A team's manager records that their own team discussed it."));
    const team = services.directory.team(input.teamId);
    if (team === undefined) return fail(invalid([{ field: 'teamId', message: 'is not a team' }]));
    const model = await services.readModel.fresh();
    const made = model.get('learningReports', `SevenMinuteBriefing:${input.cycleId}:all`);
    if (made === undefined)
      return fail(invalid([{ field: 'cycleId', message: 'has no briefing made yet' }]));
    if (input.discussedOn > now.slice(0, 10))
      return fail(invalid([{ field: 'discussedOn', message: 'is in the future' }]));
    const record: BriefingDiscussion = {
      id: briefingDiscussionId(input.cycleId, input.teamId),
      cycleId: input.cycleId,
      teamId: input.teamId,
      serviceAreaId: team.serviceAreaId,
      discussedOn: input.discussedOn,
      area: input.area,
      use: input.use,
      recordedById: actor.id,
      recordedAt: now,
    };
    return ok({
      changes: [
        loaded.discussion === null
          ? { kind: 'briefingDiscussions', op: 'create', record }
          : {
              kind: 'briefingDiscussions',
              op: 'update',
              record,
              expectedVersion: loaded.discussion.version,
            },
      ],
      events: [],
      changedFields: ['discussedOn', 'area', 'use'],
    });
  },
};
