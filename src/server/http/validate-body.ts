import type { Request } from 'express';
import type { z } from 'zod';
import { HttpError } from './http-error';
import { plainIssues } from '../../domain/errors';

/** Parses a request part with a strict schema; every bad field is named in a 400. */
export function parseWith<S extends z.ZodType>(
  schema: S,
  value: unknown,
  part = 'body',
): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => ({
    field: i.path.length > 0 ? i.path.map(String).join('.') : part,
    message: i.message,
  }));
  throw new HttpError(400, 'invalid', plainIssues(issues), issues);
}

export const bodyOf = <S extends z.ZodType>(req: Request, schema: S): z.output<S> =>
  parseWith(schema, req.body as unknown, 'body');

export const queryOf = <S extends z.ZodType>(req: Request, schema: S): z.output<S> =>
  parseWith(schema, { ...req.query }, 'query');
