/**
 * The quickstart, for real: `npm start` as a newcomer runs it (fresh data folder, no tenant),
 * waits until it prints its address, signs in as a synthetic team manager and reads a home view.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let child: ChildProcess;
let url = '';
let output = '';
const dataDir = mkdtempSync(join(tmpdir(), 'audit-loop-start-'));

beforeAll(async () => {
  child = spawn('npm', ['start'], {
    env: { ...process.env, PORT: '0', AUDITLOOP_DATA_DIR: dataDir, NODE_ENV: 'development' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`npm start did not print its address in time:\n${output}`));
    }, 170_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Audit Loop is running at (http:\/\/[\d.:]+)/.exec(output);
      if (match?.[1] !== undefined && output.includes('choose who to sign in as')) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`npm start exited with ${String(code)}:\n${output}`));
    });
  });
}, 180_000);

afterAll(() => {
  if (child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
});

describe('npm start on a fresh data folder', () => {
  it('tells the newcomer where it runs and how to sign in', () => {
    expect(output).toMatch(/Local mode/);
    expect(output).toMatch(/choose who to sign in as/);
  });

  it('lets a synthetic team manager sign in and read their home view', async () => {
    const staff = (await (await fetch(`${url}/api/local/staff`)).json()) as {
      roles: { role: string; staff: { id: string }[] }[];
    };
    const manager = staff.roles.find((r) => r.role === 'TeamManager')?.staff[0];
    expect(manager).toBeDefined();
    const signIn = await fetch(`${url}/api/local/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ staffId: manager?.id }),
    });
    const { token } = (await signIn.json()) as { token: string };
    const home = await fetch(`${url}/api/home`, { headers: { authorization: `Bearer ${token}` } });
    expect(home.status).toBe(200);
    const body = (await home.json()) as { allocatedToMe: unknown[]; counts: unknown };
    expect(Array.isArray(body.allocatedToMe)).toBe(true);
    expect(body.counts).toBeDefined();
  });

  it('serves the tab', async () => {
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/<div id="root"|<html/i);
  });
});
