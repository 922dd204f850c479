import { useState } from 'react';
import type { CycleResponse } from '../../contract/cycles';
import { isIsoDate } from '../../domain/calendar/calendar';
import type { Cycle, Timescales } from '../../domain/records/cycle';
import { useSession } from '../app/session-context';
import { useCommand } from '../api/use-command';
import { serverIssues, type FieldIssues } from '../common/form-issues';
import { parseReauditWeeks } from './use-cycle-year';

type DayTimescale = Exclude<keyof Timescales, 'reauditWeeks'>;

/** Each timescale in days, as the QA lead reads it. */
export const TIMESCALE_LABELS: Readonly<Record<DayTimescale, string>> = {
  auditDays: 'Days to complete the audit',
  moderationDays: 'Days to moderate',
  actionDays: 'Days for an action',
  immediateActionDays: 'Days for an immediate action',
};

const TIMESCALE_FIELDS = Object.keys(TIMESCALE_LABELS) as DayTimescale[];

type Draft = Readonly<Record<'startDate' | 'endDate' | keyof Timescales, string>>;

const draftOf = (cycle: Cycle): Draft => ({
  startDate: cycle.startDate,
  endDate: cycle.endDate,
  auditDays: String(cycle.timescales.auditDays),
  moderationDays: String(cycle.timescales.moderationDays),
  actionDays: String(cycle.timescales.actionDays),
  immediateActionDays: String(cycle.timescales.immediateActionDays),
  reauditWeeks: cycle.timescales.reauditWeeks === null ? '' : String(cycle.timescales.reauditWeeks),
});

/** What the tab checks before sending: real dates in order, whole days from 1 to 365. */
export function draftIssues(draft: Draft): FieldIssues {
  const issues: Record<string, string> = {};
  if (!isIsoDate(draft.startDate)) issues['startDate'] = 'Enter the first day of the cycle';
  if (!isIsoDate(draft.endDate)) issues['endDate'] = 'Enter the last day of the cycle';
  else if (isIsoDate(draft.startDate) && draft.endDate < draft.startDate) {
    issues['endDate'] = 'The last day cannot be before the first';
  }
  for (const field of TIMESCALE_FIELDS) {
    const n = Number(draft[field]);
    if (!/^\d+$/.test(draft[field]) || n < 1 || n > 365) {
      issues[`timescales.${field}`] = 'Enter a whole number of days, from 1 to 365';
    }
  }
  if (parseReauditWeeks(draft.reauditWeeks) === undefined) {
    issues['timescales.reauditWeeks'] =
      'Enter whole weeks from 1 to 104, or leave it empty for the service’s';
  }
  return issues;
}

/** A planned cycle's dates and timescales, edited by the QA lead with the version shown. */
export function useCycleEdit(
  cycle: Cycle,
  version: string,
  onSaved: (answer: CycleResponse) => void,
) {
  const { api } = useSession();
  const [draft, setDraft] = useState<Draft>(() => draftOf(cycle));
  const [checked, setChecked] = useState<FieldIssues>({});
  const save = useCommand(async () => {
    const issues = draftIssues(draft);
    setChecked(issues);
    if (Object.keys(issues).length > 0) return null;
    const answer = await api.editCycle(cycle.id, {
      version,
      startDate: draft.startDate,
      endDate: draft.endDate,
      timescales: {
        auditDays: Number(draft.auditDays),
        moderationDays: Number(draft.moderationDays),
        actionDays: Number(draft.actionDays),
        immediateActionDays: Number(draft.immediateActionDays),
        reauditWeeks: parseReauditWeeks(draft.reauditWeeks) ?? null,
      },
    });
    onSaved(answer);
    return answer;
  });
  const set = (field: keyof Draft, value: string) => {
    setDraft((d) => ({ ...d, [field]: value }));
  };
  return {
    draft,
    set,
    save,
    issues: { ...serverIssues(save.error), ...checked },
    fields: TIMESCALE_FIELDS,
  };
}
