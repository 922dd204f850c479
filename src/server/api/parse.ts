import type { Request } from 'express';
import { z } from 'zod';
import { parseInput } from '../../domain/validation/parse-input';
import { plainIssues } from '../../domain/errors';
import { fromDomainError } from '../http/http-error';
import { PAGE_SIZE_MAX } from '../../contract/common';

const versionField = z.string().min(1).max(200);

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Parses a strict body schema; every bad or unknown field is named in a 400. Runs before any
 * store read, so a malformed request costs nothing and changes nothing.
 */
export function parseBody<S extends z.ZodType>(req: Request, schema: S): z.output<S> {
  const parsed = parseInput(schema, req.body as unknown);
  if (!parsed.ok) throw fromDomainError(parsed.error);
  return parsed.value;
}

/** A write's body: the domain's strict schema plus the `version` the caller last read. */
export function parseVersionedBody<S extends z.ZodType>(
  req: Request,
  schema: S,
): { version: string; input: z.output<S> } {
  const raw = req.body as unknown;
  const { version, ...rest } = isPlainObject(raw) ? raw : { version: undefined };
  const body = isPlainObject(raw) ? rest : raw;
  const parsedVersion = parseInput(z.strictObject({ version: versionField }), { version });
  const parsedInput = parseInput(schema, body);
  const issues = [
    ...(parsedVersion.ok ? [] : parsedVersion.error.issues),
    ...(parsedInput.ok ? [] : parsedInput.error.issues),
  ];
  if (!parsedVersion.ok || !parsedInput.ok) {
    throw fromDomainError({
      reason: 'invalid',
      message: plainIssues(issues),
      issues,
    });
  }
  return { version: parsedVersion.value.version, input: parsedInput.value };
}

/** Parses the query string with a strict schema (unknown parameters are named in a 400). */
export function parseQuery<S extends z.ZodType>(req: Request, schema: S): z.output<S> {
  const parsed = parseInput(schema, { ...req.query });
  if (!parsed.ok) throw fromDomainError(parsed.error);
  return parsed.value;
}

/** A path parameter that must be an id; anything else is a 404 (no such record). */
export const idParam = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/);

const noParameters = z.strictObject({});

/** For routes that take no query parameters: any given is named in a 400. */
export function parseNoQuery(req: Request): void {
  parseQuery(req, noParameters);
}

/** The query of one page of a list: `?page=&pageSize=&sort=&order=&q=` (all optional). */
export const pageQuerySchema = {
  page: z.coerce.number().int().min(1).max(100_000).optional(),
  pageSize: z.coerce.number().int().min(1).max(PAGE_SIZE_MAX).optional(),
  sort: z
    .string()
    .regex(/^[a-zA-Z]{1,32}$/, { error: 'must be a column of the list' })
    .optional(),
  order: z.enum(['asc', 'desc']).optional(),
  q: z.string().trim().max(200).optional(),
};
