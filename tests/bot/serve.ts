import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import type { MountedRouter } from '../../src/bot/create-bot';

/** Serves mounted routers on 127.0.0.1, as the server's createApp would. */
export async function serve(
  routers: readonly MountedRouter[],
  before?: express.RequestHandler,
): Promise<{ url: string; close(): Promise<void> }> {
  const app = express();
  if (before !== undefined) app.use(before);
  for (const r of routers) app.use(r.path, r.router);
  const server: Server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`,
    close: () =>
      new Promise((resolve) =>
        server.close(() => {
          resolve();
        }),
      ),
  };
}
