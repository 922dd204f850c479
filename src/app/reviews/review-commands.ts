import { randomInt, randomUUID } from 'node:crypto';
import { canViewReview } from '../../domain/access/review-access';
import type { Versioned } from '../../domain/ports/versioned';
import type { Review, ReviewFindings, ReviewKind } from '../../domain/records/review';
import type { Result } from '../../domain/result';
import { ok } from '../../domain/result';
import {
  answerCase,
  completeReview,
  designReview,
  drawReview,
  shareReview,
  startReview,
  type DesignInput,
  type Organisation,
} from '../../domain/reviews/review-steps';
import { MAX_SEED } from '../../domain/random';
import { changedFields } from '../audit-log/changed-fields';
import type { DecideContext, Decision, RecordCommand } from '../commands/command';
import { creationCommand } from '../commands/creation';
import { fromModel } from '../queries/from-model';
import type { Services } from '../services';

/** One thematic audit or dip sample, with its version. */
export interface ReviewRecords {
  readonly review: Versioned<Review>;
}

export const reviewRef = (id: string): string => `review:${id}`;

type Step<I> = (
  context: DecideContext<ReviewRecords, I>,
) => Promise<Result<Review>> | Result<Review>;

/**
 * A command on one review: loaded with its version, refused (403) to anyone who may not see it,
 * the domain deciding who may take the step, one write with its Audit log entry (field names
 * only). No notification is raised: sharing is recorded on the review and shown in the tab.
 */
const reviewCommand = <I>(name: string, step: Step<I>): RecordCommand<ReviewRecords, I> => ({
  name,
  ref: reviewRef,
  load: async (services, id) => {
    const review = await services.store.repo('reviews').get(id);
    return review === null ? null : { review };
  },
  visible: (actor, loaded) => canViewReview(actor, loaded.review.record),
  version: (records) => records.review.version,
  afterSave: (loaded, saved) => ({
    review:
      (saved.get(`reviews:${loaded.review.record.id}`) as Versioned<Review> | undefined) ??
      loaded.review,
  }),
  known: () => ({}),
  decide: async (context): Promise<Result<Decision>> => {
    const result = await step(context);
    if (!result.ok) return result;
    const { review } = context.loaded;
    return ok({
      changes: [
        { kind: 'reviews', op: 'update', record: result.value, expectedVersion: review.version },
      ],
      events: [],
      changedFields: changedFields(review.record, result.value),
    });
  },
});

const organisationOf = (services: Services): Organisation => ({
  serviceOfTeam: (id) => services.directory.team(id)?.serviceAreaId,
  serviceExists: (id) => services.directory.serviceArea(id) !== undefined,
});

export interface StartReviewRequest {
  readonly kind: ReviewKind;
  readonly theme: string;
  readonly serviceAreaId: string | null;
}

/** The QA lead sets up a thematic audit; a head of service starts a dip sample in their service. */
export const startReviewCommand = creationCommand(
  'review.start',
  'reviews',
  ({ actor, input, now, services }: DecideContext<unknown, StartReviewRequest>) => {
    const id = `REV-${now.slice(0, 10)}-${randomUUID().slice(0, 8)}`;
    const serviceKnown =
      input.serviceAreaId === null || organisationOf(services).serviceExists(input.serviceAreaId);
    const started = startReview(actor, { ...input, id, serviceKnown, now });
    return started.ok ? ok({ record: started.value, ref: reviewRef(id) }) : started;
  },
);

/** The owner (or the QA lead) designs the questions, the cohort filter and the sample size. */
export const designReviewCommand = reviewCommand<DesignInput>(
  'review.design',
  ({ loaded, actor, input, services }) =>
    designReview(loaded.review.record, actor, input, organisationOf(services)),
);

/**
 * The owner draws the sample from the open-case register as it is now (the read model), with the
 * seed given or a new one; the seed is kept, so the same seed over the same register draws again.
 */
export const drawReviewCommand = reviewCommand<{ readonly seed?: number | undefined }>(
  'review.draw',
  async ({ loaded, actor, input, services, now }) => {
    const cases = (await fromModel(services, 'cases', { open: true })).map((c) => c.record);
    const seed = input.seed ?? randomInt(0, MAX_SEED);
    return drawReview(loaded.review.record, actor, { seed, cases, now });
  },
);

/** The owner records the answers for one sampled case. */
export const answerCaseCommand = reviewCommand<{
  readonly caseNumber: string;
  readonly answers: Readonly<Record<string, string>>;
}>('review.answer', ({ loaded, actor, input, now }) =>
  answerCase(loaded.review.record, actor, { ...input, now }),
);

/** The owner completes it with findings, learning and recommendations. */
export const completeReviewCommand = reviewCommand<ReviewFindings>(
  'review.complete',
  ({ loaded, actor, input, now }) => completeReview(loaded.review.record, actor, { ...input, now }),
);

/** A completed dip sample is shared with its service. */
export const shareReviewCommand = reviewCommand<object>('review.share', ({ loaded, actor, now }) =>
  shareReview(loaded.review.record, actor, now),
);
