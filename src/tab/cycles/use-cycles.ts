import { useState } from 'react';
import type { CreateCycleRequest } from '../../contract/cycles';
import type { CycleKind } from '../../domain/records/cycle';
import { isIsoDate } from '../../domain/calendar/calendar';
import { useSession } from '../app/session-context';
import { useCommand } from '../api/use-command';
import { useResource } from '../api/use-resource';
import { mayReadReaudits } from './use-reaudits';

export interface NewCycle {
  readonly name: string;
  readonly kind: CycleKind;
  readonly startDate: string;
  readonly endDate: string;
  readonly theme: string;
}

/** What is wrong with a new cycle, field by field, as the server would say it. */
export const newCycleIssues = (c: NewCycle): Record<string, string> => ({
  ...(c.name.trim() === '' ? { name: 'Give the cycle a name' } : {}),
  ...(!isIsoDate(c.startDate) ? { startDate: 'Enter a real date' } : {}),
  ...(!isIsoDate(c.endDate) ? { endDate: 'Enter a real date' } : {}),
  ...(isIsoDate(c.startDate) && isIsoDate(c.endDate) && c.endDate < c.startDate
    ? { endDate: 'The end must not be before the start' }
    : {}),
  ...(c.kind !== 'CaseFileAudit' && c.theme.trim() === ''
    ? { theme: 'Say what this audit looks at' }
    : {}),
});

export function useCycles() {
  const { api, me } = useSession();
  const cycles = useResource(() => api.cycles(), 'cycles');
  const [draft, setDraft] = useState<NewCycle>({
    name: '',
    kind: 'CaseFileAudit',
    startDate: '',
    endDate: '',
    theme: '',
  });
  const [tried, setTried] = useState(false);
  const issues = newCycleIssues(draft);
  const create = useCommand(async () => {
    setTried(true);
    if (Object.keys(issues).length > 0) return null;
    const body: CreateCycleRequest = {
      ...draft,
      name: draft.name.trim(),
      theme: draft.theme.trim(),
    };
    const answer = await api.createCycle(body);
    cycles.reload();
    setTried(false);
    return answer;
  });
  return {
    cycles,
    draft,
    issues: tried ? issues : {},
    create,
    update: (patch: Partial<NewCycle>) => {
      setDraft((d) => ({ ...d, ...patch }));
    },
    canCreate: me.role === 'QALead',
    canReadReaudits: mayReadReaudits(me.role),
  };
}
