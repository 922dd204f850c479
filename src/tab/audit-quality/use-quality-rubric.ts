import { useState } from 'react';
import type {
  AuditQuality,
  QualityCriterion,
  QualityScore,
} from '../../domain/records/audit-quality';
import { QUALITY_CRITERIA, QUALITY_SCORES } from '../../domain/records/audit-quality';

export type RubricChoices = Readonly<Partial<Record<QualityCriterion, QualityScore>>>;
export type RubricIssues = Readonly<Partial<Record<QualityCriterion, string>>>;

const isScore = (value: string): value is QualityScore =>
  (QUALITY_SCORES as readonly string[]).includes(value);

/** Every criterion needs a score, as the server checks. */
export const rubricIssues = (choices: RubricChoices): RubricIssues =>
  Object.fromEntries(
    QUALITY_CRITERIA.filter((c) => choices[c] === undefined).map((c) => [
      c,
      'Choose Met, Partly met or Not met',
    ]),
  );

/** The rubric form's state, starting from the last score; `body()` once every criterion is scored. */
export function useQualityRubric(last: AuditQuality | null) {
  const [choices, setChoices] = useState<RubricChoices>(last?.scores ?? {});
  const [tried, setTried] = useState(false);
  const issues = rubricIssues(choices);
  const choose = (criterion: QualityCriterion, value: string) => {
    if (isScore(value)) setChoices((c) => ({ ...c, [criterion]: value }));
  };
  const body = () => {
    setTried(true);
    if (Object.keys(issues).length > 0) return null;
    return { scores: choices };
  };
  return { choices, choose, issues: tried ? issues : {}, body };
}
