import type { EmulatorContext } from './context.js';
import type { Counters } from './counters.js';
import type { FaultInjector } from './faults.js';
import type { EmuRequest, EmuResponse } from './http/exchange.js';
import { GraphError, errorBody, errorResponse } from './http/graph-error.js';
import { FilterSyntaxError } from './odata/filter-lexer.js';
import { matchRoute, type Route } from './router.js';
import type { ResourceBudget } from './throttle/budget.js';
import { unitsOf } from './throttle/costs.js';

/** How many items a response carries: a collection's `value`, or one item (with an eTag). */
const itemsIn = (response: EmuResponse): number => {
  if (response.status < 200 || response.status >= 300) return 0;
  const body = response.body as { value?: unknown; eTag?: unknown } | null | undefined;
  if (body === null || body === undefined || typeof body !== 'object') return 0;
  if (Array.isArray(body.value)) return body.value.length;
  return typeof body.eTag === 'string' ? 1 : 0;
};

/**
 * Answers one Graph request: route, count (requests and resource units), apply the resource-unit
 * budget, maybe inject a fault, run the handler, and turn errors into Graph's error body.
 * $batch sub-requests come back through here too, so each is counted and charged on its own.
 */
export class Dispatcher {
  constructor(
    private readonly ctx: EmulatorContext,
    private readonly routes: Route[],
    private readonly faults: FaultInjector,
    private readonly counters: Counters,
    private readonly budget: ResourceBudget | undefined,
  ) {}

  async handle(req: EmuRequest, inBatch = false): Promise<EmuResponse> {
    const match = matchRoute(this.routes, req.method, req.path);
    if (match.kind === 'wrongMethod')
      return errorResponse(
        new GraphError(
          405,
          'methodNotAllowed',
          `The HTTP method '${req.method}' is not allowed for this resource.`,
        ),
        req,
      );
    if (match.kind === 'none')
      return errorResponse(
        new GraphError(400, 'BadRequest', `Resource not found for the segment '${match.segment}'.`),
        req,
      );
    if (inBatch && match.route.op === 'batch')
      return errorResponse(
        new GraphError(400, 'BadRequest', 'A $batch cannot contain another $batch.'),
        req,
      );
    this.counters.add(match.route.op);
    if (inBatch) this.counters.add('batch.sub');
    const units = unitsOf(match.route.units, req);
    this.counters.addUnits(match.route.op, units);
    const charge = units > 0 ? this.budget?.charge(units) : undefined;
    if (charge?.kind === 'throttled')
      return this.faultResponse(429, charge.retryAfterSeconds, req, charge.headers);
    const fault = this.faults.roll();
    if (fault) return this.faultResponse(fault.status, fault.retryAfterSeconds, req);
    const response = await this.run(match.route, match.params, req);
    if (charge) Object.assign(response.headers, charge.headers);
    if (match.route.op !== 'batch') this.counters.addItems(itemsIn(response));
    return response;
  }

  private async run(
    route: Route,
    params: Record<string, string>,
    req: EmuRequest,
  ): Promise<EmuResponse> {
    try {
      return await route.handler(req, params, this.ctx, (sub) => this.handle(sub, true));
    } catch (error) {
      if (error instanceof GraphError) return errorResponse(error, req);
      if (error instanceof FilterSyntaxError)
        return errorResponse(
          new GraphError(400, 'invalidRequest', `Invalid filter clause: ${error.message}`),
          req,
        );
      console.error('emulator: unexpected error', error);
      const message = error instanceof Error ? error.message : String(error);
      return errorResponse(new GraphError(500, 'generalException', message), req);
    }
  }

  /**
   * 429 carries SharePoint's `activityLimitReached` code, 503 Graph's `serviceNotAvailable`
   * (https://learn.microsoft.com/en-us/graph/errors), both with Retry-After in seconds
   * (https://learn.microsoft.com/en-us/graph/throttling).
   */
  private faultResponse(
    status: 429 | 503,
    retryAfter: number,
    req: EmuRequest,
    headers: Record<string, string> = {},
  ): EmuResponse {
    this.counters.add('throttled');
    this.counters.add(`throttled.${status}`);
    const [code, message] =
      status === 429
        ? ['activityLimitReached', 'The request has been throttled']
        : ['serviceNotAvailable', 'The service is temporarily unavailable. Try again later.'];
    return {
      status,
      headers: { ...headers, 'Retry-After': String(retryAfter) },
      body: errorBody(code, message, req),
    };
  }
}
