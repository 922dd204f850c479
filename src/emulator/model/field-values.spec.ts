import { describe, expect, it } from 'vitest';
import { parseColumnDefinition } from './column-input.js';
import { builtInColumns } from './columns.js';
import { normalizeDateTime, validateFields } from './field-values.js';

const columns = [
  ...builtInColumns(),
  parseColumnDefinition({ name: 'Score', number: { minimum: 0, maximum: 10 } }),
  parseColumnDefinition({
    name: 'Grade',
    choice: { choices: ['Good', 'Inadequate'] },
    required: true,
  }),
  parseColumnDefinition({ name: 'Worker', personOrGroup: {} }),
];

describe('validateFields', () => {
  it('returns normalized values and pulls out Created and Modified', () => {
    const out = validateFields(
      columns,
      { Grade: 'Good', Score: 3, WorkerLookupId: '7', Created: '2024-01-02', '@odata.etag': 'x' },
      'create',
    );
    expect(out).toEqual({
      values: { Grade: 'Good', Score: 3, WorkerLookupId: 7 },
      created: '2024-01-02T00:00:00Z',
    });
  });

  it('names the field whose number is out of range', () => {
    expect(() => validateFields(columns, { Grade: 'Good', Score: 11 }, 'create')).toThrow(
      /field 'Score': expected a number of at most 10/,
    );
  });

  it('asks for required fields on create only', () => {
    expect(() => validateFields(columns, { Score: 1 }, 'create')).toThrow(
      "Field 'Grade' is required.",
    );
    expect(validateFields(columns, { Score: 1 }, 'update').values).toEqual({ Score: 1 });
  });

  it('refuses a fields value that is not an object', () => {
    expect(() => validateFields(columns, 'Grade=Good', 'create')).toThrow(
      /'fields' must be an object/,
    );
  });
});

describe('normalizeDateTime', () => {
  it('writes dates and times as SharePoint returns them, in UTC to the second', () => {
    expect(normalizeDateTime('2025-03-01T10:15:30.123+01:00')).toBe('2025-03-01T09:15:30Z');
    expect(normalizeDateTime('2025-03-01')).toBe('2025-03-01T00:00:00Z');
  });

  it('refuses what is not an ISO 8601 date', () => {
    expect(normalizeDateTime('01/03/2025')).toBeUndefined();
    expect(normalizeDateTime('2025-13-45')).toBeUndefined();
  });
});
