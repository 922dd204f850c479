import type { ReportFigures } from '../../domain/reports';
import { reportTables } from '../../domain/reports/report-tables';
import type { Block } from '../word/blocks';
import { heading, para } from '../word/blocks';
import { table } from '../word/table';

/** The audit of audits: how many audits met each criterion of the moderators' rubric. */
export const qualitySection = (figures: ReportFigures): Block[] => {
  const quality = reportTables(figures, (id) => id).find((t) => t.id === 'quality');
  return [
    heading('The audit of audits'),
    figures.quality.scored === 0 || quality === undefined
      ? para('No moderator has scored the quality of an audit in this period yet.')
      : table(quality.columns, quality.rows),
  ];
};
