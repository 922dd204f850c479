import type { FieldIssue } from '../../domain/errors';

/** A file that cannot be read as a register export at all: said in plain words, naming why. */
export class RegisterFileError extends Error {
  constructor(
    message: string,
    readonly issues: readonly FieldIssue[] = [{ field: 'file', message }],
  ) {
    super(message);
    this.name = 'RegisterFileError';
  }
}
