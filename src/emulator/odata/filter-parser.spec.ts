import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FilterNode, Literal } from './filter-ast.js';
import { FilterSyntaxError } from './filter-lexer.js';
import { parseFilter } from './filter-parser.js';

const eq = (path: string, value: Literal): FilterNode => ({
  kind: 'compare',
  op: 'eq',
  path,
  value,
});
const str = (value: string): Literal => ({ type: 'string', value });

describe('parseFilter', () => {
  it('binds and tighter than or', () => {
    expect(parseFilter("fields/A eq 'a' or fields/B eq 'b' and fields/C eq 'c'")).toEqual({
      kind: 'or',
      left: eq('fields/A', str('a')),
      right: { kind: 'and', left: eq('fields/B', str('b')), right: eq('fields/C', str('c')) },
    });
  });

  it('lets parentheses override precedence', () => {
    expect(parseFilter("(fields/A eq 'a' or fields/B eq 'b') and fields/C eq 'c'")).toEqual({
      kind: 'and',
      left: { kind: 'or', left: eq('fields/A', str('a')), right: eq('fields/B', str('b')) },
      right: eq('fields/C', str('c')),
    });
  });

  it('reads chains of one operator left to right', () => {
    const tree = parseFilter('fields/A eq 1 and fields/B eq 2 and fields/C eq 3');
    expect(tree).toMatchObject({ kind: 'and', left: { kind: 'and' }, right: { path: 'fields/C' } });
  });

  it.each(['eq', 'ne', 'lt', 'gt', 'le', 'ge'] as const)('reads the %s operator', (op) => {
    expect(parseFilter(`fields/Score ${op} 3`)).toEqual({
      kind: 'compare',
      op,
      path: 'fields/Score',
      value: { type: 'number', value: 3 },
    });
  });

  it('takes operators and keywords in any case', () => {
    expect(parseFilter('fields/Done EQ TRUE')).toEqual(
      eq('fields/Done', { type: 'boolean', value: true }),
    );
  });

  it('flips a comparison written value-first', () => {
    expect(parseFilter('3 lt fields/Score')).toEqual({
      kind: 'compare',
      op: 'gt',
      path: 'fields/Score',
      value: { type: 'number', value: 3 },
    });
  });

  it('reads startswith(field, string)', () => {
    expect(parseFilter("startswith(fields/CaseRef,'C-1')")).toEqual({
      kind: 'startswith',
      path: 'fields/CaseRef',
      value: 'C-1',
    });
  });

  it('reads not', () => {
    expect(parseFilter("not startswith(fields/A,'x')")).toEqual({
      kind: 'not',
      operand: { kind: 'startswith', path: 'fields/A', value: 'x' },
    });
  });

  it('reads every kind of literal', () => {
    const value = (text: string) =>
      (parseFilter(`fields/X eq ${text}`) as { value: Literal }).value;
    expect(value("'it''s'")).toEqual(str("it's"));
    expect(value('-2.5')).toEqual({ type: 'number', value: -2.5 });
    expect(value('1e3')).toEqual({ type: 'number', value: 1000 });
    expect(value('false')).toEqual({ type: 'boolean', value: false });
    expect(value('null')).toEqual({ type: 'null' });
    expect(value('2025-03-01T09:30:00Z')).toEqual({
      type: 'datetime',
      value: '2025-03-01T09:30:00Z',
    });
    expect(value('2025-03-01')).toEqual({ type: 'datetime', value: '2025-03-01' });
    expect(value("datetime'2025-03-01T09:30:00Z'")).toEqual({
      type: 'datetime',
      value: '2025-03-01T09:30:00Z',
    });
  });

  const failsWith = (text: string, pattern: RegExp) => {
    expect(() => parseFilter(text)).toThrow(FilterSyntaxError);
    expect(() => parseFilter(text)).toThrow(pattern);
  };

  it('names the bad token and its position in errors', () => {
    failsWith(
      "fields/A equals 'a'",
      /expected a comparison operator but found 'equals' at position 9/,
    );
    failsWith("fields/A eq 'a' and", /found end of input/);
    failsWith("(fields/A eq 'a'", /expected '\)' but found end of input/);
    failsWith("fields/A eq 'a')", /unexpected '\)' at position 15/);
    failsWith('fields/A eq #', /Unexpected character '#' at position 12/);
    failsWith("fields/A eq 'open", /Unterminated string literal at position 12/);
    failsWith("contains(fields/A,'x')", /Unsupported function 'contains' at position 0/);
    failsWith('fields/A eq fields/B', /one field and one value/);
  });
});

/** Prints a tree back to $filter text, fully parenthesised. */
function print(node: FilterNode): string {
  switch (node.kind) {
    case 'and':
    case 'or':
      return `(${print(node.left)} ${node.kind} ${print(node.right)})`;
    case 'not':
      return `not (${print(node.operand)})`;
    case 'startswith':
      return `startswith(${node.path},'${node.value.replace(/'/g, "''")}')`;
    case 'compare': {
      const v = node.value;
      const text =
        v.type === 'string'
          ? `'${v.value.replace(/'/g, "''")}'`
          : v.type === 'null'
            ? 'null'
            : String(v.value);
      return `${node.path} ${node.op} ${text}`;
    }
  }
}

const path = fc.constantFrom('fields/Status', 'fields/Score', 'fields/Due_Date');
const literal: fc.Arbitrary<Literal> = fc.oneof(
  fc.string().map((value) => ({ type: 'string' as const, value })),
  fc.integer({ min: -1000, max: 1000 }).map((value) => ({ type: 'number' as const, value })),
  fc.boolean().map((value) => ({ type: 'boolean' as const, value })),
  fc.constant({ type: 'null' as const }),
);
const tree = fc.letrec<{ node: FilterNode }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({
      kind: fc.constant('compare' as const),
      op: fc.constantFrom('eq', 'ne', 'lt', 'gt', 'le', 'ge' as const),
      path,
      value: literal,
    }),
    fc.record({ kind: fc.constant('startswith' as const), path, value: fc.string() }),
    fc.record({
      kind: fc.constantFrom('and' as const, 'or' as const),
      left: tie('node'),
      right: tie('node'),
    }),
    fc.record({ kind: fc.constant('not' as const), operand: tie('node') }),
  ),
})).node;

describe('parseFilter round trip', () => {
  it('parses any printed filter back to the same tree', () => {
    fc.assert(
      fc.property(tree, (node) => {
        expect(parseFilter(print(node))).toEqual(node);
      }),
    );
  });
});
