import type { Graph } from './graph';

interface Page {
  value?: unknown;
  '@odata.nextLink'?: unknown;
}

/** Follows `@odata.nextLink` from `url` to the last page, yielding each page's `value`. */
export async function* pages(graph: Graph, url: string, what: string): AsyncGenerator<unknown[]> {
  let next: string | undefined = url;
  while (next !== undefined) {
    const { body } = await graph.send({ method: 'GET', url: next }, what);
    const page = (body ?? {}) as Page;
    yield Array.isArray(page.value) ? (page.value as unknown[]) : [];
    next = typeof page['@odata.nextLink'] === 'string' ? page['@odata.nextLink'] : undefined;
  }
}

/** Every item of every page. */
export async function allPages(graph: Graph, url: string, what: string): Promise<unknown[]> {
  const items: unknown[] = [];
  for await (const page of pages(graph, url, what)) items.push(...page);
  return items;
}
