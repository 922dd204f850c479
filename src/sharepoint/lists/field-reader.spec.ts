import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { GRADES } from '../../domain/records';
import { EXCERPT_LENGTH, FieldReader } from './field-reader';

describe('reading hand-edited fields', () => {
  it('flags a grade that is not on the scale and reads it as no grade', () => {
    const read = new FieldReader({ OverallGrade: 'Very good' });
    expect(read.choiceOrNull('OverallGrade', 'overallGrade', GRADES)).toBeNull();
    expect(read.flags).toEqual([
      {
        field: 'overallGrade',
        found: 'Very good',
        message: expect.stringContaining('Inadequate') as unknown,
      },
    ]);
  });

  it('flags a malformed date and reads it as no date', () => {
    const read = new FieldReader({ DueDate: '31/02/2025', At: 'yesterday' });
    expect(read.date('DueDate', 'dueDate')).toBeNull();
    expect(read.dateTime('At', 'at')).toBeNull();
    expect(read.flags.map((f) => f.field)).toEqual(['dueDate', 'at']);
  });

  it('reads SharePoint dates as domain dates and timestamps', () => {
    const read = new FieldReader({ DueDate: '2025-04-01T00:00:00Z', At: '2025-03-04T09:30:00Z' });
    expect(read.date('DueDate', 'dueDate')).toBe('2025-04-01');
    expect(read.dateTime('At', 'at')).toBe('2025-03-04T09:30:00.000Z');
  });

  it('flags broken JSON and JSON of the wrong shape, falling back to the default', () => {
    const read = new FieldReader({ A: '[1, 2', B: '{"x":1}' });
    expect(read.json('A', 'a', z.array(z.number()), [])).toEqual([]);
    expect(read.json('B', 'b', z.array(z.number()), [])).toEqual([]);
    expect(read.flags.map((f) => f.message)).toEqual([
      'is not valid JSON',
      'is not in the expected shape',
    ]);
  });

  it('keeps no more than a short excerpt of what it found', () => {
    const read = new FieldReader({ Notes: `[${'confidential detail '.repeat(50)}` });
    read.json('Notes', 'progress', z.array(z.string()), []);
    expect(read.flags[0].found.length).toBeLessThanOrEqual(EXCERPT_LENGTH);
  });

  it('flags text in a yes/no or number column and uses the fallback', () => {
    const read = new FieldReader({ Active: 'Yes', Attempts: 'three' });
    expect(read.boolean('Active', 'active', false)).toBe(false);
    expect(read.number('Attempts', 'attempts', 0)).toBe(0);
    expect(read.flags).toHaveLength(2);
  });
});
