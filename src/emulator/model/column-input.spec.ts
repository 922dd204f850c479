import { describe, expect, it } from 'vitest';
import { parseColumnDefinition, patchColumn } from './column-input.js';
import { serializeColumn } from './columns.js';

describe('column definitions', () => {
  it('reads a choice column with its choices and defaults', () => {
    const column = parseColumnDefinition({
      name: 'Grade',
      choice: { choices: ['Good', 'Inadequate'] },
      indexed: true,
    });
    expect(column).toMatchObject({
      name: 'Grade',
      displayName: 'Grade',
      type: 'choice',
      indexed: true,
      required: false,
    });
    expect(serializeColumn(column).choice).toEqual({
      allowTextEntry: false,
      choices: ['Good', 'Inadequate'],
      displayAs: 'dropDownMenu',
    });
  });

  it('gives single-line text 255 characters and multi-line text far more', () => {
    expect(parseColumnDefinition({ name: 'A', text: {} }).settings.maxLength).toBe(255);
    expect(
      parseColumnDefinition({ name: 'B', text: { allowMultipleLines: true } }).settings.maxLength,
    ).toBe(63999);
  });

  it('refuses enforceUniqueValues without indexed, naming the column', () => {
    expect(() =>
      parseColumnDefinition({ name: 'Ref', text: {}, enforceUniqueValues: true }),
    ).toThrow(/'Ref' cannot enforce unique values/);
  });

  it('refuses names SharePoint would not take, and zero or two type facets', () => {
    expect(() => parseColumnDefinition({ name: 'Case ref', text: {} })).toThrow(/is invalid/);
    expect(() => parseColumnDefinition({ name: 'X' })).toThrow(/exactly one type facet/);
    expect(() => parseColumnDefinition({ name: 'X', text: {}, boolean: {} })).toThrow(
      /exactly one type facet/,
    );
  });

  it('needs choices for a choice column and a listId for a lookup', () => {
    expect(() => parseColumnDefinition({ name: 'C', choice: { choices: [] } })).toThrow(
      /'choice.choices'/,
    );
    expect(() => parseColumnDefinition({ name: 'L', lookup: {} })).toThrow(/'lookup.listId'/);
  });

  it('a PATCH can index a column and then enforce unique values, but not un-index a unique one', () => {
    const column = parseColumnDefinition({ name: 'Ref', text: {} });
    const indexed = patchColumn(column, { indexed: true });
    const unique = patchColumn(indexed, { enforceUniqueValues: true });
    expect(unique).toMatchObject({ indexed: true, enforceUniqueValues: true, id: column.id });
    expect(() => patchColumn(unique, { indexed: false })).toThrow(/not indexed/);
  });
});
