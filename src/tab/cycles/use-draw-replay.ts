import { useState } from 'react';
import type { DrawReplayResponse } from '../../contract/cycles';
import type { DrawDifference } from '../../domain/allocation/replay-draw';
import { useSession } from '../app/session-context';
import { useCommand } from '../api/use-command';

const plural = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/** What the replay found, in one sentence. */
export const replaySentence = ({ seed, replay }: DrawReplayResponse): string =>
  replay.matches
    ? `The draw replays to the same ${plural(replay.allocations, 'allocation')} (seed ${String(seed)}, ${plural(replay.exclusions, 'case')} left out for the same reasons).`
    : `The draw does not replay to the kept allocation: ${plural(replay.differenceCount, 'difference')} (seed ${String(seed)}).`;

/** One difference, for its row. */
export const differenceText = (d: DrawDifference): string =>
  d.field === 'allocated'
    ? d.kept === null
      ? 'allocated on replay, not in the kept draw'
      : 'in the kept draw, not allocated on replay'
    : `${d.field}: kept ${d.kept ?? 'none'}, replay ${d.replayed ?? 'none'}`;

/** Re-runs the kept draw on its kept inputs; writes nothing. */
export function useDrawReplay(cycleId: string) {
  const { api } = useSession();
  const [result, setResult] = useState<DrawReplayResponse | null>(null);
  const replay = useCommand(async () => {
    const answer = await api.drawReplay(cycleId);
    setResult(answer);
    return answer;
  });
  return { replay, result };
}
