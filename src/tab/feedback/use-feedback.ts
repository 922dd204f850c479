import type { PageQuery } from '../../contract/common';
import { useState } from 'react';
import type { MeResponse } from '../../contract/identity';
import type { OrganisationResponse } from '../../contract/organisation';
import { useSession } from '../app/session-context';
import { useCommand } from '../api/use-command';
import { useResource } from '../api/use-resource';
import { serverIssues } from '../common/form-issues';
import { todayIso } from '../common/format';
import type { FeedbackDraft, Option } from './feedback.types';
import { FEEDBACK_READERS, FEEDBACK_RECORDERS } from './feedback.types';
import { feedbackIssues, feedbackRequest } from './feedback-draft';

const blank = (me: MeResponse, today: string): FeedbackDraft => ({
  source: '',
  sentiment: '',
  receivedOn: today,
  serviceAreaId:
    me.role === 'QALead' || me.role === 'PrincipalSocialWorker' ? '' : (me.serviceAreaId ?? ''),
  teamId: me.role === 'TeamManager' ? (me.teamId ?? '') : '',
  caseNumber: '',
  summary: '',
});

/** The service areas and teams this person may record against (the server's reach). */
export const placesFor = (me: MeResponse, org: OrganisationResponse, serviceAreaId: string) => {
  const anywhere = me.role === 'QALead' || me.role === 'PrincipalSocialWorker';
  const areas = org.serviceAreas.filter((s) => anywhere || s.id === me.serviceAreaId);
  const teams = org.teams.filter(
    (t) => t.serviceAreaId === serviceAreaId && (me.role !== 'TeamManager' || t.id === me.teamId),
  );
  const toOption = (x: { id: string; name: string }): Option => ({ value: x.id, label: x.name });
  return {
    serviceAreas: areas.map(toOption),
    teams: teams.map(toOption),
    wholeServiceAllowed: me.role !== 'TeamManager',
  };
};

/** The feedback register: the entries the caller may see, and a new entry where they may add. */
export function useFeedback(today: string = todayIso()) {
  const { api, me } = useSession();
  const canRead = FEEDBACK_READERS.includes(me.role);
  const canRecord = FEEDBACK_RECORDERS.includes(me.role);
  const [recordedCount, setRecordedCount] = useState(0);
  const load = (page: PageQuery) =>
    canRead
      ? api.feedback(page)
      : Promise.resolve({ items: [], total: 0, page: 1, pageSize: page.pageSize ?? 25 });
  const organisation = useResource(
    () => (canRecord ? api.organisation() : Promise.resolve({ serviceAreas: [], teams: [] })),
    'organisation',
  );
  const [draft, setDraft] = useState<FeedbackDraft>(() => blank(me, today));
  const [tried, setTried] = useState(false);
  const [recorded, setRecorded] = useState<string | null>(null);
  const issues = feedbackIssues(draft, today);
  const record = useCommand(async () => {
    setTried(true);
    setRecorded(null);
    const body = Object.keys(issues).length === 0 ? feedbackRequest(draft) : null;
    if (body === null) return null;
    const answer = await api.createFeedback(body);
    setRecorded(answer.entry.record.id);
    setDraft(blank(me, today));
    setTried(false);
    setRecordedCount((n) => n + 1);
    return answer;
  });
  const places =
    organisation.status === 'ready' ? placesFor(me, organisation.data, draft.serviceAreaId) : null;
  return {
    canRead,
    canRecord,
    load,
    loadKey: `feedback:${String(recordedCount)}`,
    organisation,
    places,
    draft,
    issues: { ...serverIssues(record.error), ...(tried ? issues : {}) },
    record,
    recorded,
    update: (patch: Partial<FeedbackDraft>) => {
      setRecorded(null);
      record.clearError();
      setDraft((d) => ({
        ...d,
        ...patch,
        ...(patch.serviceAreaId !== undefined && patch.serviceAreaId !== d.serviceAreaId
          ? { teamId: '' }
          : {}),
      }));
    },
  };
}

export type FeedbackState = ReturnType<typeof useFeedback>;
