import type { RequestHandler } from 'express';
import { HttpError } from './http-error';

/**
 * First of all, before sign-in or any route: a path whose percent-encoding is malformed
 * (`%E0%A4%A`, `%ZZ`) is a 400 that says so. Left to the router it would throw while matching
 * a route — a 500 and an error log line, even for someone signed out.
 */
export const wellFormedPath: RequestHandler = (req, _res, next) => {
  try {
    decodeURIComponent(req.path);
  } catch {
    throw new HttpError(
      400,
      'malformed-url',
      'The address is not valid: it has a malformed percent-encoding (%).',
    );
  }
  next();
};
