import { describe, it } from 'vitest';
import fc from 'fast-check';
import type { z } from 'zod';
import { CYCLE_KINDS } from '../records/cycle';
import { FEEDBACK_SOURCES, SENTIMENTS } from '../records/feedback';
import { GRADES } from '../records/grade';
import { OBSERVATION_SETTINGS } from '../records/observation';
import { addDays } from '../calendar/calendar';
import {
  completeActionSchema,
  reasonSchema,
  recordProgressSchema,
  supervisionReviewSchema,
} from './action-inputs';
import {
  addContributorSchema,
  assignModeratorSchema,
  reallocateSchema,
  saveDraftSchema,
  submitAuditSchema,
  workerFeedbackSchema,
} from './audit-inputs';
import { moderateSchema, resolveDisagreementSchema } from './moderation-inputs';
import {
  allocationPreviewRequestSchema,
  cycleCreationSchema,
  feedbackEntrySchema,
  observationSchema,
} from './register-inputs';

const anId = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,20}$/);
const aCaseNumber = fc.integer({ min: 100000, max: 999999 }).map((n) => `CF-${n}`);
const someText = fc.string({ maxLength: 60 });
const requiredText = fc.string({ minLength: 1, maxLength: 60 }).filter((s) => s.trim() !== '');
const aDate = fc.integer({ min: 0, max: 20000 }).map((n) => addDays('1990-01-01', n));
const aGrade = fc.constantFrom(...GRADES);
const share = fc.double({ min: 0, max: 1, noNaN: true });
const impossibleDates = fc.constantFrom(
  '2025-02-30',
  '2025-13-01',
  '2025-00-10',
  '25-01-01',
  'tomorrow',
  '2025-1-1',
);

const areaDraft = fc.record(
  { grade: fc.option(aGrade), evidence: someText, strengths: someText, development: someText },
  { requiredKeys: [] },
);
const draft = fc.record(
  {
    areas: fc.record(
      { childsVoice: areaDraft, planning: areaDraft, managementGrip: areaDraft },
      { requiredKeys: [] },
    ),
    feedback: fc.record(
      { childYoungPerson: someText, parentsCarers: someText },
      { requiredKeys: [] },
    ),
    meetingDate: fc.option(aDate),
    practiceObserved: fc.boolean(),
    overallGrade: fc.option(aGrade),
    rationale: someText,
  },
  { requiredKeys: [] },
);
const actionInput = fc.record(
  {
    description: requiredText,
    ownerId: anId,
    dueDate: aDate,
    timescaleDays: fc.integer({ min: 1, max: 365 }),
    immediate: fc.boolean(),
  },
  { requiredKeys: ['description', 'ownerId', 'immediate'] },
);

interface Case {
  readonly name: string;
  readonly schema: z.ZodType;
  readonly valid: fc.Arbitrary<Record<string, unknown>>;
  /** Top-level fields holding an ISO date. */
  readonly dates: readonly string[];
}

