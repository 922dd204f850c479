/**
 * Application log lines: structured, one JSON object a line. Callers pass record references
 * and reasons only — never a name, a grade, a rationale or any other field value of a case.
 */
export interface Logger {
  info(message: string, context?: Readonly<Record<string, unknown>>): void;
  warn(message: string, context?: Readonly<Record<string, unknown>>): void;
  error(message: string, context?: Readonly<Record<string, unknown>>): void;
}

export function jsonLogger(write: (line: string) => void = (l) => process.stdout.write(l)): Logger {
  const log =
    (level: string) =>
    (message: string, context: Readonly<Record<string, unknown>> = {}) => {
      write(`${JSON.stringify({ at: new Date().toISOString(), level, message, ...context })}\n`);
    };
  return { info: log('info'), warn: log('warn'), error: log('error') };
}

export const silentLogger: Logger = {
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};
