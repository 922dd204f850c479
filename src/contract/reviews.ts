import type { AnswerType, CohortFilter, Review, ReviewKind } from '../domain/records/review';
import type { Area } from '../domain/records/grade';
import type { ListResponse, RecordDto, Versioned } from './common';

/** What a person may do to a thematic audit or dip sample now. */
export type ReviewStep = 'design' | 'draw' | 'answer' | 'complete' | 'share';

/**
 * A review as the caller may see it. The staff of a service reading a shared dip sample get its
 * findings, learning and recommendations and the counts, not the answers case by case (`sample`
 * and `answers` are empty and `caseAnswersShown` is false).
 */
export type ReviewDto = Omit<RecordDto<Review>, 'allowed'> & {
  readonly allowed: readonly ReviewStep[];
  readonly caseAnswersShown: boolean;
  /** For each question that is not a short text: how many sampled cases gave each answer. */
  readonly tally: readonly {
    readonly questionId: string;
    readonly counts: Readonly<Record<string, number>>;
  }[];
};

/** `GET /api/reviews` — every thematic audit and dip sample the caller may see, newest first. */
export type ReviewListResponse = ListResponse<ReviewDto>;

/** `GET /api/reviews/:id` and the answer of every write. */
export interface ReviewResponse {
  readonly review: ReviewDto;
}

/** `POST /api/reviews`: a thematic audit (QA lead) or a dip sample (a head of service's own service). */
export interface StartReviewRequest {
  readonly kind: ReviewKind;
  readonly theme: string;
  readonly serviceAreaId: string | null;
}

export interface ReviewQuestionInput {
  readonly text: string;
  readonly area: Area | null;
  readonly answerType: AnswerType;
}

/** `PUT /api/reviews/:id/design`: the questions in order (numbered by the server), cohort, size. */
export interface DesignReviewRequest extends Versioned {
  readonly theme: string;
  readonly questions: readonly ReviewQuestionInput[];
  readonly filter: CohortFilter;
  readonly sampleSize: number;
}

/** `POST /api/reviews/:id/draw`: a seed to draw with, or none for a new one. */
export interface DrawReviewRequest extends Versioned {
  readonly seed?: number;
}

/** `POST /api/reviews/:id/answers`: one sampled case's answers, by question id. */
export interface AnswerCaseRequest extends Versioned {
  readonly caseNumber: string;
  readonly answers: Readonly<Record<string, string>>;
}

/** `POST /api/reviews/:id/complete`. */
export interface CompleteReviewRequest extends Versioned {
  readonly findings: string;
  readonly learning: string;
  readonly recommendations: string;
}
