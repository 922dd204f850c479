import { useSession } from '../app/session-context';
import { useResource } from '../api/use-resource';

/** The cycles to choose from, and the findings of the chosen one. */
export function useFindings(cycleId: string | undefined) {
  const { api } = useSession();
  const cycles = useResource(() => api.cycles(), 'cycles');
  const findings = useResource(
    () => (cycleId === undefined ? Promise.resolve(null) : api.findings(cycleId)),
    `findings:${cycleId ?? ''}`,
  );
  return { cycles, findings };
}
