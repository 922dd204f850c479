import { invalidRequest } from '../http/graph-error.js';

/** One navigation property to expand, with its own $select when given. */
export interface ExpandOption {
  select?: string[];
}

function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(') depth += 1;
    if (ch === ')') depth -= 1;
    if (ch === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

/** Reads `$expand=fields($select=Title,Status)` (also `select=` without the dollar). */
export function parseExpand(text: string | null): Map<string, ExpandOption> {
  const result = new Map<string, ExpandOption>();
  if (text === null) return result;
  for (const part of splitTopLevel(text)) {
    const match = /^([A-Za-z]+)(?:\((.*)\))?$/.exec(part);
    if (!match) throw invalidRequest(`Invalid $expand clause '${part}'.`);
    const option: ExpandOption = {};
    for (const inner of ((match[2] as string | undefined) ?? '')
      .split(';')
      .filter((s) => s.trim() !== '')) {
      const select = /^\s*\$?select=(.*)$/i.exec(inner);
      if (!select) throw invalidRequest(`Unsupported option in $expand: '${inner}'.`);
      option.select = select[1]
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '');
    }
    result.set(match[1].toLowerCase(), option);
  }
  return result;
}
