import { forbidden, invalid, invalidState, type FieldIssue } from '../errors';
import { mayShareReview, mayStartReview, mayWorkOnReview } from '../access/review-access';
import { isSeed } from '../random';
import type { Actor } from '../records/actor';
import type { Area } from '../records/grade';
import type {
  AnswerType,
  CohortFilter,
  DrawableCase,
  Review,
  ReviewFindings,
  ReviewKind,
  ReviewState,
} from '../records/review';
import { EMPTY_FILTER, EMPTY_FINDINGS } from '../records/review';
import type { Result } from '../result';
import { fail, ok } from '../result';
import {
  ANSWERS_CHARACTERS_MAX,
  QUESTIONS_MAX,
  SAMPLE_SIZE_MAX,
  answerIssues,
  cleanAnswers,
} from './answers';
import { drawSample, reviewPool } from './review-draw';

const THEME_MAX = 200;
const QUESTION_MAX = 300;

export interface StartReviewInput {
  readonly id: string;
  readonly kind: ReviewKind;
  readonly theme: string;
  readonly serviceAreaId: string | null;
  /** Whether the service named is on the Service areas list (true when none is named). */
  readonly serviceKnown: boolean;
  readonly now: string;
}

/** The QA lead sets up a thematic audit; a head of service starts a dip sample in their service. */
export const startReview = (actor: Actor, input: StartReviewInput): Result<Review> => {
  const refusal = mayStartReview(actor, input.kind, input.serviceAreaId);
  if (refusal !== null) return fail(forbidden(refusal));
  if (!input.serviceKnown) {
    return fail(invalid([{ field: 'serviceAreaId', message: 'is not a service on the list' }]));
  }
  const theme = input.theme.trim();
  if (theme === '') return fail(invalid([{ field: 'theme', message: 'is required' }]));
  if (theme.length > THEME_MAX) {
    return fail(
      invalid([{ field: 'theme', message: `must be ${String(THEME_MAX)} characters or fewer` }]),
    );
  }
  return ok({
    id: input.id,
    kind: input.kind,
    theme,
    serviceAreaId: input.serviceAreaId,
    ownerId: actor.id,
    state: 'Designing',
    questions: [],
    filter:
      input.serviceAreaId === null
        ? EMPTY_FILTER
        : { ...EMPTY_FILTER, serviceAreaIds: [input.serviceAreaId] },
    sampleSize: 5,
    seed: null,
    sample: [],
    poolSize: 0,
    answers: [],
    findings: EMPTY_FINDINGS,
    createdAt: input.now,
    drawnAt: null,
    completedAt: null,
    sharedAt: null,
    sharedById: null,
  });
};

const guard = (actor: Actor, review: Review, state: ReviewState, step: string): Result<null> => {
  if (!mayWorkOnReview(actor, review)) {
    return fail(forbidden(`Only its owner or the QA lead ${step}.`));
  }
  if (review.state !== state) {
    return fail(
      invalidState(
        `This review is ${review.state.toLowerCase()}: it cannot be changed that way now.`,
      ),
    );
  }
  return ok(null);
};

export interface DesignInput {
  readonly theme: string;
  readonly questions: readonly {
    readonly text: string;
    readonly area: Area | null;
    readonly answerType: AnswerType;
  }[];
  readonly filter: CohortFilter;
  readonly sampleSize: number;
}

/** What the organisation knows, to check a filter against. */
export interface Organisation {
  readonly serviceOfTeam: (teamId: string) => string | undefined;
  readonly serviceExists: (serviceAreaId: string) => boolean;
}

/** The owner designs it: the theme, the questions (numbered Q1, Q2… in order), the cohort, the size. */
export const designReview = (
  review: Review,
  actor: Actor,
  input: DesignInput,
  org: Organisation,
): Result<Review> => {
  const allowed = guard(actor, review, 'Designing', 'designs it');
  if (!allowed.ok) return allowed;
  const issues: FieldIssue[] = [];
  const theme = input.theme.trim();
  if (theme === '') issues.push({ field: 'theme', message: 'is required' });
  if (input.questions.length > QUESTIONS_MAX) {
    issues.push({ field: 'questions', message: `must be ${String(QUESTIONS_MAX)} or fewer` });
  }
  input.questions.forEach((q, i) => {
    const text = q.text.trim();
    if (text === '') issues.push({ field: `questions.${String(i)}.text`, message: 'is required' });
    if (text.length > QUESTION_MAX) {
      issues.push({
        field: `questions.${String(i)}.text`,
        message: `must be ${String(QUESTION_MAX)} characters or fewer`,
      });
    }
  });
  if (
    !Number.isInteger(input.sampleSize) ||
    input.sampleSize < 1 ||
    input.sampleSize > SAMPLE_SIZE_MAX
  ) {
    issues.push({
      field: 'sampleSize',
      message: `must be a whole number from 1 to ${String(SAMPLE_SIZE_MAX)}`,
    });
  }
  for (const id of input.filter.serviceAreaIds) {
    if (!org.serviceExists(id))
      issues.push({ field: 'filter.serviceAreaIds', message: `has ${id}, which is no service` });
    else if (review.kind === 'DipSample' && id !== review.serviceAreaId) {
      issues.push({
        field: 'filter.serviceAreaIds',
        message: 'must be the dip sample’s own service only',
      });
    }
  }
  for (const id of input.filter.teamIds) {
    const service = org.serviceOfTeam(id);
    if (service === undefined)
      issues.push({ field: 'filter.teamIds', message: `has ${id}, which is no team` });
    else if (review.kind === 'DipSample' && service !== review.serviceAreaId) {
      issues.push({
        field: 'filter.teamIds',
        message: 'must be teams of the dip sample’s own service',
      });
    }
  }
  if (issues.length > 0) return fail(invalid(issues));
  return ok({
    ...review,
    theme,
    questions: input.questions.map((q, i) => ({
      id: `Q${String(i + 1)}`,
      text: q.text.trim(),
      area: q.area,
      answerType: q.answerType,
    })),
    filter: {
      serviceAreaIds: [...new Set(input.filter.serviceAreaIds)],
      teamIds: [...new Set(input.filter.teamIds)],
      cohorts: [...new Set(input.filter.cohorts)],
    },
    sampleSize: input.sampleSize,
  });
};

