export type TokenKind =
  'path' | 'keyword' | 'string' | 'number' | 'datetime' | '(' | ')' | ',' | 'end';

export interface Token {
  kind: TokenKind;
  text: string;
  /** Zero-based offset in the $filter text. */
  pos: number;
}

export class FilterSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FilterSyntaxError';
  }
}

const KEYWORDS = new Set([
  'eq',
  'ne',
  'lt',
  'gt',
  'le',
  'ge',
  'and',
  'or',
  'not',
  'true',
  'false',
  'null',
]);
const DATETIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?/;
const NUMBER = /^-?\d+(\.\d+)?([eE][+-]?\d+)?/;
const WORD = /^[A-Za-z_][A-Za-z0-9_/.]*/;

/** Splits an OData $filter into tokens; keywords are matched case-insensitively. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let pos = 0;
  while (pos < text.length) {
    const ch = text[pos];
    if (/\s/.test(ch)) {
      pos += 1;
      continue;
    }
    if (ch === '(' || ch === ')' || ch === ',') {
      tokens.push({ kind: ch, text: ch, pos });
      pos += 1;
      continue;
    }
    if (ch === "'") {
      const start = pos;
      let value = '';
      pos += 1;
      for (;;) {
        if (pos >= text.length)
          throw new FilterSyntaxError(`Unterminated string literal at position ${start}.`);
        if (text[pos] === "'") {
          if (text[pos + 1] === "'") {
            value += "'";
            pos += 2;
            continue;
          }
          pos += 1;
          break;
        }
        value += text[pos];
        pos += 1;
      }
      tokens.push({ kind: 'string', text: value, pos: start });
      continue;
    }
    const rest = text.slice(pos);
    const date = DATETIME.exec(rest);
    if (date && date[0].length > 4 && date[0].includes('-')) {
      tokens.push({ kind: 'datetime', text: date[0], pos });
      pos += date[0].length;
      continue;
    }
    const num = NUMBER.exec(rest);
    if (num) {
      tokens.push({ kind: 'number', text: num[0], pos });
      pos += num[0].length;
      continue;
    }
    const word = WORD.exec(rest);
    if (word) {
      // OData v3 typed literal, as SharePoint REST takes it: datetime'2024-01-01T00:00:00Z'.
      if (word[0].toLowerCase() === 'datetime' && text[pos + word[0].length] === "'") {
        const close = text.indexOf("'", pos + word[0].length + 1);
        if (close < 0)
          throw new FilterSyntaxError(`Unterminated datetime literal at position ${pos}.`);
        tokens.push({ kind: 'datetime', text: text.slice(pos + word[0].length + 1, close), pos });
        pos = close + 1;
        continue;
      }
      const lower = word[0].toLowerCase();
      tokens.push(
        KEYWORDS.has(lower)
          ? { kind: 'keyword', text: lower, pos }
          : { kind: 'path', text: word[0], pos },
      );
      pos += word[0].length;
      continue;
    }
    throw new FilterSyntaxError(`Unexpected character '${ch}' at position ${pos}.`);
  }
  tokens.push({ kind: 'end', text: '', pos: text.length });
  return tokens;
}
