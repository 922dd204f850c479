import { z } from 'zod';
import { isIsoDate, isIsoTimestamp } from '../calendar/calendar';
import { COHORTS } from '../records/case';
import { GRADES, AREAS } from '../records/grade';
import { ROLES } from '../records/staff';

import { CASE_NUMBER_PATTERN, LIMITS } from './limits';

export { LIMITS };

/** Optional free text, trimmed. */
export const text = (max: number) => z.string().trim().max(max);

/** Required free text, trimmed, not blank. */
export const requiredText = (max: number) => z.string().trim().min(1).max(max);

/** A staff id or record id: letters, digits and - _ . : only. */
export const id = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, { error: 'must be an id (letters, digits, - _ . :)' });

/** The case reference from the case management system, e.g. CF-100234. Never a name. */
export const caseNumber = z
  .string()
  .trim()
  .regex(CASE_NUMBER_PATTERN, { error: 'must be a case number such as CF-100234' });

export const isoDate = z
  .string()
  .trim()
  .refine(isIsoDate, { error: 'must be a real date written YYYY-MM-DD' });

export const isoTimestamp = z.string().trim().refine(isIsoTimestamp, {
  error: 'must be a date and time with a zone, e.g. 2025-03-20T10:00:00Z',
});

export const grade = z.enum(GRADES);
export const area = z.enum(AREAS);
export const role = z.enum(ROLES);
export const cohort = z.enum(COHORTS);
