import { describe, expect, it } from 'vitest';
import { ApiRequestError } from '../api/api-error';
import { besideThePickers } from './use-audit';

const invalid = (...issues: { field: string; message: string }[]) =>
  new ApiRequestError(400, 'invalid', 'Refused.', issues);

describe('where a refused write on the audit page is shown', () => {
  it('beside its picker only, when every issue is on a picked person', () => {
    const error = invalid(
      { field: 'auditorId', message: 'auditors are team managers: choose one' },
      { field: 'auditorId', message: "they moderate this audit: choose someone who doesn't" },
    );
    expect(besideThePickers(error)).toEqual({
      issues: {
        auditorId:
          "Auditors are team managers: choose one. They moderate this audit: choose someone who doesn't.",
      },
      above: null,
    });
  });

  it('above the page as well, when something else was refused too', () => {
    const error = invalid(
      { field: 'moderatorId', message: 'the auditor cannot moderate their own audit' },
      { field: 'learningNotes', message: 'is required' },
    );
    const shown = besideThePickers(error);
    expect(shown.issues).toEqual({ moderatorId: 'The auditor cannot moderate their own audit' });
    expect(shown.above).toBe(error);
  });

  it('above the page, when the refusal names no field', () => {
    const error = new ApiRequestError(409, 'conflict', 'This audit changed.');
    expect(besideThePickers(error)).toEqual({ issues: {}, above: error });
    expect(besideThePickers(null)).toEqual({ issues: {}, above: null });
  });
});
