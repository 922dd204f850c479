import { Router } from 'express';
import { z } from 'zod';
import type {
  ReviewDto,
  ReviewListResponse,
  ReviewResponse,
  ReviewStep,
} from '../../contract/reviews';
import { fromModel } from '../../app/queries/from-model';
import {
  answerCaseCommand,
  completeReviewCommand,
  designReviewCommand,
  drawReviewCommand,
  reviewRef,
  shareReviewCommand,
  startReviewCommand,
  type ReviewRecords,
} from '../../app/reviews/review-commands';
import type { RecordCommand } from '../../app/commands/command';
import type { Services } from '../../app/services';
import {
  canViewReview,
  mayShareReview,
  mayWorkOnReview,
  seesCaseAnswers,
} from '../../domain/access/review-access';
import type { Versioned } from '../../domain/ports/versioned';
import type { Actor } from '../../domain/records/actor';
import { COHORTS } from '../../domain/records/case';
import { AREAS } from '../../domain/records/grade';
import { ANSWER_TYPES, REVIEW_KINDS, type Review } from '../../domain/records/review';
import { MAX_SEED } from '../../domain/random';
import { QUESTIONS_MAX, SAMPLE_SIZE_MAX } from '../../domain/reviews/answers';
import { tallyAnswers } from '../../domain/reviews/answers';
import { callerOf, type Caller } from '../http/authenticate';
import { notFound } from '../http/http-error';
import { mountCommand } from './command-route';
import { deny } from './guard';
import { idParam } from './parse';

const id = z.string().min(1).max(64);
const startSchema = z.strictObject({
  kind: z.enum(REVIEW_KINDS),
  theme: z.string().max(200),
  serviceAreaId: id.nullable(),
});
const designSchema = z.strictObject({
  theme: z.string().max(200),
  questions: z
    .array(
      z.strictObject({
        text: z.string().max(300),
        area: z.enum(AREAS).nullable(),
        answerType: z.enum(ANSWER_TYPES),
      }),
    )
    .max(QUESTIONS_MAX),
  filter: z.strictObject({
    serviceAreaIds: z.array(id).max(50),
    teamIds: z.array(id).max(200),
    cohorts: z.array(z.enum(COHORTS)),
  }),
  sampleSize: z.number().int().min(1).max(SAMPLE_SIZE_MAX),
});
const drawSchema = z.strictObject({ seed: z.number().int().min(0).max(MAX_SEED).optional() });
const answerSchema = z.strictObject({
  caseNumber: z.string().min(1).max(64),
  answers: z.record(z.string().max(10), z.string().max(1000)),
});
const completeSchema = z.strictObject({
  findings: z.string().max(8000),
  learning: z.string().max(8000),
  recommendations: z.string().max(8000),
});

const stepsFor = (actor: Actor, review: Review): ReviewStep[] => {
  if (!mayWorkOnReview(actor, review)) return [];
  switch (review.state) {
    case 'Designing':
      return ['design', 'draw'];
    case 'Sampling':
      return ['answer', 'complete'];
    case 'Completed':
      return mayShareReview(actor, review) ? ['share'] : [];
    case 'Shared':
      return [];
  }
};

/** The review as this caller may see it: case by case only for those who work on reviews. */
const reviewDto = (
  services: Services,
  actor: Actor,
  { record, version, flags }: Versioned<Review>,
): ReviewDto => {
  const shown = seesCaseAnswers(actor, record);
  const visible: Review = shown ? record : { ...record, sample: [], answers: [] };
  const staffIds = [record.ownerId, record.sharedById, ...visible.answers.map((a) => a.byId)];
  return {
    record: visible,
    version,
    flags,
    names: Object.fromEntries<string>([
      ...staffIds
        .filter((s): s is string => s !== null)
        .map((s): [string, string] => [s, services.directory.nameOf(s)]),
      ...(record.serviceAreaId === null
        ? []
        : [
            [
              record.serviceAreaId,
              services.directory.serviceArea(record.serviceAreaId)?.name ?? record.serviceAreaId,
            ] as [string, string],
          ]),
    ]),
    allowed: stepsFor(actor, record),
    caseAnswersShown: shown,
    tally: tallyAnswers(record.questions, record.answers),
  };
};

/** Thematic audits and dip samples (section 6): read from the read model, written by commands. */
export function reviewRoutes(services: Services): Router {
  const router = Router();
  router.get('/reviews', async (_req, res) => {
    const { actor } = callerOf(res);
    const rows = await fromModel(services, 'reviews');
    const body: ReviewListResponse = {
      items: rows
        .filter((r) => canViewReview(actor, r.record))
        .sort((a, b) => b.record.createdAt.localeCompare(a.record.createdAt))
        .map((r) => reviewDto(services, actor, r)),
    };
    res.json(body);
  });
  router.get('/reviews/:id', async (req, res) => {
    const caller = callerOf(res);
    const parsed = idParam.safeParse(req.params['id']);
    if (!parsed.success) throw notFound('Review');
    const review = await services.store.repo('reviews').get(parsed.data);
    if (review === null) throw notFound('Review');
    if (!canViewReview(caller.actor, review.record)) {
      throw deny(services, caller, reviewRef(parsed.data), 'You cannot see this review.');
    }
    const body: ReviewResponse = { review: reviewDto(services, caller.actor, review) };
    res.json(body);
  });

  const respond = (caller: Caller, { review }: ReviewRecords): ReviewResponse => ({
    review: reviewDto(services, caller.actor, review),
  });
  mountCommand(router, services, {
    method: 'post',
    path: '/reviews',
    command: startReviewCommand,
    schema: startSchema,
    versioned: false,
    noun: 'Review',
    status: 201,
    respond: (caller, { created }) => {
      if (created === null) throw new Error('review.start saved nothing');
      return { review: reviewDto(services, caller.actor, created) } satisfies ReviewResponse;
    },
  });
  const step = <I>(
    method: 'post' | 'put',
    path: string,
    command: RecordCommand<ReviewRecords, I>,
    schema: z.ZodType<I>,
  ) => {
    mountCommand(router, services, {
      method,
      path: `/reviews/:id/${path}`,
      command,
      schema,
      versioned: true,
      noun: 'Review',
      respond,
    });
  };
  step('put', 'design', designReviewCommand, designSchema);
  step('post', 'draw', drawReviewCommand, drawSchema);
  step('post', 'answers', answerCaseCommand, answerSchema);
  step('post', 'complete', completeReviewCommand, completeSchema);
  step('post', 'share', shareReviewCommand, z.strictObject({}));
  return router;
}
