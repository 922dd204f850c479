import ExcelJS from 'exceljs';
import type { Action } from '../domain/records/action';
import type { Audit } from '../domain/records/audit';
import type { Moderation } from '../domain/records/moderation';
import { addActionsTracker } from './trackers/actions-tracker';
import { addAllocationTracker } from './trackers/allocation-tracker';
import type { TrackerLabels } from './trackers/tracker-labels';

export type { TrackerLabels } from './trackers/tracker-labels';

export interface ServiceTrackersInput {
  readonly serviceAreaId: string;
  /** The cycle's audits; those of other services are left out. */
  readonly audits: readonly Audit[];
  readonly moderations: readonly Moderation[];
  /** The audits' actions; those of other services are left out. */
  readonly actions: readonly Action[];
  readonly labels: TrackerLabels;
}

/**
 * One service's trackers as one workbook (section 7, step 7: sent to its head of service and
 * to the managers of the conference and review service): the audit allocation tracker and
 * the audit actions tracker.
 */
export const serviceTrackersXlsx = async (input: ServiceTrackersInput): Promise<Buffer> => {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Audit Loop';
  const own = <T extends { readonly serviceAreaId: string }>(items: readonly T[]) =>
    items.filter((i) => i.serviceAreaId === input.serviceAreaId);
  addAllocationTracker(workbook, own(input.audits), input.moderations, input.labels);
  addActionsTracker(workbook, own(input.actions), input.labels);
  return Buffer.from(await workbook.xlsx.writeBuffer());
};
