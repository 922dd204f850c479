import type { Context, Middleware } from '@microsoft/microsoft-graph-client';

const GRAPH_ORIGIN = 'https://graph.microsoft.com';

/** Points a Graph URL at the emulator's origin; other URLs are left alone. */
export function redirectGraphUrl(url: string, origin: string): string {
  const base = origin.replace(/\/+$/, '');
  return url.toLowerCase().startsWith(GRAPH_ORIGIN) ? base + url.slice(GRAPH_ORIGIN.length) : url;
}

/**
 * The last middleware of the Graph client chain when running against the local emulator, in
 * place of the default HTTPMessageHandler. The client keeps its `https://graph.microsoft.com`
 * base URL, so `@odata.nextLink` (an absolute https URL) and PageIterator work unchanged; this
 * handler only sends each request to `origin` (e.g. `http://127.0.0.1:4100`) instead.
 */
export function emulatorHttpHandler(origin: string): Middleware {
  return {
    async execute(context: Context): Promise<void> {
      const { request, options } = context;
      if (typeof request === 'string') {
        context.response = await fetch(redirectGraphUrl(request, origin), options);
        return;
      }
      const body =
        request.method === 'GET' || request.method === 'HEAD'
          ? undefined
          : await request.arrayBuffer();
      context.response = await fetch(redirectGraphUrl(request.url, origin), {
        method: request.method,
        headers: request.headers,
        body,
        ...options,
      });
    },
  };
}
