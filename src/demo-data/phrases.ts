/** Every fixed phrase the generator may write into case-related free text. */
import * as actionPhrases from './action-phrases';
import * as auditPhrases from './audit-phrases';
import { FEEDBACK_SUMMARIES, OBSERVATION_TEXT } from './register-phrases';

const strings = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : Array.isArray(value)
      ? value.flatMap(strings)
      : typeof value === 'object' && value !== null
        ? Object.values(value).flatMap(strings)
        : [];

/** The phrase lists, flattened: anything case-related that is not one of these is a bug. */
export const knownPhrases = (): ReadonlySet<string> =>
  new Set([
    ...strings(auditPhrases.AREA_EVIDENCE),
    ...strings(auditPhrases.AREA_STRENGTHS),
    ...strings(auditPhrases.AREA_DEVELOPMENT),
    ...strings(auditPhrases.RATIONALE),
    ...strings(auditPhrases.MEASURES),
    ...strings(auditPhrases.AUDIT_FEEDBACK),
    ...strings(actionPhrases),
    ...strings(FEEDBACK_SUMMARIES),
    ...strings(OBSERVATION_TEXT),
  ]);
