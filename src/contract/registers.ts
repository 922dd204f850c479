import type { FeedbackEntry, FeedbackSource } from '../domain/records/feedback';
import type { Observation } from '../domain/records/observation';
import type { ScheduleActivity } from '../domain/records/schedule';
import type { ListResponse, PageQuery, PageResponse, RecordDto } from './common';

export type FeedbackDto = RecordDto<FeedbackEntry>;
export type ObservationDto = RecordDto<Observation>;
export type ScheduleDto = RecordDto<ScheduleActivity>;

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
