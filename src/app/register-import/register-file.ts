import { planColumns, type ColumnPlan } from '../../domain/register/column-plan';
import type { ColumnMapping, RegisterField } from '../../domain/register/column-mapping';
import type { RegisterRow } from '../../domain/register/register-rows';

export type RegisterFileFormat = 'csv' | 'xlsx';

/** A register export as read: only the mapped columns of each row, never an identifying one. */
export interface RegisterFile {
  readonly format: RegisterFileFormat;
  /** 'UTF-8', 'UTF-16LE', 'UTF-16BE', 'Windows-1252', or 'xlsx'. */
  readonly encoding: string;
  readonly plan: ColumnPlan;
  /** The file's header of each field read. */
  readonly headers: Readonly<Partial<Record<RegisterField, string>>>;
  readonly rows: readonly RegisterRow[];
}

/** The most data rows one file may hold: well above a council's open cases. */
export const MAX_ROWS = 100_000;

/**
 * Keeps, of one row, the cells of the mapped fields only: every other column — an identifying
 * one above all — is gone before anything but the parser has seen it. A blank row is skipped.
 */
export function rowProjector(headers: readonly string[], mapping: ColumnMapping) {
  const plan = planColumns(headers, mapping);
  const read = Object.entries(plan.read) as [RegisterField, number][];
  const project = (cells: readonly string[], line: number): RegisterRow | null => {
    const kept: Partial<Record<RegisterField, string>> = {};
    for (const [field, index] of read) kept[field] = cells[index] ?? '';
    return Object.values(kept).every((v) => v.trim() === '') ? null : { line, cells: kept };
  };
  const names = Object.fromEntries(read.map(([field, i]) => [field, headers[i].trim()]));
  return { plan, headers: names, project };
}

export type Projector = ReturnType<typeof rowProjector>;