const CASES: readonly Case[] = [
  { name: 'save draft', schema: saveDraftSchema, valid: fc.record({ draft }), dates: [] },
  {
    name: 'submission',
    schema: submitAuditSchema,
    valid: fc.record(
      { draft, actions: fc.array(actionInput, { maxLength: 4 }), noActionsNeeded: fc.boolean() },
      { requiredKeys: ['actions', 'noActionsNeeded'] },
    ),
    dates: [],
  },
  {
    name: 'worker feedback',
    schema: workerFeedbackSchema,
    valid: fc.record({ feedback: requiredText }),
    dates: [],
  },
  {
    name: 'contributor',
    schema: addContributorSchema,
    valid: fc.record({ contributorId: anId }),
    dates: [],
  },
  {
    name: 'reallocation',
    schema: reallocateSchema,
    valid: fc.record({ auditorId: anId }),
    dates: [],
  },
  {
    name: 'moderator',
    schema: assignModeratorSchema,
    valid: fc.record({ moderatorId: anId }),
    dates: [],
  },
  {
    name: 'moderation',
    schema: moderateSchema,
    valid: fc.oneof(
      fc.record(
        { outcome: fc.constant('Agreed'), moderatedGrade: aGrade, reasons: someText },
        { requiredKeys: ['outcome', 'reasons'] },
      ),
      fc.record({
        outcome: fc.constant('Disagreed'),
        moderatedGrade: aGrade,
        reasons: requiredText,
      }),
    ),
    dates: [],
  },
  {
    name: 'resolution',
    schema: resolveDisagreementSchema,
    valid: fc.record({ learningNotes: requiredText }),
    dates: [],
  },
  {
    name: 'progress',
    schema: recordProgressSchema,
    valid: fc.record({ note: requiredText }),
    dates: [],
  },
  {
    name: 'supervision review',
    schema: supervisionReviewSchema,
    valid: fc.record({ date: aDate, note: someText }),
    dates: ['date'],
  },
  {
    name: 'completion',
    schema: completeActionSchema,
    valid: fc.record({ evidence: requiredText }),
    dates: [],
  },
  { name: 'reason', schema: reasonSchema, valid: fc.record({ reason: requiredText }), dates: [] },
  {
    name: 'feedback entry',
    schema: feedbackEntrySchema,
    valid: fc.record({
      source: fc.constantFrom(...FEEDBACK_SOURCES),
      receivedOn: aDate,
      serviceAreaId: anId,
      teamId: fc.option(anId),
      caseNumber: fc.option(aCaseNumber),
      auditId: fc.option(anId),
      sentiment: fc.constantFrom(...SENTIMENTS),
      summary: requiredText,
    }),
    dates: ['receivedOn'],
  },
  {
    name: 'observation',
    schema: observationSchema,
    valid: fc.record({
      setting: fc.constantFrom(...OBSERVATION_SETTINGS),
      observedOn: aDate,
      practitionerId: anId,
      teamId: anId,
      serviceAreaId: anId,
      caseNumber: fc.option(aCaseNumber),
      grade: aGrade,
      strengths: someText,
      development: someText,
      learning: someText,
    }),
    dates: ['observedOn'],
  },
  {
    name: 'cycle creation',
    schema: cycleCreationSchema,
    valid: fc
      .record({
        name: requiredText,
        kind: fc.constantFrom(...CYCLE_KINDS),
        startDate: aDate,
        length: fc.nat(400),
        theme: someText,
      })
      .map(({ length, ...cycle }) => ({ ...cycle, endDate: addDays(cycle.startDate, length) })),
    dates: ['startDate', 'endDate'],
  },
  {
    name: 'allocation preview request',
    schema: allocationPreviewRequestSchema,
    valid: fc.record(
      {
        cycleId: anId,
        seed: fc.integer({ min: 0, max: 0xffffffff }),
        sampleSize: fc.oneof(
          fc.record({
            kind: fc.constant('perAuditor'),
            casesPerAuditor: fc.integer({ min: 1, max: 50 }),
          }),
          fc.record({ kind: fc.constant('total'), totalCases: fc.integer({ min: 1, max: 5000 }) }),
        ),
        stratifyByCohort: fc.boolean(),
        excludeRecentCycles: fc.integer({ min: 0, max: 12 }),
        moderation: fc.record({ share, lowAgreementThreshold: share, lowAgreementShare: share }),
      },
      {
        requiredKeys: [
          'cycleId',
          'sampleSize',
          'stratifyByCohort',
          'excludeRecentCycles',
          'moderation',
        ],
      },
    ),
    dates: [],
  },
];

/** A value of a different type from the valid one, that no field accepts in its place. */
const wrongTypeFor = (value: unknown): unknown => {
  if (typeof value === 'string') return 42;
  if (typeof value === 'number') return 'seven';
  if (typeof value === 'boolean') return 'yes';
  if (value === null) return 42;
  return 'not an object';
};

const accepts = (schema: z.ZodType, raw: unknown): boolean => schema.safeParse(raw).success;

describe.each(CASES)('the $name schema', ({ schema, valid }) => {
  it('accepts any valid input', () => {
    fc.assert(fc.property(valid, (raw) => accepts(schema, raw)));
  });

  it('refuses valid input with an unknown extra field', () => {
    const extraKey = fc
      .string({ minLength: 1, maxLength: 12 })
      .filter((k) => !['__proto__', 'constructor'].includes(k));
    fc.assert(
      fc.property(valid, extraKey, fc.jsonValue(), (raw, key, value) => {
        fc.pre(!(key in raw));
        return !accepts(schema, { ...raw, [key]: value });
      }),
    );
  });

  it('refuses valid input with one field of the wrong type', () => {
    fc.assert(
      fc.property(valid, fc.nat(), (raw, pick) => {
        const keys = Object.keys(raw).filter((k) => raw[k] !== undefined);
        fc.pre(keys.length > 0);
        const key = keys[pick % keys.length];
        return !accepts(schema, { ...raw, [key]: wrongTypeFor(raw[key]) });
      }),
    );
  });
});

describe.each(CASES.filter((c) => c.dates.length > 0))(
  'the $name schema',
  ({ schema, valid, dates }) => {
    it('refuses an impossible date in any date field', () => {
      fc.assert(
        fc.property(
          valid,
          fc.constantFrom(...dates),
          impossibleDates,
          (raw, key, bad) => !accepts(schema, { ...raw, [key]: bad }),
        ),
      );
    });
  },
);

describe('nested mutations', () => {
  it('a submission with any action field of the wrong type is refused', () => {
    fc.assert(
      fc.property(
        actionInput,
        fc.constantFrom('description', 'ownerId', 'immediate', 'dueDate', 'timescaleDays'),
        (action, key) => {
          const bad = {
            ...action,
            [key]: wrongTypeFor(key === 'immediate' ? true : key === 'timescaleDays' ? 1 : 's'),
          };
          return !accepts(submitAuditSchema, { actions: [bad], noActionsNeeded: false });
        },
      ),
    );
  });

  it('a draft with an unknown area or a bad meeting date is refused', () => {
    fc.assert(
      fc.property(
        impossibleDates,
        (bad) =>
          !accepts(saveDraftSchema, { draft: { meetingDate: bad } }) &&
          !accepts(saveDraftSchema, { draft: { areas: { courage: {} } } }),
      ),
    );
  });
});
