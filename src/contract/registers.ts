import type { FeedbackEntry, FeedbackSource } from '../domain/records/feedback';
import type { Observation } from '../domain/records/observation';
import type { Frequency, OccurrenceOutcome, ScheduleActivity } from '../domain/records/schedule';
import type { Role } from '../domain/records/staff';
import type { ListResponse, PageQuery, PageResponse, RecordDto, Versioned } from './common';

export type FeedbackDto = RecordDto<FeedbackEntry>;
export type ObservationDto = RecordDto<Observation>;
/** What a person may do to an activity of the QA schedule (not an audit or action transition). */
export type ScheduleStep = 'recordOccurrence' | 'editActivity';
export type ScheduleDto = Omit<RecordDto<ScheduleActivity>, 'allowed'> & {
  readonly allowed: readonly ScheduleStep[];
};

/** `GET /api/feedback?serviceAreaId=&teamId=&source=` — what the caller may see. */
export interface FeedbackQuery extends PageQuery {
  readonly serviceAreaId?: string;
  readonly teamId?: string;
  readonly source?: FeedbackSource;
}
export type FeedbackListResponse = PageResponse<FeedbackDto>;

/** `POST /api/feedback`: the id and recorder are the server's. */
export type CreateFeedbackRequest = Omit<FeedbackEntry, 'id' | 'recordedById'>;
export interface FeedbackResponse {
  readonly entry: FeedbackDto;
}

/** `GET /api/observations?teamId=&practitionerId=` — what the caller may see. */
export interface ObservationQuery extends PageQuery {
  readonly teamId?: string;
  readonly practitionerId?: string;
}
export type ObservationListResponse = PageResponse<ObservationDto>;

/** `POST /api/observations`: the observer is whoever records it. */
export type CreateObservationRequest = Omit<Observation, 'id' | 'observerId'>;
export interface ObservationResponse {
  readonly observation: ObservationDto;
}

/** `GET /api/schedule`: the quality assurance schedule, soonest due first. */
export type ScheduleResponse = ListResponse<ScheduleDto>;

/** `POST /api/schedule/:id/occurrences`: the occurrence due, done or not done. */
export interface RecordOccurrenceRequest extends Versioned {
  readonly outcome: OccurrenceOutcome;
  readonly on: string;
  readonly note: string;
}

/** `PUT /api/schedule/:id`: the QA lead's edit. */
export interface EditActivityRequest extends Versioned {
  readonly ownerRole: Role;
  readonly ownerId: string | null;
  readonly frequency: Frequency;
  readonly nextDue: string | null;
  readonly outcomes: string;
}

/** The answer to both writes: the activity as it now stands. */
export interface ScheduleActivityResponse {
  readonly activity: ScheduleDto;
}
