import { describe, expect, it } from 'vitest';
import type { RecordKind } from '../../domain/ports';
import { SAMPLES, buildAction } from '../../../tests/sharepoint/builders';
import { FieldReader } from './field-reader';
import type { Fields } from './field-values';
import type { ListMapping } from './mapping';
import { MAPPINGS } from './mappings';
import { actionsMapping } from './actions.mapping';

/** What SharePoint gives back: cleared fields absent, date-times in whole seconds. */
function asStored(fields: Fields): Record<string, unknown> {
  const stored: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (value === null) continue;
    stored[key] =
      typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value)
        ? value.replace(/\.\d{3}Z$/, 'Z')
        : value;
  }
  return stored;
}

const KINDS = Object.keys(MAPPINGS) as RecordKind[];

describe.each(KINDS)('the %s mapping', (kind) => {
  const mapping = MAPPINGS[kind] as ListMapping<RecordKind>;

  it('reads back exactly the record it wrote, with no flags', () => {
    const record = SAMPLES[kind]();
    const read = new FieldReader(asStored(mapping.toFields(record)));
    expect(mapping.fromFields(read)).toEqual(record);
    expect(read.flags).toEqual([]);
  });

  it('reads an item with every column empty without throwing', () => {
    const read = new FieldReader({});
    expect(() => mapping.fromFields(read)).not.toThrow();
    expect(read.flags).toEqual([]);
  });

  it('keeps the Title single-line and at most 255 characters', () => {
    const title = mapping.toFields(SAMPLES[kind]()).Title;
    expect(typeof title).toBe('string');
    expect(String(title)).not.toMatch(/[\r\n]/);
    expect(String(title).length).toBeLessThanOrEqual(255);
  });
});

describe('the actions mapping', () => {
  it('flattens the latest supervision review into "Last reviewed in supervision"', () => {
    expect(actionsMapping.toFields(buildAction()).LastReviewedInSupervision).toBe(
      '2025-03-26T00:00:00Z',
    );
    expect(
      actionsMapping.toFields(buildAction('X', { supervisionReviews: [] }))
        .LastReviewedInSupervision,
    ).toBeNull();
  });
});
