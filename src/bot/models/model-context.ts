import type { Directory } from '../../app/directory/directory';
import type { RecordReader } from './record-reader';

/** What a card model needs beyond its record: names, deep links, related records. */
export interface ModelContext {
  readonly directory: Directory;
  readonly reader: RecordReader;
  /** Base URL of the tab (`${tabUrl}#/audits/ID`). */
  readonly tabUrl: string;
}

export const auditLink = (context: ModelContext, auditId: string): string =>
  `${context.tabUrl}#/audits/${encodeURIComponent(auditId)}`;

export const actionLink = (context: ModelContext, actionId: string): string =>
  `${context.tabUrl}#/actions/${encodeURIComponent(actionId)}`;

export const scheduleLink = (context: ModelContext, activityId: string): string =>
  `${context.tabUrl}#/schedule/${encodeURIComponent(activityId)}`;

/** A name for someone known only by Entra object id (an audit log entry). */
export const nameOfOid = (context: ModelContext, oid: string): string =>
  context.directory.staffByObjectId(oid)?.displayName ?? 'a member of staff';

/** Teams refreshes a card automatically for users listed by MRI: `8:orgid:{object id}`. */
export const refreshUserId = (aadObjectId: string): string => `8:orgid:${aadObjectId}`;
