import type { FieldIssue } from '../errors';
import { isSeed } from '../random/mulberry32';
import { isIsoDate } from '../calendar/calendar';
import type { DrawInput } from './draw-input';
import { activeAuditors } from './staff-pools';

const isWhole = (n: number): boolean => Number.isInteger(n) && n >= 0;
const isShare = (n: number): boolean => Number.isFinite(n) && n >= 0 && n <= 1;

/** Every reason the draw cannot run, by field; empty when it can. */
export const validateDrawInput = (input: DrawInput): FieldIssue[] => {
  const issues: FieldIssue[] = [];
  const check = (ok: boolean, field: string, message: string): void => {
    if (!ok) issues.push({ field, message });
  };
  const { cycle, moderation, sampleSize } = input;
  check(isSeed(input.seed), 'seed', 'must be a whole number from 0 to 4294967295');
  check(isIsoDate(cycle.startDate), 'cycle.startDate', 'must be an ISO date (YYYY-MM-DD)');
  check(isWhole(cycle.timescales.auditDays), 'cycle.timescales.auditDays', 'must be whole days');
  check(
    isWhole(cycle.timescales.moderationDays),
    'cycle.timescales.moderationDays',
    'must be whole days',
  );
  const size =
    sampleSize.kind === 'perAuditor' ? sampleSize.casesPerAuditor : sampleSize.totalCases;
  const sizeField =
    sampleSize.kind === 'perAuditor' ? 'sampleSize.casesPerAuditor' : 'sampleSize.totalCases';
  check(isWhole(size), sizeField, 'must be a whole number of cases');
  check(isWhole(input.excludeRecentCycles), 'excludeRecentCycles', 'must be a whole number');
  check(isShare(moderation.share), 'moderation.share', 'must be a share from 0 to 1');
  check(
    isShare(moderation.lowAgreementShare),
    'moderation.lowAgreementShare',
    'must be a share from 0 to 1',
  );
  check(
    isShare(moderation.lowAgreementThreshold),
    'moderation.lowAgreementThreshold',
    'must be a rate from 0 to 1',
  );
  check(activeAuditors(input.staff).length > 0, 'staff', 'no active team manager to audit');
  return issues;
};
