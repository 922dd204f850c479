import { isTransient, type GraphResponse } from './errors';
import type { Graph, GraphCall } from './graph';
import { retryDelay } from './retry';

/** Graph's limit on requests in one `$batch`. */
export const BATCH_LIMIT = 20;

export interface BatchStep {
  readonly id: string;
  readonly call: GraphCall;
  /** Steps that must succeed first; Graph answers 424 for a step whose dependency failed. */
  readonly dependsOn?: readonly string[];
}

/** Splits steps into batches of at most `limit`, in order. */
export function chunk<T>(items: readonly T[], limit = BATCH_LIMIT): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += limit) chunks.push(items.slice(i, i + limit));
  return chunks;
}

const FAILED_DEPENDENCY: GraphResponse = {
  status: 424,
  headers: {},
  body: { error: { code: 'failedDependency', message: 'A request it depends on failed.' } },
};

/**
 * Runs steps as `$batch` requests of at most 20, in order, and returns every step's own
 * response by id. Throttled or unavailable sub-requests (and those that failed only because
 * one of them did) are re-sent on their own after the longest Retry-After they were given,
 * up to the retry policy's attempts. The caller checks each response: one failure never
 * hides the others.
 */
export async function runBatch(
  graph: Graph,
  steps: readonly BatchStep[],
): Promise<Map<string, GraphResponse>> {
  const results = new Map<string, GraphResponse>();
  for (const part of chunk(steps)) {
    let pending = part.filter((step) => !blockedByFailure(step, results));
    for (const step of part) if (!pending.includes(step)) results.set(step.id, FAILED_DEPENDENCY);
    for (let attempt = 1; pending.length > 0; attempt++) {
      const responses = await sendBatch(graph, pending);
      const again = pending.filter((s) => retryable(s, responses, pending));
      for (const step of pending)
        if (!again.includes(step))
          results.set(step.id, responses.get(step.id) ?? FAILED_DEPENDENCY);
      if (again.length === 0 || attempt >= graph.retry.maxAttempts) {
        for (const step of again) results.set(step.id, responses.get(step.id) ?? FAILED_DEPENDENCY);
        break;
      }
      const waits = again.map((s) => retryDelay(graph.retry, attempt, headersOf(responses, s.id)));
      await graph.retry.sleep(Math.max(...waits));
      pending = again;
    }
  }
  return results;
}

function headersOf(responses: Map<string, GraphResponse>, id: string) {
  return responses.get(id)?.headers ?? {};
}

function blockedByFailure(step: BatchStep, results: Map<string, GraphResponse>): boolean {
  return (step.dependsOn ?? []).some((id) => {
    const done = results.get(id);
    return done !== undefined && (done.status < 200 || done.status >= 300);
  });
}

/** Transient, or refused (424) only because a dependency is itself being retried. */
function retryable(
  step: BatchStep,
  responses: Map<string, GraphResponse>,
  pending: readonly BatchStep[],
): boolean {
  const status = responses.get(step.id)?.status ?? -1;
  if (isTransient(status)) return true;
  if (status !== 424) return false;
  return (step.dependsOn ?? []).some((id) => {
    const dep = pending.find((s) => s.id === id);
    return dep !== undefined && retryable(dep, responses, pending);
  });
}

async function sendBatch(
  graph: Graph,
  steps: readonly BatchStep[],
): Promise<Map<string, GraphResponse>> {
  const ids = new Set(steps.map((s) => s.id));
  const requests = steps.map((s) => ({
    id: s.id,
    method: s.call.method,
    url: s.call.url,
    headers: {
      ...(s.call.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...s.call.headers,
    },
    ...(s.call.body === undefined ? {} : { body: s.call.body }),
    // Only within this batch: earlier batches have already finished.
    ...(dependsWithin(s, ids).length > 0 ? { dependsOn: dependsWithin(s, ids) } : {}),
  }));
  const outer = await graph.send({ method: 'POST', url: '/$batch', body: { requests } }, '$batch');
  return parseBatchResponse(outer.body);
}

const dependsWithin = (step: BatchStep, ids: Set<string>) =>
  (step.dependsOn ?? []).filter((id) => ids.has(id));

/** Reads `{ responses: [{ id, status, headers, body }] }`, lower-casing header names. */
export function parseBatchResponse(body: unknown): Map<string, GraphResponse> {
  const map = new Map<string, GraphResponse>();
  const list = (body as { responses?: unknown } | undefined)?.responses;
  if (!Array.isArray(list)) return map;
  for (const item of list as unknown[]) {
    const r = item as { id?: unknown; status?: unknown; headers?: unknown; body?: unknown };
    if (typeof r.id !== 'string' || typeof r.status !== 'number') continue;
    const headers: Record<string, string> = {};
    if (typeof r.headers === 'object' && r.headers !== null)
      for (const [k, v] of Object.entries(r.headers)) headers[k.toLowerCase()] = String(v);
    map.set(r.id, { status: r.status, headers, body: r.body });
  }
  return map;
}
