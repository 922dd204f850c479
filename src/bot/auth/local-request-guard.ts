import type { RequestHandler } from 'express';
import type { Logger } from '../../app/logger';
import { activityFacts } from '../teams/activity-facts';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/** Whether a service URL is on this machine's loopback interface. */
export const isLoopbackUrl = (value: string | null): boolean => {
  if (value === null) return false;
  try {
    return LOOPBACK.has(new URL(value).hostname);
  } catch {
    return false;
  }
};

/**
 * Local mode accepts activities with no Bot Framework token (Agents Playground sends none), but a
 * local server is still a server on a machine: an unsigned activity may only name a service URL
 * on loopback, so nobody can make the server connect to a host of their choosing by posting one.
 */
export function localRequestGuard(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const facts = activityFacts(req.body);
    if (facts !== null && isLoopbackUrl(facts.serviceUrl)) {
      next();
      return;
    }
    logger.warn('bot activity rejected', {
      reason: facts === null ? 'not an activity' : 'local mode: serviceUrl is not on loopback',
      type: facts?.type ?? null,
    });
    res.status(403).json({ error: 'forbidden' });
  };
}
