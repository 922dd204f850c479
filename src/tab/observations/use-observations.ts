import { useState } from 'react';
import { useSession } from '../app/session-context';
import { useCommand } from '../api/use-command';
import type { PageQuery } from '../../contract/common';
import { serverIssues } from '../common/form-issues';
import { todayIso } from '../common/format';
import { useStaff } from '../common/use-staff';
import { observableBy, observationIssues, observationRequest } from './observation-draft';
import type { ObservationDraft } from './observations.types';
import { OBSERVATION_RECORDERS } from './observations.types';

const blank = (today: string): ObservationDraft => ({
  setting: '',
  observedOn: today,
  practitionerId: '',
  caseNumber: '',
  grade: '',
  strengths: '',
  development: '',
  learning: '',
});

/** Observations of practice the caller may see, and a new one where they may record. */
export function useObservations(today: string = todayIso()) {
  const { api, me } = useSession();
  const canRecord = OBSERVATION_RECORDERS.includes(me.role);
  const [recordedCount, setRecordedCount] = useState(0);
  const load = (page: PageQuery) => api.observations(page);
  const { staff, items } = useStaff();
  const practitioners = canRecord ? observableBy(me, items) : [];
  const [draft, setDraft] = useState<ObservationDraft>(() => blank(today));
  const [tried, setTried] = useState(false);
  const [recorded, setRecorded] = useState<string | null>(null);
  const issues = observationIssues(draft, today);
  const record = useCommand(async () => {
    setTried(true);
    setRecorded(null);
    const practitioner = practitioners.find((p) => p.id === draft.practitionerId);
    const body = Object.keys(issues).length === 0 ? observationRequest(draft, practitioner) : null;
    if (body === null) return null;
    const answer = await api.createObservation(body);
    setRecorded(answer.observation.record.id);
    setDraft(blank(today));
    setTried(false);
    setRecordedCount((n) => n + 1);
    return answer;
  });
  return {
    canRecord,
    load,
    loadKey: `observations:${String(recordedCount)}`,
    staff,
    practitioners,
    draft,
    issues: { ...serverIssues(record.error), ...(tried ? issues : {}) },
    record,
    recorded,
    update: (patch: Partial<ObservationDraft>) => {
      setRecorded(null);
      record.clearError();
      setDraft((d) => ({ ...d, ...patch }));
    },
  };
}

export type ObservationsState = ReturnType<typeof useObservations>;
