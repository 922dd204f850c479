import { useState } from 'react';
import type { CycleCloseResponse } from '../../contract/cycles';
import { GRADES } from '../../domain/records/grade';
import { useSession } from '../app/session-context';
import { useCommand } from '../api/use-command';

/** The end-of-cycle distribution (as moderated), in one sentence. */
export const distributionSentence = ({ distribution, stillOpen }: CycleCloseResponse): string => {
  const { counts, total } = distribution.moderated;
  const grades =
    total === 0 ? 'no audit was graded' : GRADES.map((g) => `${g} ${String(counts[g])}`).join(', ');
  const open =
    stillOpen.length === 0
      ? 'Every audit was moderated or closed.'
      : `Still open: ${stillOpen.join(', ')}.`;
  return `Cycle closed. Grades at the end of the cycle (as moderated, ${String(total)} audits): ${grades}. ${open}`;
};

/** Closing a cycle: a reason is needed (and asked for) only while audits are still open. */
export function useCloseCycle(
  cycleId: string,
  version: string,
  openInCycle: number,
  onClosed: (result: CycleCloseResponse) => void,
) {
  const { api } = useSession();
  const [reason, setReason] = useState('');
  const [issue, setIssue] = useState<string | undefined>(undefined);
  const close = useCommand(async () => {
    if (openInCycle > 0 && reason.trim() === '') {
      setIssue(`Say why the cycle closes with ${String(openInCycle)} audits still open`);
      return null;
    }
    setIssue(undefined);
    const answer = await api.closeCycle(cycleId, { version, reason: reason.trim() });
    onClosed(answer);
    return answer;
  });
  return { reason, setReason, issue, close, needsReason: openInCycle > 0 };
}
