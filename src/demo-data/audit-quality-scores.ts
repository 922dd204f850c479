/**
 * The audit of audits in the demo data (synthetic): most moderators score the quality of the
 * audit as they moderate it. The scores come from a hash of the audit's id, not the shared
 * random stream, so adding them leaves every other generated value as it was; a disagreed
 * audit more often falls short on a criterion.
 */
import type { QualityScore, QualityScores } from '../domain/records';
import { QUALITY_CRITERIA } from '../domain/records';

const hashOf = (text: string): number => {
  let h = 2166136261;
  for (const char of text) {
    h ^= char.charCodeAt(0);
    h = Math.imul(h, 16777619) >>> 0;
  }
  return h;
};

/** The scores a moderator gives the audit, or null when they left it unscored (about 1 in 4). */
export const demoQualityScores = (auditId: string, disagreed: boolean): QualityScores | null => {
  if (hashOf(`${auditId}:scored`) % 4 === 0) return null;
  const scoreOf = (criterion: string): QualityScore => {
    const roll = hashOf(`${auditId}:${criterion}`) % 10;
    const notMet = disagreed ? 3 : 1;
    const partly = disagreed ? 6 : 3;
    return roll < notMet ? 'NotMet' : roll < partly ? 'PartlyMet' : 'Met';
  };
  return Object.fromEntries(QUALITY_CRITERIA.map((c) => [c, scoreOf(c)])) as QualityScores;
};
