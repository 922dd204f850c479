import type { Request, Response, Router } from 'express';
import type { z } from 'zod';
import type { RecordCommand } from '../../app/commands/command';
import { runCommand } from '../../app/commands/run-command';
import type { Services } from '../../app/services';
import type { Caller } from '../http/authenticate';
import { callerOf } from '../http/authenticate';
import { fromCommandError, notFound } from '../http/http-error';
import { idParam, parseBody, parseVersionedBody } from './parse';

export interface CommandRoute<A, S extends z.ZodType> {
  readonly method: 'post' | 'put';
  /** e.g. `/audits/:id/submit`; `:id` names the record, when the command acts on one. */
  readonly path: string;
  readonly command: RecordCommand<A, z.output<S>>;
  readonly schema: S;
  /** A write to an existing record carries the version the caller last read. */
  readonly versioned: boolean;
  /** What the record is called in a 404 ("Audit not found."). */
  readonly noun: string;
  readonly status?: 200 | 201;
  respond(caller: Caller, value: A): unknown;
}

/**
 * The HTTP edge of a command: parse the body (400, before any store read), call the command —
 * which loads, authorises, transitions, writes, logs and publishes — and map its answer to a
 * status. Nothing else happens here.
 */
export function mountCommand<A, S extends z.ZodType>(
  router: Router,
  services: Services,
  route: CommandRoute<A, S>,
): void {
  const handler = async (req: Request, res: Response): Promise<void> => {
    const caller = callerOf(res);
    const { version, input } = route.versioned
      ? parseVersionedBody(req, route.schema)
      : { version: null, input: parseBody(req, route.schema) };
    const raw = req.params as Partial<Record<string, string>>;
    const id =
      raw['id'] === undefined ? { success: true as const, data: '' } : idParam.safeParse(raw['id']);
    if (!id.success) throw notFound(route.noun);
    const result = await runCommand(services, route.command, {
      oid: caller.oid,
      id: id.data,
      version,
      input,
    });
    if (!result.ok) throw fromCommandError(result.error, route.noun);
    res.status(route.status ?? 200).json(route.respond(caller, result.value));
  };
  router[route.method](route.path, handler);
}
