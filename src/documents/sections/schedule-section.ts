import type { Block } from '../word/blocks';
import { heading, para } from '../word/blocks';
import { table } from '../word/table';

/** One activity of the QA schedule (section 6) over the year: how many were planned and done. */
export interface ScheduleDone {
  readonly activity: string;
  readonly planned: number;
  readonly done: number;
}

export const scheduleSection = (schedule: readonly ScheduleDone[]): Block[] => [
  heading('Quality assurance schedule: done against planned'),
  schedule.length === 0
    ? para('No schedule activities recorded.')
    : table(
        ['Activity', 'Planned', 'Done'],
        schedule.map((s) => [s.activity, `${s.planned}`, `${s.done}`]),
      ),
];
