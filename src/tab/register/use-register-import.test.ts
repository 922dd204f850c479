import { describe, expect, it } from 'vitest';
import type { ImportPreviewResponse } from '../../contract/register-import';
import { DEFAULT_MAPPING } from '../../domain/register/column-mapping';
import {
  contentTypeOf,
  fractionDone,
  importLabel,
  previewSummary,
  XLSX_TYPE,
} from './register.types';
import { formOf, mappingOf } from './use-column-mapping';

const preview = (over: Partial<ImportPreviewResponse> = {}): ImportPreviewResponse => ({
  importId: 'IMP-1',
  fingerprint: 'f',
  format: 'csv',
  encoding: 'UTF-8',
  rows: 12,
  add: 3,
  update: 2,
  close: 1,
  closeWarning: null,
  unchanged: 4,
  badRows: 2,
  droppedColumns: ['Forename'],
  ignoredColumns: [],
  columns: {},
  issues: [],
  issueCount: 2,
  previous: null,
  ...over,
});

describe('the register import page', () => {
  it('says on the button that the rows with errors are skipped', () => {
    expect(importLabel(preview())).toBe('Import the 10 valid rows and skip the 2 with errors');
    expect(importLabel(preview({ badRows: 0 }))).toBe('Import 12 rows');
  });

  it('sums up the preview in one sentence', () => {
    expect(previewSummary(preview())).toBe(
      '12 rows read: 3 cases to add, 2 to update, 1 to close (not in the file), 4 unchanged, 2 rows with errors.',
    );
  });

  it('sends a file as CSV or as a workbook by its name', () => {
    expect(contentTypeOf('Open cases.XLSX')).toBe(XLSX_TYPE);
    expect(contentTypeOf('open-cases.csv')).toBe('text/csv');
  });

  it('shows progress as a fraction, full when there was nothing to write', () => {
    const base = { importId: 'I', state: 'Running' as const, added: 0, updated: 0, closed: 0 };
    const rest = { unchanged: 0, skipped: 0, startedAt: '', finishedAt: null, lastError: '' };
    expect(fractionDone({ ...base, ...rest, total: 200, done: 50 })).toBe(0.25);
    expect(fractionDone({ ...base, ...rest, total: 0, done: 0 })).toBe(1);
  });
});

describe('the column mapping form', () => {
  it('turns comma-separated headers back into the mapping, keeping the cohort values', () => {
    const form = { ...formOf(DEFAULT_MAPPING), caseNumber: ' Ref No , Case Reference,' };
    const { mapping, issues } = mappingOf(form, DEFAULT_MAPPING);
    expect(issues).toEqual({});
    expect(mapping?.columns.caseNumber).toEqual(['Ref No', 'Case Reference']);
    expect(mapping?.cohortValues).toBe(DEFAULT_MAPPING.cohortValues);
  });

  it('asks for a column for every required field, the start date excepted', () => {
    const form = { ...formOf(DEFAULT_MAPPING), team: ' , ', startDate: '' };
    expect(mappingOf(form, DEFAULT_MAPPING)).toEqual({
      mapping: null,
      issues: { team: 'Name at least one column for team' },
    });
  });
});
