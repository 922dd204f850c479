import type { CompareOp, FilterNode, Literal } from './filter-ast.js';
import { FilterSyntaxError, tokenize, type Token } from './filter-lexer.js';

const COMPARE = new Set(['eq', 'ne', 'lt', 'gt', 'le', 'ge']);
const FLIP: Record<CompareOp, CompareOp> = {
  eq: 'eq',
  ne: 'ne',
  lt: 'gt',
  gt: 'lt',
  le: 'ge',
  ge: 'le',
};

type Operand = { kind: 'path'; path: string } | { kind: 'literal'; value: Literal };

const describe = (token: Token) =>
  token.kind === 'end' ? 'end of input' : `'${token.text}' at position ${token.pos}`;

/**
 * A recursive-descent parser for the $filter subset SharePoint list items take:
 *   expr    := and ('or' and)*
 *   and     := unary ('and' unary)*
 *   unary   := 'not' unary | '(' expr ')' | startswith | operand cmp operand
 * so `and` binds tighter than `or`, as OData says.
 */
export function parseFilter(text: string): FilterNode {
  const tokens = tokenize(text);
  let index = 0;
  const peek = () => tokens[index];
  const next = () => tokens[index++];
  const isKeyword = (word: string) => peek().kind === 'keyword' && peek().text === word;
  const expect = (kind: Token['kind'], what: string) => {
    const token = next();
    if (token.kind !== kind)
      throw new FilterSyntaxError(`Syntax error: expected ${what} but found ${describe(token)}.`);
    return token;
  };

  function operand(): Operand {
    const token = next();
    switch (token.kind) {
      case 'path':
        return { kind: 'path', path: token.text };
      case 'string':
        return { kind: 'literal', value: { type: 'string', value: token.text } };
      case 'number':
        return { kind: 'literal', value: { type: 'number', value: Number(token.text) } };
      case 'datetime':
        return { kind: 'literal', value: { type: 'datetime', value: token.text } };
      case 'keyword':
        if (token.text === 'true' || token.text === 'false')
          return { kind: 'literal', value: { type: 'boolean', value: token.text === 'true' } };
        if (token.text === 'null') return { kind: 'literal', value: { type: 'null' } };
        break;
      default:
        break;
    }
    throw new FilterSyntaxError(
      `Syntax error: expected a field or a value but found ${describe(token)}.`,
    );
  }

  function startswith(): FilterNode {
    next();
    expect('(', "'('");
    const path = expect('path', 'a field').text;
    expect(',', "','");
    const value = expect('string', 'a string literal').text;
    expect(')', "')'");
    return { kind: 'startswith', path, value };
  }

  function comparison(): FilterNode {
    const left = operand();
    const opToken = next();
    if (opToken.kind !== 'keyword' || !COMPARE.has(opToken.text))
      throw new FilterSyntaxError(
        `Syntax error: expected a comparison operator but found ${describe(opToken)}.`,
      );
    const op = opToken.text as CompareOp;
    const right = operand();
    if (left.kind === 'path' && right.kind === 'literal')
      return { kind: 'compare', op, path: left.path, value: right.value };
    if (left.kind === 'literal' && right.kind === 'path')
      return { kind: 'compare', op: FLIP[op], path: right.path, value: left.value };
    throw new FilterSyntaxError(
      `Syntax error at position ${opToken.pos}: a comparison needs one field and one value.`,
    );
  }

  function unary(): FilterNode {
    if (isKeyword('not')) {
      next();
      return { kind: 'not', operand: unary() };
    }
    if (peek().kind === '(') {
      next();
      const inner = orExpr();
      expect(')', "')'");
      return inner;
    }
    const token = peek();
    if (token.kind === 'path' && tokens[index + 1].kind === '(') {
      if (token.text.toLowerCase() === 'startswith') return startswith();
      throw new FilterSyntaxError(`Unsupported function '${token.text}' at position ${token.pos}.`);
    }
    return comparison();
  }

  function andExpr(): FilterNode {
    let left = unary();
    while (isKeyword('and')) {
      next();
      left = { kind: 'and', left, right: unary() };
    }
    return left;
  }

  function orExpr(): FilterNode {
    let left = andExpr();
    while (isKeyword('or')) {
      next();
      left = { kind: 'or', left, right: andExpr() };
    }
    return left;
  }

  const tree = orExpr();
  if (peek().kind !== 'end')
    throw new FilterSyntaxError(`Syntax error: unexpected ${describe(peek())}.`);
  return tree;
}
