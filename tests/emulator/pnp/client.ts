import { DefaultHeaders, DefaultInit, graphfi, type GraphFI } from '@pnp/graph';
import '@pnp/graph/batching';
import '@pnp/graph/list-item';
import '@pnp/graph/lists';
import '@pnp/graph/sites';
import { BearerToken, DefaultParse, type Queryable } from '@pnp/queryable';
import type { RunningEmulator } from '../../../src/emulator/index.js';

/**
 * PnPjs 4 (`@pnp/graph`) on the emulator: its base URL stays Graph's, and a send behaviour sends
 * each request to the emulator's origin instead (as our own Graph client's last middleware does),
 * so its paging and batching see Graph's own https links.
 */
export function pnpGraph(emu: RunningEmulator): GraphFI {
  const toEmulator = (instance: Queryable) => {
    instance.on.send.replace(async (url: URL, init: RequestInit) =>
      fetch(url.toString().replace(/^https:\/\/graph\.microsoft\.com/i, emu.url), init),
    );
    return instance;
  };
  return graphfi().using(
    DefaultHeaders(),
    DefaultInit(),
    BearerToken(emu.secret),
    DefaultParse(),
    toEmulator,
  );
}
