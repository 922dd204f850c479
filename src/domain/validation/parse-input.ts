import type { z } from 'zod';
import type { FieldIssue } from '../errors';
import { invalid } from '../errors';
import type { Result } from '../result';
import { fail, ok } from '../result';

const pathOf = (path: readonly PropertyKey[]): string =>
  path.map((part) => (typeof part === 'symbol' ? part.toString() : String(part))).join('.');

const join = (base: string, key: string): string => (base === '' ? key : `${base}.${key}`);

/** Plain words for a zod issue, naming the field and why it is wrong. */
const toFieldIssues = (issue: z.core.$ZodIssue): FieldIssue[] => {
  const field = pathOf(issue.path);
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        field: join(field, key),
        message: 'is not a known field',
      }));
    case 'invalid_type':
      return [
        {
          field: field === '' ? '(input)' : field,
          message: issue.input === undefined ? 'is required' : `must be ${issue.expected}`,
        },
      ];
    case 'too_big':
      return [
        {
          field,
          message:
            issue.origin === 'string'
              ? `must be at most ${String(issue.maximum)} characters`
              : `must be at most ${String(issue.maximum)}`,
        },
      ];
    case 'too_small':
      return [
        {
          field,
          message:
            issue.origin === 'string' && Number(issue.minimum) === 1
              ? 'is required'
              : `must be at least ${String(issue.minimum)}`,
        },
      ];
    case 'invalid_value':
      return [{ field, message: `must be one of: ${issue.values.map(String).join(', ')}` }];
    default:
      return [{ field: field === '' ? '(input)' : field, message: issue.message }];
  }
};

/** Parses untrusted input; every problem comes back as a field issue naming the field. */
export const parseInput = <S extends z.ZodType>(schema: S, raw: unknown): Result<z.output<S>> => {
  const parsed = schema.safeParse(raw, { reportInput: true });
  if (parsed.success) return ok(parsed.data);
  return fail(invalid(parsed.error.issues.flatMap(toFieldIssues)));
};
