import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseColumnDefinition } from '../model/column-input.js';
import { builtInColumns, type ColumnDef } from '../model/columns.js';
import { parseFilter } from '../odata/filter-parser.js';
import { columnsOf } from './column-store.js';
import { buildItemQuery, queryItems } from './item-query.js';
import { createItem } from './item-writes.js';
import { createList, type ListRow } from './list-store.js';
import { openDatabase, type Db } from './open.js';

describe('item queries in SQLite', () => {
  let db: Db;
  let list: ListRow;
  let columns: ColumnDef[];
  beforeEach(() => {
    db = openDatabase(':memory:');
    list = createList(db, {
      displayName: 'Audits',
      description: '',
      template: 'genericList',
      columns: [
        ...builtInColumns(),
        parseColumnDefinition({ name: 'Owner', text: {}, indexed: true }),
        parseColumnDefinition({ name: 'Note', text: {} }),
      ],
    });
    columns = columnsOf(db, list.id);
    db.transaction(() => {
      for (let i = 0; i < 50; i += 1)
        createItem(db, list, columns, { Owner: `w${i % 5}`, Note: `n${i}` });
    })();
  });
  afterEach(() => db.close());

  const plan = (filter: string) => {
    const { sql, params } = buildItemQuery(list.id, columns, {
      filter: parseFilter(filter),
      orderBy: [],
      top: 10,
    });
    return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[])
      .map((r) => r.detail)
      .join('\n');
  };

  it('an indexed column is searched through its expression index', () => {
    expect(plan("fields/Owner eq 'w1'")).toContain('USING INDEX ix_field_Owner');
  });

  it('an unindexed column has no index to use', () => {
    expect(plan("fields/Note eq 'n1'")).not.toContain('ix_field_Note');
  });

  it('pages in id order after the last id, and in any other order by offset', () => {
    const first = queryItems(db, list.id, columns, { orderBy: [], top: 20 });
    expect(first.next).toEqual({ afterId: 20 });
    const ordered = queryItems(db, list.id, columns, {
      orderBy: [{ column: columns[4], descending: true }],
      top: 20,
    });
    expect(ordered.next).toEqual({ offset: 20 });
    const last = queryItems(db, list.id, columns, {
      orderBy: [],
      top: 20,
      position: { afterId: 40 },
    });
    expect(last.rows.map((r) => r.id)).toEqual([41, 42, 43, 44, 45, 46, 47, 48, 49, 50]);
    expect(last.next).toBeUndefined();
  });
});
