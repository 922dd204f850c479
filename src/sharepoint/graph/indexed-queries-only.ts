import type { Context, Middleware } from '@microsoft/microsoft-graph-client';

const FORBIDDEN = 'honornonindexedquerieswarningmayfailrandomly';

/** A programming error: never retried, never mapped to a StoreError. */
export class UnindexedQueryError extends Error {
  override readonly name = 'UnindexedQueryError';
}

/**
 * Refuses to send `Prefer: HonorNonIndexedQueriesWarningMayFailRandomly`: that header makes
 * unindexed queries work on a small list and fail once it passes 5,000 items. Queries must use
 * indexed columns instead.
 */
export class IndexedQueriesOnly implements Middleware {
  private next: Middleware | undefined;

  async execute(context: Context): Promise<void> {
    const headers = new Headers(context.options?.headers);
    if (context.request instanceof Request)
      context.request.headers.forEach((v, k) => {
        headers.append(k, v);
      });
    if ((headers.get('prefer') ?? '').toLowerCase().includes(FORBIDDEN))
      throw new UnindexedQueryError(
        'Queries must use indexed columns; the unindexed-query Prefer header is refused.',
      );
    if (!this.next) throw new Error('IndexedQueriesOnly must not be the last middleware.');
    await this.next.execute(context);
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}
