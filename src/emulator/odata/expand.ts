import { invalidRequest } from '../http/graph-error.js';

/** One navigation property to expand, with its own $select and nested $expand when given. */
export interface ExpandOption {
  select?: string[];
  expand?: Map<string, ExpandOption>;
}

/** Splits on `separator` outside parentheses. */
function splitTopLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(') depth += 1;
    if (ch === ')') depth -= 1;
    if (ch === separator && depth === 0) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

/**
 * Reads `$expand=fields($select=Title,Status)` and the nested form the list docs show,
 * `expand=columns,items(expand=fields)` (https://learn.microsoft.com/en-us/graph/api/list-get?view=graph-rest-1.0);
 * options inside parentheses are separated by `;` and may drop the `$`.
 */
export function parseExpand(text: string | null): Map<string, ExpandOption> {
  const result = new Map<string, ExpandOption>();
  if (text === null) return result;
  for (const part of splitTopLevel(text, ',')) {
    const match = /^([A-Za-z]+)(?:\((.*)\))?$/s.exec(part);
    if (!match) throw invalidRequest(`Invalid $expand clause '${part}'.`);
    const option: ExpandOption = {};
    for (const inner of splitTopLevel(match.at(2) ?? '', ';')) {
      const pair = /^\$?(select|expand)=(.*)$/is.exec(inner);
      if (!pair) throw invalidRequest(`Unsupported option in $expand: '${inner}'.`);
      if (pair[1].toLowerCase() === 'expand') option.expand = parseExpand(pair[2]);
      else
        option.select = pair[2]
          .split(',')
          .map((s) => s.trim())
          .filter((s) => s !== '');
    }
    result.set(match[1].toLowerCase(), option);
  }
  return result;
}
