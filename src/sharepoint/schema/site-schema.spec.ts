import { describe, expect, it } from 'vitest';
import * as ports from '../../domain/ports';
import * as records from '../../domain/records';
import { IMPORT_STATES } from '../../domain/register/register-import';
import { REAUDIT_STATES } from '../../domain/reaudits/reaudit';
import { THEME_KINDS } from '../../domain/themes/confirmed-theme';
import { SAMPLES } from '../../../tests/sharepoint/builders';
import { MAPPINGS } from '../lists/mappings';
import { siteSchema } from './load';
import { columnOf, listFor } from './site-schema';

const schema = siteSchema();

/** The domain's own choices for each choice column the manifest declares. */
const DOMAIN_CHOICES: Record<string, readonly string[]> = {
  Role: records.ROLES,
  Cohort: records.COHORTS,
  Kind: records.CYCLE_KINDS,
  Grade: records.GRADES,
  OverallGrade: records.GRADES,
  AuditorGrade: records.GRADES,
  ModeratedGrade: records.GRADES,
  GradeBefore: records.GRADES,
  Escalation: records.ESCALATION_LEVELS,
  Source: records.FEEDBACK_SOURCES,
  Sentiment: records.SENTIMENTS,
  Setting: records.OBSERVATION_SETTINGS,
  Activity: records.SCHEDULE_ACTIVITIES,
  OwnerRole: records.ROLES,
  Frequency: records.FREQUENCIES,
  Status: ports.OUTBOX_STATUSES,
  Scope: ['personal', 'team'],
  Outcome: ['ok', 'denied', 'failed'],
  AuditorResponse: records.AUDITOR_RESPONSES,
  Stage: ports.REMINDER_STAGES,
  ReviewKind: records.REVIEW_KINDS,
  ReportKind: records.REPORT_KINDS,
  PracticeArea: records.AREAS,
  ThemeKind: THEME_KINDS,
  Decision: records.THEME_DECISIONS,
  QualityEvidenceCited: records.QUALITY_SCORES,
  QualityChildsVoice: records.QUALITY_SCORES,
  QualityRationaleImpact: records.QUALITY_SCORES,
  QualityActionsSpecific: records.QUALITY_SCORES,
};
const STATES: Record<string, readonly string[]> = {
  cycles: records.CYCLE_STATES,
  reviews: records.REVIEW_STATES,
  audits: records.AUDIT_STATES,
  moderations: records.MODERATION_STATES,
  actions: records.ACTION_STATES,
  registerImports: IMPORT_STATES,
  reaudits: REAUDIT_STATES,
};

describe('the site schema in manifest/', () => {
  it('has a list for every record kind, each with a unique indexed RecordId', () => {
    expect(schema.lists.map((l) => l.kind).sort()).toEqual(Object.keys(MAPPINGS).sort());
    for (const list of schema.lists)
      expect(columnOf(list, 'RecordId')).toMatchObject({
        indexed: true,
        unique: true,
        required: true,
      });
  });

  it('offers exactly the domain choices in every choice column', () => {
    for (const list of schema.lists)
      for (const column of list.columns.filter((c) => c.type === 'choice')) {
        const expected =
          column.name === 'State'
            ? STATES[list.kind]
            : DOMAIN_CHOICES[column.name.replace(/^.*(?=Grade$)/, '')];
        expect([list.file, column.name, column.choices]).toEqual([
          list.file,
          column.name,
          expected,
        ]);
      }
  });

  it('indexes every column a repository can filter on', () => {
    for (const [kind, mapping] of Object.entries(MAPPINGS)) {
      const list = listFor(schema, kind as ports.RecordKind);
      for (const name of Object.values(mapping.columns as Record<string, string>))
        expect([kind, name, columnOf(list, name)?.indexed]).toEqual([kind, name, true]);
    }
  });

  it('names every column a mapping writes', () => {
    for (const [kind, mapping] of Object.entries(MAPPINGS)) {
      const list = listFor(schema, kind as ports.RecordKind);
      const sample = Object.keys(mapping.toFields(sampleOf(kind as ports.RecordKind) as never));
      for (const name of sample.filter((n) => n !== 'Title'))
        expect([kind, columnOf(list, name)?.name]).toEqual([kind, name]);
    }
  });
});

const sampleOf = (kind: ports.RecordKind) => SAMPLES[kind]();
