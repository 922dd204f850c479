import type { Versioned } from '../../domain/ports/versioned';
import type { FeedbackEntry } from '../../domain/records/feedback';
import type { Observation } from '../../domain/records/observation';
import type { Services } from '../services';
import type { ListShape } from './page';

/** How the feedback register sorts and searches (the tab's column ids): newest first. */
export const feedbackShape = (services: Services): ListShape<Versioned<FeedbackEntry>> => {
  const place = (id: string | null) =>
    id === null
      ? ''
      : (services.directory.team(id)?.name ?? services.directory.serviceArea(id)?.name ?? id);
  return {
    sorts: {
      received: ({ record: f }) => f.receivedOn,
      source: ({ record: f }) => f.source,
      sentiment: ({ record: f }) => f.sentiment,
      service: ({ record: f }) => place(f.serviceAreaId),
      team: ({ record: f }) => place(f.teamId),
      case: ({ record: f }) => f.caseNumber,
      summary: ({ record: f }) => f.summary,
    },
    defaultSort: 'received',
    defaultOrder: 'desc',
    text: ({ record: f }) =>
      [f.caseNumber ?? '', f.summary, f.source, place(f.teamId), place(f.serviceAreaId)].join(' '),
  };
};

/** How observations of practice sort and search: newest first. */
export const observationShape = (services: Services): ListShape<Versioned<Observation>> => {
  const name = (id: string) => services.directory.nameOf(id);
  const team = (id: string) => services.directory.team(id)?.name ?? id;
  return {
    sorts: {
      observed: ({ record: o }) => o.observedOn,
      setting: ({ record: o }) => o.setting,
      practitioner: ({ record: o }) => name(o.practitionerId),
      team: ({ record: o }) => team(o.teamId),
      case: ({ record: o }) => o.caseNumber,
      grade: ({ record: o }) => o.grade,
      observer: ({ record: o }) => name(o.observerId),
    },
    defaultSort: 'observed',
    defaultOrder: 'desc',
    text: ({ record: o }) =>
      [
        o.caseNumber ?? '',
        name(o.practitionerId),
        name(o.observerId),
        team(o.teamId),
        o.setting,
      ].join(' '),
  };
};
