import { z } from 'zod';
import { COHORTS, type Cohort } from '../records/case';
import { isIdentifyingHeader, normaliseHeader } from './identifying-columns';

/** What Audit Loop reads from a register export: the fields of a case, and a start date. */
export const REGISTER_FIELDS = ['caseNumber', 'team', 'worker', 'cohort', 'startDate'] as const;
export type RegisterField = (typeof REGISTER_FIELDS)[number];

/** Fields every export must have a column for; the start date is checked only when present. */
export const REQUIRED_FIELDS: readonly RegisterField[] = ['caseNumber', 'team', 'worker', 'cohort'];

export const REGISTER_FIELD_LABELS: Readonly<Record<RegisterField, string>> = {
  caseNumber: 'Case number',
  team: 'Team',
  worker: 'Allocated worker',
  cohort: 'Cohort',
  startDate: 'Start date',
};

/**
 * How an export's columns map onto a case: for each field, the headers that may hold it (the
 * first one present is read), and how the export's words for a cohort map onto Audit Loop's.
 */
export interface ColumnMapping {
  readonly columns: Readonly<Record<RegisterField, readonly string[]>>;
  /** An export's value (any case, any spacing) → the cohort. */
  readonly cohortValues: Readonly<Record<string, Cohort>>;
}

/** A Liquidlogic or Mosaic style export, as most councils' case management systems give it. */
export const DEFAULT_MAPPING: ColumnMapping = {
  columns: {
    caseNumber: ['Case Reference', 'Case Number', 'Person ID', 'LCS ID', 'Mosaic ID'],
    team: ['Team', 'Team Name', 'Allocated Team', 'Team Code'],
    worker: [
      'Allocated Worker Email',
      'Worker Email',
      'Allocated Worker ID',
      'Worker ID',
      'Allocated Worker',
    ],
    cohort: ['Cohort', 'Category of Need', 'Legal Status', 'Plan Type', 'Case Type'],
    startDate: ['Start Date', 'Open Date', 'Episode Start Date'],
  },
  cohortValues: {
    'early help': 'EarlyHelp',
    eh: 'EarlyHelp',
    'child in need': 'ChildInNeed',
    cin: 'ChildInNeed',
    'cin plan': 'ChildInNeed',
    'child protection': 'ChildProtection',
    'child protection plan': 'ChildProtection',
    cp: 'ChildProtection',
    'cp plan': 'ChildProtection',
    cpp: 'ChildProtection',
    'child looked after': 'ChildLookedAfter',
    'looked after': 'ChildLookedAfter',
    'looked after child': 'ChildLookedAfter',
    cla: 'ChildLookedAfter',
    lac: 'ChildLookedAfter',
    'child in care': 'ChildLookedAfter',
    cic: 'ChildLookedAfter',
    'care leaver': 'CareLeaver',
    'care leavers': 'CareLeaver',
    'leaving care': 'CareLeaver',
  },
};

/** An export's cohort value as the table keys it: 'CP Plan ' → 'cp plan'. */
export const cohortKey = (value: string): string => normaliseHeader(value);

const header = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(100, 'must be at most 100 characters')
  .refine((h) => !isIdentifyingHeader(h), {
    message: 'could identify a child, so Audit Loop never reads it',
  });

/** A mapping as the QA lead saves it: every required field has a header, none identifying. */
export const columnMappingSchema = z.strictObject({
  columns: z.strictObject({
    caseNumber: z.array(header).min(1, 'needs at least one column').max(20),
    team: z.array(header).min(1, 'needs at least one column').max(20),
    worker: z.array(header).min(1, 'needs at least one column').max(20),
    cohort: z.array(header).min(1, 'needs at least one column').max(20),
    startDate: z.array(header).max(20),
  }),
  cohortValues: z
    .record(z.string().trim().min(1).max(100), z.enum(COHORTS))
    .refine((table) => Object.keys(table).length <= 200, { message: 'has over 200 values' })
    .transform((table) =>
      Object.fromEntries(Object.entries(table).map(([k, v]) => [cohortKey(k), v] as const)),
    ),
});
