import { describe, expect, it } from 'vitest';
import { parseColumnDefinition } from '../model/column-input.js';
import { builtInColumns } from '../model/columns.js';
import { parseFilter } from './filter-parser.js';
import { filterToSql } from './filter-sql.js';

const columns = [
  ...builtInColumns(),
  parseColumnDefinition({ name: 'Status', choice: { choices: ['Open', 'Closed'] }, indexed: true }),
  parseColumnDefinition({ name: 'Score', number: {} }),
  parseColumnDefinition({ name: 'Done', boolean: {} }),
  parseColumnDefinition({ name: 'Due', dateTime: {} }),
  parseColumnDefinition({ name: 'Case', lookup: { listId: 'x' } }),
];
const sql = (text: string) => filterToSql(parseFilter(text), columns);

describe('filterToSql', () => {
  it('never puts a value in the SQL text: values are bound parameters', () => {
    const out = sql("fields/Status eq 'Robert''); DROP TABLE items; --'");
    expect(out.sql).not.toContain('DROP');
    expect(out.params).toEqual(["Robert'); DROP TABLE items; --"]);
  });

  it('compares text without regard to case, as SharePoint does', () => {
    expect(sql("fields/Status eq 'open'").sql).toBe(
      `(json_extract(items.fields, '$."Status"') = ? COLLATE NOCASE)`,
    );
  });

  it('maps ID, Created and Modified to real columns', () => {
    expect(sql('fields/ID gt 5').sql).toBe('(items.id > ?)');
    expect(sql('fields/Created ge 2025-01-01').params).toEqual(['2025-01-01T00:00:00Z']);
  });

  it('keeps the tree shape with and, or and not', () => {
    expect(
      sql("not (fields/Score lt 1 or fields/Score gt 9) and fields/Status eq 'Open'").sql,
    ).toMatch(/^\(\(NOT \(\(.+ < \?.*\) OR \(.+ > \?.*\)\)\) AND \(.+ = \? COLLATE NOCASE\)\)$/);
  });

  it('turns eq null and ne null into IS NULL and IS NOT NULL, and ne into a null-safe IS NOT', () => {
    expect(sql('fields/Score eq null').sql).toContain('IS NULL');
    expect(sql('fields/Score ne null').sql).toContain('IS NOT NULL');
    expect(sql('fields/Score ne 3').sql).toContain('IS NOT ?');
  });

  it('binds booleans as 1 and 0, lookups as integers, dates normalized', () => {
    expect(sql('fields/Done eq true').params).toEqual([1]);
    expect(sql("fields/CaseLookupId eq '12'").params).toEqual([12]);
    expect(sql("fields/Due lt '2025-03-01T10:00:00+01:00'").params).toEqual([
      '2025-03-01T09:00:00Z',
    ]);
  });

  it('escapes LIKE wildcards in startswith', () => {
    expect(sql("startswith(fields/Title,'50%_off')").params).toEqual(['50\\%\\_off%']);
  });

  it('refuses values of the wrong type, unknown fields and paths that are neither fields nor listItem properties', () => {
    expect(() => sql("fields/Score eq 'many'")).toThrow(/field 'Score': expected a number/);
    expect(() => sql('fields/Nope eq 1')).toThrow(/Field 'Nope' is not recognized/);
    expect(() => sql("Title eq 'x'")).toThrow(/Could not find a property named 'Title'/);
    expect(() => sql('fields/Score lt null')).toThrow(/null/);
    expect(() => sql("startswith(fields/Score,'1')")).toThrow(/startswith needs a text field/);
  });
});
