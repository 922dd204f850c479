import type ExcelJS from 'exceljs';
import type { Audit } from '../../domain/records/audit';
import { COHORT_LABELS } from '../../domain/records/case';
import { STATE_LABELS } from '../../domain/records/labels';
import type { Moderation } from '../../domain/records/moderation';
import { standingGrade } from '../../domain/records/standing-grade';
import { labelOf } from '../figure-text';
import type { TrackerColumn, TrackerCell } from './sheet';
import { addTrackerSheet, dateCell } from './sheet';
import type { TrackerLabels } from './tracker-labels';

export const ALLOCATION_TRACKER = 'Audit allocation tracker';

export const ALLOCATION_COLUMNS: readonly TrackerColumn[] = [
  { header: 'Case number', width: 14 },
  { header: 'Cohort', width: 18 },
  { header: 'Team', width: 22 },
  { header: 'Auditor', width: 22 },
  { header: 'Allocated worker', width: 22 },
  { header: 'Team manager', width: 22 },
  { header: 'Moderator', width: 22 },
  { header: 'Allocated on', width: 13 },
  { header: 'Audit due', width: 13 },
  { header: 'Moderation due', width: 15 },
  { header: 'State', width: 14 },
  { header: 'Grade', width: 30 },
];

const isDraft = (a: Audit) => a.state === 'Allocated' || a.state === 'InProgress';

/** One row per audit (section 7, step 1), the grade as it stands once submitted. */
export const allocationRow = (
  a: Audit,
  moderation: Moderation | null,
  labels: TrackerLabels,
): TrackerCell[] => [
  a.caseNumber,
  COHORT_LABELS[a.cohort],
  labelOf(labels.team, a.teamId),
  labelOf(labels.staff, a.auditorId),
  labelOf(labels.staff, a.workerId),
  labelOf(labels.staff, a.teamManagerId),
  a.moderatorId === null ? 'None' : labelOf(labels.staff, a.moderatorId),
  dateCell(a.allocatedOn),
  dateCell(a.auditDue),
  dateCell(a.moderationDue),
  STATE_LABELS[a.state],
  isDraft(a) ? null : standingGrade(a, moderation),
];

export const addAllocationTracker = (
  workbook: ExcelJS.Workbook,
  audits: readonly Audit[],
  moderations: readonly Moderation[],
  labels: TrackerLabels,
): ExcelJS.Worksheet => {
  const byAudit = new Map(moderations.map((m) => [m.auditId, m]));
  return addTrackerSheet(
    workbook,
    ALLOCATION_TRACKER,
    ALLOCATION_COLUMNS,
    [...audits]
      .sort((x, y) => x.caseNumber.localeCompare(y.caseNumber))
      .map((a) => allocationRow(a, byAudit.get(a.id) ?? null, labels)),
  );
};
