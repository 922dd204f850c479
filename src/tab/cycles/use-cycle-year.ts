import { useState } from 'react';
import type { CycleYearResponse } from '../../contract/cycles';
import { isIsoDate } from '../../domain/calendar/calendar';
import { DEFAULT_TIMESCALES } from '../../domain/records/cycle';
import { useSession } from '../app/session-context';
import { useCommand } from '../api/use-command';

/** What the generation did, in one sentence. */
export const yearSentence = ({ created }: CycleYearResponse): string => {
  const first = created.at(0)?.record;
  const last = created.at(-1)?.record;
  if (first === undefined || last === undefined) {
    return 'The year is already planned: no cycle was created.';
  }
  const n = created.length;
  return `${String(n)} six-weekly cycle${n === 1 ? '' : 's'} planned, from ${first.startDate} to ${last.endDate}.`;
};

/**
 * The weeks to a re-audit as typed: empty for the service's (null), else a whole number of
 * weeks from 1 to 104; undefined when it is neither.
 */
export const parseReauditWeeks = (text: string): number | null | undefined => {
  const t = text.trim();
  if (t === '') return null;
  const n = Number(t);
  return /^\d+$/.test(t) && n >= 1 && n <= 104 ? n : undefined;
};

/** Generates a year of six-weekly cycles from a start date; safe to run twice. */
export function useCycleYear(onGenerated: () => void) {
  const { api } = useSession();
  const [startDate, setStartDate] = useState('');
  const [issue, setIssue] = useState<string | undefined>(undefined);
  const [reauditWeeks, setReauditWeeks] = useState('');
  const [weeksIssue, setWeeksIssue] = useState<string | undefined>(undefined);
  const [result, setResult] = useState<CycleYearResponse | null>(null);
  const generate = useCommand(async () => {
    const weeks = parseReauditWeeks(reauditWeeks);
    setIssue(isIsoDate(startDate) ? undefined : 'Enter the date the first cycle starts');
    setWeeksIssue(
      weeks === undefined
        ? 'Enter whole weeks from 1 to 104, or leave it empty for the service’s'
        : undefined,
    );
    if (!isIsoDate(startDate) || weeks === undefined) return null;
    const answer = await api.generateYear(
      weeks === null
        ? { startDate }
        : { startDate, timescales: { ...DEFAULT_TIMESCALES, reauditWeeks: weeks } },
    );
    setResult(answer);
    onGenerated();
    return answer;
  });
  return {
    startDate,
    setStartDate,
    issue,
    reauditWeeks,
    setReauditWeeks,
    weeksIssue,
    result,
    generate,
  };
}
