import { z } from 'zod';
import {
  ANSWER_TYPES,
  AREAS,
  COHORTS,
  EMPTY_FILTER,
  REVIEW_KINDS,
  REVIEW_STATES,
} from '../../domain/records';
import type { ListMapping } from './mapping';
import { dateTimeValue, jsonValue, textValue, titleValue } from './field-values';

/** The JSON columns, checked on read: a hand edit that breaks one is flagged, not trusted. */
const questions = z.array(
  z.object({
    id: z.string(),
    text: z.string(),
    area: z.enum(AREAS).nullable(),
    answerType: z.enum(ANSWER_TYPES),
  }),
);
const filter = z.object({
  serviceAreaIds: z.array(z.string()),
  teamIds: z.array(z.string()),
  cohorts: z.array(z.enum(COHORTS)),
});
const sample = z.array(z.string());
const answers = z.array(
  z.object({
    caseNumber: z.string(),
    answers: z.record(z.string(), z.string()),
    byId: z.string(),
    at: z.string(),
  }),
);

/** Thematic audits and dip samples: one item each, its questions, sample and answers as JSON. */
export const reviewsMapping: ListMapping<'reviews'> = {
  kind: 'reviews',
  key: (r) => r.id,
  columns: {
    id: 'RecordId',
    kind: 'ReviewKind',
    state: 'State',
    serviceAreaId: 'ServiceAreaId',
    ownerId: 'OwnerId',
  },
  toFields: (r) => ({
    RecordId: r.id,
    Title: titleValue(r.theme),
    ReviewKind: r.kind,
    State: r.state,
    Theme: r.theme,
    ServiceAreaId: r.serviceAreaId,
    OwnerId: r.ownerId,
    Questions: jsonValue(r.questions),
    CohortFilter: jsonValue(r.filter),
    SampleSize: r.sampleSize,
    Seed: r.seed,
    Sample: jsonValue(r.sample),
    PoolSize: r.poolSize,
    Answers: jsonValue(r.answers),
    Findings: textValue(r.findings.findings),
    Learning: textValue(r.findings.learning),
    Recommendations: textValue(r.findings.recommendations),
    CreatedAt: dateTimeValue(r.createdAt),
    DrawnAt: dateTimeValue(r.drawnAt),
    CompletedAt: dateTimeValue(r.completedAt),
    SharedAt: dateTimeValue(r.sharedAt),
    SharedById: r.sharedById,
  }),
  fromFields: (read) => ({
    id: read.text('RecordId', 'id'),
    kind: read.choice('ReviewKind', 'kind', REVIEW_KINDS, 'ThematicAudit'),
    state: read.choice('State', 'state', REVIEW_STATES, 'Designing'),
    theme: read.text('Theme', 'theme'),
    serviceAreaId: read.textOrNull('ServiceAreaId', 'serviceAreaId'),
    ownerId: read.text('OwnerId', 'ownerId'),
    questions: read.json('Questions', 'questions', questions, []),
    filter: read.json('CohortFilter', 'filter', filter, EMPTY_FILTER),
    sampleSize: read.number('SampleSize', 'sampleSize', 5),
    seed: read.numberOrNull('Seed', 'seed'),
    sample: read.json('Sample', 'sample', sample, []),
    poolSize: read.number('PoolSize', 'poolSize', 0),
    answers: read.json('Answers', 'answers', answers, []),
    findings: {
      findings: read.text('Findings', 'findings.findings'),
      learning: read.text('Learning', 'findings.learning'),
      recommendations: read.text('Recommendations', 'findings.recommendations'),
    },
    createdAt: read.dateTime('CreatedAt', 'createdAt') ?? '',
    drawnAt: read.dateTime('DrawnAt', 'drawnAt'),
    completedAt: read.dateTime('CompletedAt', 'completedAt'),
    sharedAt: read.dateTime('SharedAt', 'sharedAt'),
    sharedById: read.textOrNull('SharedById', 'sharedById'),
  }),
};
