/**
 * Home-view latency: p50 and p95 of `GET /api/home` for a team manager and the QA lead, with
 * 20 concurrent users on the full demo data, beside the emulator's single-item GET measured in
 * the same run (as a ratio). Figures only; loopback traffic, bounded in count.
 */
import { startBenchServer } from './bench-server';
import type { Role } from '../../src/domain/records';

const CONCURRENCY = 20;
const REQUESTS = 400;

export async function benchServer(): Promise<string[]> {
  const server = await startBenchServer();

  try {
    const lines: string[] = [];
    const emulator = server.opened.emulator;
    if (emulator === null) throw new Error('The benchmark runs on the embedded emulator.');
    const siteId = server.opened.store.siteId;
    const itemUrl = `${emulator.url}/v1.0/sites/${siteId}/lists/Audits/items/1?$expand=fields`;
    const single = await measure(() =>
      fetch(itemUrl, { headers: { authorization: `Bearer ${emulator.secret}` } }),
    );
    lines.push(row('emulator single-item GET', single));
    for (const role of ['TeamManager', 'QALead'] as const) {
      const tokens = await signInAs(server.url, role, CONCURRENCY);
      let next = 0;
      const home = await measure(() =>
        fetch(`${server.url}/api/home`, {
          headers: { authorization: `Bearer ${tokens[next++ % tokens.length] ?? ''}` },
        }),
      );
      lines.push(
        `${row(`GET /api/home as ${role}`, home)}  ratio to single GET: p50 ×${(home.p50 / single.p50).toFixed(1)}, p95 ×${(home.p95 / single.p95).toFixed(1)}`,
      );
    }
    return lines;
  } finally {
    await server.close();
  }
}

interface Figures {
  readonly p50: number;
  readonly p95: number;
  readonly count: number;
}

/** Runs REQUESTS requests with CONCURRENCY in flight; returns latency percentiles in ms. */
async function measure(send: () => Promise<Response>): Promise<Figures> {
  const latencies: number[] = [];
  let issued = 0;
  const worker = async () => {
    while (issued < REQUESTS) {
      issued += 1;
      const started = performance.now();
      const response = await send();
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`HTTP ${String(response.status)} during the benchmark`);
      latencies.push(performance.now() - started);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return { p50: at(0.5), p95: at(0.95), count: latencies.length };
}

const row = (what: string, f: Figures) =>
  `${what.padEnd(34)} p50 ${f.p50.toFixed(1).padStart(6)} ms  p95 ${f.p95.toFixed(1).padStart(6)} ms  (${String(f.count)} requests, ${String(CONCURRENCY)} concurrent)`;

async function signInAs(url: string, role: Role, count: number): Promise<string[]> {
  const response = await fetch(`${url}/api/local/staff`);
  const body = (await response.json()) as { roles: { role: Role; staff: { id: string }[] }[] };
  const staff = body.roles.find((r) => r.role === role)?.staff ?? [];
  const tokens: string[] = [];
  for (let i = 0; i < count; i++) {
    const member = staff.at(i % staff.length);
    if (member === undefined) throw new Error(`No ${role} in the demo data.`);
    const signIn = await fetch(`${url}/api/local/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ staffId: member.id }),
    });
    tokens.push(((await signIn.json()) as { token: string }).token);
  }
  return tokens;
}
