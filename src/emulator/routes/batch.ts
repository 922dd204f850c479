import { randomUUID } from 'node:crypto';
import type { EmuRequest, EmuResponse } from '../http/exchange.js';
import { isRecord, json } from '../http/exchange.js';
import { GraphError, errorBody } from '../http/graph-error.js';
import type { Route } from '../router.js';

/** JSON batching takes at most 20 requests (https://learn.microsoft.com/en-us/graph/json-batching). */
export const MAX_BATCH = 20;

interface Step {
  id: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
  dependsOn: string[];
}

const badBatch = (message: string) => new GraphError(400, 'BadRequest', message);

function readSteps(body: unknown): Step[] {
  if (!isRecord(body) || !Array.isArray(body.requests))
    throw badBatch("A $batch body needs a 'requests' array.");
  const raw: unknown[] = body.requests;
  if (raw.length === 0) throw badBatch('A $batch needs at least one request.');
  if (raw.length > MAX_BATCH)
    throw badBatch(`A $batch can hold at most ${MAX_BATCH} requests; this one has ${raw.length}.`);
  const seen = new Set<string>();
  const steps = raw.map((r, index) => {
    if (
      !isRecord(r) ||
      typeof r.id !== 'string' ||
      r.id === '' ||
      typeof r.method !== 'string' ||
      typeof r.url !== 'string'
    )
      throw badBatch(`Request ${index} of the $batch needs 'id', 'method' and 'url'.`);
    if (seen.has(r.id.toLowerCase()))
      throw badBatch(`The request id '${r.id}' is used twice in the $batch.`);
    seen.add(r.id.toLowerCase());
    const headers: Record<string, string> = {};
    if (isRecord(r.headers))
      for (const [k, v] of Object.entries(r.headers)) headers[k.toLowerCase()] = String(v);
    const dependsOn = Array.isArray(r.dependsOn) ? r.dependsOn.map(String) : [];
    return {
      id: r.id,
      method: r.method.toUpperCase(),
      url: r.url,
      headers,
      body: r.body,
      dependsOn,
    };
  });
  for (const step of steps)
    for (const dep of step.dependsOn)
      if (!seen.has(dep.toLowerCase()))
        throw badBatch(`Request '${step.id}' depends on unknown request '${dep}'.`);
  return steps;
}

/** Runs steps whose dependencies are done first, keeping request order otherwise. */
function executionOrder(steps: Step[]): Step[] {
  const done = new Set<string>();
  const order: Step[] = [];
  const pending = [...steps];
  while (pending.length > 0) {
    const index = pending.findIndex((s) => s.dependsOn.every((d) => done.has(d.toLowerCase())));
    if (index < 0) throw badBatch('The dependsOn chain of the $batch has a cycle.');
    const [step] = pending.splice(index, 1);
    done.add(step.id.toLowerCase());
    order.push(step);
  }
  return order;
}

function subRequest(step: Step, outer: EmuRequest): EmuRequest {
  const relative = step.url
    .replace(/^https:\/\/graph\.microsoft\.com\/v1\.0/i, '')
    .replace(/^\/?/, '/');
  const url = new URL(relative, 'http://batch.invalid');
  const headers = {
    'client-request-id': outer.headers['client-request-id'] ?? outer.requestId,
    ...step.headers,
  };
  return {
    method: step.method,
    path: url.pathname,
    query: url.searchParams,
    headers,
    body: step.body,
    raw: Buffer.alloc(0),
    requestId: randomUUID(),
  };
}

function toBatchResponse(id: string, response: EmuResponse) {
  const headers: Record<string, string> = { ...response.headers };
  if (response.body !== undefined) headers['Content-Type'] = 'application/json';
  return {
    id,
    status: response.status,
    headers,
    ...(response.body === undefined ? {} : { body: response.body }),
  };
}

export const batchRoutes: Route[] = [
  {
    method: 'POST',
    path: '/$batch',
    op: 'batch',
    // The requests in a batch are charged one by one; the batch itself costs nothing.
    units: 0,
    handler: async (req, _params, _ctx, runSubRequest) => {
      const steps = readSteps(req.body);
      const statusById = new Map<string, number>();
      const responses = new Map<string, ReturnType<typeof toBatchResponse>>();
      for (const step of executionOrder(steps)) {
        const sub = subRequest(step, req);
        const failedDep = step.dependsOn.find((d) => {
          const status = statusById.get(d.toLowerCase()) ?? 0;
          return status < 200 || status > 299;
        });
        let response: EmuResponse;
        if (failedDep !== undefined)
          // Graph answers a request whose dependency failed with 424 Failed Dependency.
          response = {
            status: 424,
            headers: {},
            body: errorBody(
              'FailedDependency',
              `Request '${failedDep}' it depends on failed.`,
              sub,
            ),
          };
        else if (step.body !== undefined && sub.headers['content-type'] === undefined)
          response = {
            status: 400,
            headers: {},
            body: errorBody(
              'BadRequest',
              'A request with a body needs a Content-Type header.',
              sub,
            ),
          };
        else response = await runSubRequest(sub);
        statusById.set(step.id.toLowerCase(), response.status);
        responses.set(step.id, toBatchResponse(step.id, response));
      }
      return json(200, { responses: steps.map((s) => responses.get(s.id)) });
    },
  },
];
