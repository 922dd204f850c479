import type ExcelJS from 'exceljs';
import type { Action } from '../../domain/records/action';
import { STATE_LABELS } from '../../domain/records/labels';
import { labelOf } from '../figure-text';
import type { TrackerCell, TrackerColumn } from './sheet';
import { addTrackerSheet, dateCell } from './sheet';
import type { TrackerLabels } from './tracker-labels';

export const ACTIONS_TRACKER = 'Audit actions tracker';

export const ACTIONS_COLUMNS: readonly TrackerColumn[] = [
  { header: 'Action', width: 14 },
  { header: 'Audit', width: 12 },
  { header: 'Case number', width: 14 },
  { header: 'Team', width: 22 },
  { header: 'Description', width: 50 },
  { header: 'Immediate, to meet good', width: 12 },
  { header: 'Owner', width: 22 },
  { header: 'Due', width: 13 },
  { header: 'State', width: 14 },
  { header: 'Completed on', width: 13 },
  { header: 'Verified on', width: 13 },
  { header: 'Closed on', width: 13 },
  { header: 'Reason not completed', width: 40 },
];

/**
 * One row per action (section 7, steps 7 and 8). The description is the action as agreed at
 * audit: the tracker exists to follow it up. Records name no child, so neither does the row.
 */
export const actionRow = (a: Action, labels: TrackerLabels): TrackerCell[] => [
  a.id,
  a.auditId,
  a.caseNumber,
  labelOf(labels.team, a.teamId),
  a.description,
  a.immediate ? 'Yes' : 'No',
  labelOf(labels.staff, a.ownerId),
  dateCell(a.dueDate),
  STATE_LABELS[a.state],
  dateCell(a.completedAt),
  dateCell(a.verifiedAt),
  dateCell(a.closedAt),
  a.notCompletedReason,
];

export const addActionsTracker = (
  workbook: ExcelJS.Workbook,
  actions: readonly Action[],
  labels: TrackerLabels,
): ExcelJS.Worksheet =>
  addTrackerSheet(
    workbook,
    ACTIONS_TRACKER,
    ACTIONS_COLUMNS,
    [...actions]
      .sort((x, y) => x.caseNumber.localeCompare(y.caseNumber) || x.id.localeCompare(y.id))
      .map((a) => actionRow(a, labels)),
  );
