import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import { describe, expect, it } from 'vitest';
import { emulatorAuth } from './auth';
import { chunk, runBatch, type BatchStep } from './batch';
import { createGraphClient } from './client';
import { Graph } from './graph';
import { DEFAULT_RETRY } from './retry';

interface Sub {
  id: string;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}
type Answer = (requests: { id: string; dependsOn?: string[] }[]) => Sub[];

/** Graph's side of the wire, scripted: each $batch POST is answered by the next function. */
function graphAnswering(answers: Answer[], seen: { id: string; dependsOn?: string[] }[][]) {
  const transport: Middleware = {
    async execute(context: Context) {
      const body = JSON.parse(context.options?.body as string) as {
        requests: { id: string; dependsOn?: string[] }[];
      };
      seen.push(body.requests);
      const answer = answers.shift() ?? ((rs) => rs.map((r) => ({ id: r.id, status: 200 })));
      const responses = answer(body.requests);
      context.response = new Response(JSON.stringify({ responses }), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
      await Promise.resolve();
    },
  };
  const waits: number[] = [];
  const retry = {
    ...DEFAULT_RETRY,
    random: () => 0,
    sleep: (ms: number) => Promise.resolve(void waits.push(ms)),
  };
  return {
    graph: new Graph(createGraphClient(emulatorAuth('test-secret'), transport), retry),
    waits,
  };
}

const steps = (n: number): BatchStep[] =>
  Array.from({ length: n }, (_, i) => ({
    id: String(i),
    call: { method: 'POST', url: '/x', body: { i } },
  }));

describe('batching', () => {
  it('chunks into batches of at most twenty', () => {
    expect(chunk(steps(45)).map((c) => c.length)).toEqual([20, 20, 5]);
  });

  it('sends 45 requests as three $batch calls and returns each response by id', async () => {
    const seen: { id: string }[][] = [];
    const { graph } = graphAnswering([], seen);
    const results = await runBatch(graph, steps(45));
    expect(seen.map((s) => s.length)).toEqual([20, 20, 5]);
    expect(results.size).toBe(45);
  });

  it('re-sends only the throttled sub-requests, after their Retry-After', async () => {
    const seen: { id: string }[][] = [];
    const { graph, waits } = graphAnswering(
      [
        (rs) =>
          rs.map((r) =>
            r.id === '1'
              ? { id: r.id, status: 429, headers: { 'Retry-After': '3' } }
              : { id: r.id, status: 201 },
          ),
      ],
      seen,
    );
    const results = await runBatch(graph, steps(3));
    expect(seen.map((s) => s.map((r) => r.id))).toEqual([['0', '1', '2'], ['1']]);
    expect(waits).toEqual([3000]);
    expect(['0', '1', '2'].map((id) => results.get(id)?.status)).toEqual([201, 200, 201]);
  });

  it('returns a failed sub-response for the caller to check, without hiding the others', async () => {
    const { graph } = graphAnswering(
      [
        (rs) =>
          rs.map((r) => ({
            id: r.id,
            status: r.id === '0' ? 412 : 201,
            body: { error: { code: 'resourceModified' } },
          })),
      ],
      [],
    );
    const results = await runBatch(graph, steps(2));
    expect(results.get('0')?.status).toBe(412);
    expect(results.get('1')?.status).toBe(201);
  });

  it('re-sends a dependent refused with 424 together with the throttled request it depends on', async () => {
    const seen: { id: string; dependsOn?: string[] }[][] = [];
    const { graph } = graphAnswering(
      [
        () => [
          { id: '0', status: 503, headers: { 'retry-after': '0' } },
          { id: '1', status: 424 },
        ],
      ],
      seen,
    );
    const chained: BatchStep[] = [steps(1)[0], { ...steps(2)[1], dependsOn: ['0'] }];
    const results = await runBatch(graph, chained);
    expect(seen[1]).toEqual([
      expect.objectContaining({ id: '0' }),
      expect.objectContaining({ id: '1', dependsOn: ['0'] }),
    ]);
    expect([...results.values()].map((r) => r.status)).toEqual([200, 200]);
  });

  it('does not send a step whose dependency in an earlier batch failed', async () => {
    const seen: { id: string }[][] = [];
    const { graph } = graphAnswering(
      [(rs) => rs.map((r) => ({ id: r.id, status: r.id === '0' ? 412 : 201 }))],
      seen,
    );
    const many = [
      ...steps(20),
      { id: 'late', call: { method: 'POST', url: '/x' }, dependsOn: ['0'] } as BatchStep,
    ];
    const results = await runBatch(graph, many);
    expect(results.get('late')?.status).toBe(424);
    expect(seen).toHaveLength(1);
  });
});
