import { useState } from 'react';
import type { ModerationOutcome } from '../../domain/records/moderation';
import type { Grade } from '../../domain/records/grade';
import { isGrade } from '../../domain/records/grade';

export interface ModerationIssues {
  readonly outcome?: string;
  readonly moderatedGrade?: string;
  readonly reasons?: string;
}

/** The moderator's choice, checked as the server checks it. */
export const moderationIssues = (
  outcome: ModerationOutcome | '',
  moderatedGrade: string,
  reasons: string,
  auditorGrade: Grade | null,
): ModerationIssues => ({
  ...(outcome === '' ? { outcome: 'Agree or disagree with the grade' } : {}),
  ...(outcome === 'Disagreed' && !isGrade(moderatedGrade)
    ? { moderatedGrade: 'Choose the grade you would give' }
    : {}),
  ...(outcome === 'Disagreed' && moderatedGrade === auditorGrade
    ? { moderatedGrade: "Choose a grade different from the auditor's" }
    : {}),
  ...(outcome === 'Disagreed' && reasons.trim() === ''
    ? { reasons: 'Give your reasons for disagreeing' }
    : {}),
});

/** The moderation form's state; `body()` is the request once there are no issues. */
export function useModerate(auditorGrade: Grade | null) {
  const [outcome, setOutcome] = useState<ModerationOutcome | ''>('');
  const [moderatedGrade, setModeratedGrade] = useState('');
  const [reasons, setReasons] = useState('');
  const [tried, setTried] = useState(false);
  const issues = moderationIssues(outcome, moderatedGrade, reasons, auditorGrade);
  const valid = Object.keys(issues).length === 0;
  const body = () => {
    setTried(true);
    if (!valid || outcome === '') return null;
    return {
      outcome,
      reasons: reasons.trim(),
      ...(outcome === 'Disagreed' && isGrade(moderatedGrade) ? { moderatedGrade } : {}),
    };
  };
  return {
    outcome,
    setOutcome,
    moderatedGrade,
    setModeratedGrade,
    reasons,
    setReasons,
    issues: tried ? issues : {},
    body,
  };
}
