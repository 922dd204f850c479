import { useState } from 'react';
import type { CycleYearResponse } from '../../contract/cycles';
import { isIsoDate } from '../../domain/calendar/calendar';
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

/** Generates a year of six-weekly cycles from a start date; safe to run twice. */
export function useCycleYear(onGenerated: () => void) {
  const { api } = useSession();
  const [startDate, setStartDate] = useState('');
  const [issue, setIssue] = useState<string | undefined>(undefined);
  const [result, setResult] = useState<CycleYearResponse | null>(null);
  const generate = useCommand(async () => {
    if (!isIsoDate(startDate)) {
      setIssue('Enter the date the first cycle starts');
      return null;
    }
    setIssue(undefined);
    const answer = await api.generateYear({ startDate });
    setResult(answer);
    onGenerated();
    return answer;
  });
  return { startDate, setStartDate, issue, result, generate };
}
