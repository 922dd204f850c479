/**
 * `npm run playground` — Microsoft 365 Agents Playground (@microsoft/m365agentsplayground
 * 0.2.28) against the local bot endpoint, offline: no telemetry, no browser (it would exit on a
 * headless machine). Start the service first (`npm start`, local mode). The Playground sends no
 * Authorization header, which the bot accepts in local mode only. Note: the Playground has no
 * host option and listens on every interface (its port 56150 by default).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const PLAYGROUND_BIN = fileURLToPath(
  new URL('../node_modules/.bin/agentsplayground', import.meta.url),
);

export const playgroundInstalled = (): boolean => existsSync(PLAYGROUND_BIN);

export function startPlayground(
  botEndpoint: string,
  port = 56150,
  stdio: 'inherit' | 'ignore' = 'inherit',
): ChildProcess {
  if (!playgroundInstalled()) {
    throw new Error(
      'Microsoft 365 Agents Playground is not installed: add "@microsoft/m365agentsplayground": "0.2.28" to devDependencies.',
    );
  }
  return spawn(
    PLAYGROUND_BIN,
    ['-e', botEndpoint, '-c', 'msteams', '-p', String(port), '--disable-telemetry'],
    {
      env: { ...process.env, BROWSER: 'none', TEAMSAPPTESTER_BROWSER: 'none' },
      stdio,
    },
  );
}

if (fileURLToPath(import.meta.url) === process.argv.at(1)) {
  const port = process.env['PORT'] ?? '3978';
  const child = startPlayground(`http://127.0.0.1:${port}/api/messages`);
  child.on('exit', (code) => {
    process.exitCode = code ?? 0;
  });
}