/** The owner draws the sample from the open-case register with a seed: the same seed, the same sample. */
export const drawReview = (
  review: Review,
  actor: Actor,
  input: { readonly seed: number; readonly cases: readonly DrawableCase[]; readonly now: string },
): Result<Review> => {
  const allowed = guard(actor, review, 'Designing', 'draws its sample');
  if (!allowed.ok) return allowed;
  const issues: FieldIssue[] = [];
  if (review.questions.length === 0)
    issues.push({ field: 'questions', message: 'needs at least one question before the draw' });
  if (!isSeed(input.seed))
    issues.push({ field: 'seed', message: 'must be a whole number from 0 to 4294967295' });
  const pool = reviewPool(review, input.cases);
  if (pool.length === 0)
    issues.push({ field: 'filter', message: 'matches no open case on the register' });
  if (issues.length > 0) return fail(invalid(issues));
  return ok({
    ...review,
    state: 'Sampling',
    seed: input.seed,
    sample: drawSample(pool, review.sampleSize, input.seed),
    poolSize: pool.length,
    drawnAt: input.now,
  });
};

/** The owner records the answers for one sampled case (a second time replaces the first). */
export const answerCase = (
  review: Review,
  actor: Actor,
  input: {
    readonly caseNumber: string;
    readonly answers: Readonly<Record<string, string>>;
    readonly now: string;
  },
): Result<Review> => {
  const allowed = guard(actor, review, 'Sampling', 'records its answers');
  if (!allowed.ok) return allowed;
  if (!review.sample.includes(input.caseNumber)) {
    return fail(invalid([{ field: 'caseNumber', message: 'is not in this review’s sample' }]));
  }
  const issues = answerIssues(review.questions, input.answers);
  if (issues.length > 0) return fail(invalid(issues));
  const entry = {
    caseNumber: input.caseNumber,
    answers: cleanAnswers(review.questions, input.answers),
    byId: actor.id,
    at: input.now,
  };
  const answers = [...review.answers.filter((a) => a.caseNumber !== input.caseNumber), entry].sort(
    (a, b) => review.sample.indexOf(a.caseNumber) - review.sample.indexOf(b.caseNumber),
  );
  if (JSON.stringify(answers).length > ANSWERS_CHARACTERS_MAX) {
    return fail(
      invalid([{ field: 'answers', message: 'are too long to keep: shorten the text answers' }]),
    );
  }
  return ok({ ...review, answers });
};

const FINDINGS_MAX = 8_000;

/** The owner completes it with findings, learning and recommendations, every sampled case answered. */
export const completeReview = (
  review: Review,
  actor: Actor,
  input: ReviewFindings & { readonly now: string },
): Result<Review> => {
  const allowed = guard(actor, review, 'Sampling', 'completes it');
  if (!allowed.ok) return allowed;
  const issues: FieldIssue[] = [];
  const open = review.sample.filter((n) => !review.answers.some((a) => a.caseNumber === n));
  if (open.length > 0)
    issues.push({ field: 'answers', message: `are still needed for ${open.join(', ')}` });
  for (const field of ['findings', 'learning', 'recommendations'] as const) {
    const text = input[field].trim();
    if (text === '') issues.push({ field, message: 'is required' });
    else if (text.length > FINDINGS_MAX)
      issues.push({ field, message: `must be ${String(FINDINGS_MAX)} characters or fewer` });
  }
  if (issues.length > 0) return fail(invalid(issues));
  return ok({
    ...review,
    state: 'Completed',
    findings: {
      findings: input.findings.trim(),
      learning: input.learning.trim(),
      recommendations: input.recommendations.trim(),
    },
    completedAt: input.now,
  });
};

/** A completed dip sample is shared with its service: its staff then see the findings. */
export const shareReview = (review: Review, actor: Actor, now: string): Result<Review> => {
  if (!mayShareReview(actor, review)) {
    return fail(
      forbidden(
        review.kind === 'DipSample'
          ? 'Only its owner or the QA lead shares a dip sample.'
          : 'A thematic audit is not shared with a service this way.',
      ),
    );
  }
  if (review.state !== 'Completed') {
    return fail(invalidState('Complete the dip sample before sharing it with the service.'));
  }
  return ok({ ...review, state: 'Shared', sharedAt: now, sharedById: actor.id });
};
