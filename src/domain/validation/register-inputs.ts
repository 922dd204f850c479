import { z } from 'zod';
import type { Cycle } from '../records/cycle';
import { CYCLE_KINDS } from '../records/cycle';
import type { FeedbackEntry } from '../records/feedback';
import { FEEDBACK_SOURCES, SENTIMENTS } from '../records/feedback';
import type { Observation } from '../records/observation';
import { OBSERVATION_SETTINGS } from '../records/observation';
import { caseNumber, grade, id, isoDate, LIMITS, requiredText, text } from './primitives';

/** An entry for the feedback register; its id and recorder are the server's. */
export const feedbackEntrySchema = z.strictObject({
  source: z.enum(FEEDBACK_SOURCES),
  receivedOn: isoDate,
  serviceAreaId: id,
  teamId: id.nullable(),
  caseNumber: caseNumber.nullable(),
  auditId: id.nullable(),
  sentiment: z.enum(SENTIMENTS),
  summary: requiredText(LIMITS.long),
}) satisfies z.ZodType<Omit<FeedbackEntry, 'id' | 'recordedById'>>;

/** A direct observation of practice on the template; the observer is whoever records it. */
export const observationSchema = z.strictObject({
  setting: z.enum(OBSERVATION_SETTINGS),
  observedOn: isoDate,
  practitionerId: id,
  teamId: id,
  serviceAreaId: id,
  caseNumber: caseNumber.nullable(),
  grade,
  strengths: text(LIMITS.long),
  development: text(LIMITS.long),
  learning: text(LIMITS.long),
}) satisfies z.ZodType<Omit<Observation, 'id' | 'observerId'>>;

const days = z.int().min(1).max(365);

const timescalesSchema = z.strictObject({
  auditDays: days,
  moderationDays: days,
  actionDays: days,
  immediateActionDays: days,
  /** Left out or null: the service's number of weeks. */
  reauditWeeks: z.int().min(1).max(104).nullable().default(null),
});

/** A year of six-weekly cycles from a start date; timescales default to the service's. */
export const cycleYearSchema = z.strictObject({
  startDate: isoDate,
  timescales: timescalesSchema.optional(),
});

/** A planned cycle's new dates and timescales. */
export const cycleEditSchema = z
  .strictObject({ startDate: isoDate, endDate: isoDate, timescales: timescalesSchema })
  .refine((cycle) => cycle.endDate >= cycle.startDate, {
    path: ['endDate'],
    error: 'must not be before the start date',
  });

/** Closing a cycle: the reason, required by the domain while audits are still open. */
export const cycleCloseSchema = z.strictObject({ reason: text(LIMITS.note) });

/** A new cycle; timescales default to the service's when left out. */
export const cycleCreationSchema = z
  .strictObject({
    name: requiredText(LIMITS.short),
    kind: z.enum(CYCLE_KINDS),
    startDate: isoDate,
    endDate: isoDate,
    theme: text(LIMITS.note),
    timescales: timescalesSchema.optional(),
  })
  .refine((cycle) => cycle.endDate >= cycle.startDate, {
    path: ['endDate'],
    error: 'must not be before the start date',
  }) satisfies z.ZodType<
  Omit<Cycle, 'id' | 'state' | 'seed' | 'timescales' | 'closure'> & {
    timescales?: Cycle['timescales'];
  }
>;

const share = z.number().min(0).max(1);

/** The QA lead's request to preview an allocation draw for a cycle. */
export const allocationPreviewRequestSchema = z.strictObject({
  cycleId: id,
  /** Unsigned 32-bit; the server picks one when left out. */
  seed: z.int().min(0).max(0xffff_ffff).optional(),
  sampleSize: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('perAuditor'), casesPerAuditor: z.int().min(1).max(50) }),
    z.strictObject({ kind: z.literal('total'), totalCases: z.int().min(1).max(5000) }),
  ]),
  stratifyByCohort: z.boolean(),
  excludeRecentCycles: z.int().min(0).max(12),
  moderation: z.strictObject({
    share,
    lowAgreementThreshold: share,
    lowAgreementShare: share,
  }),
});
export type AllocationPreviewRequest = z.output<typeof allocationPreviewRequestSchema>;
