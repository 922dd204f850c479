import type { ReportFigures } from '../../domain/reports';
import { labelOf } from '../figure-text';
import type { Block } from '../word/blocks';
import { heading, para } from '../word/blocks';
import { table } from '../word/table';
import type { ReportContext } from './report-context';

/** Audits graded Inadequate (section 7, step 9), by case number only. */
export const inadequateSection = (
  { inadequateCases }: ReportFigures,
  { labels }: ReportContext,
): Block[] => [
  heading('Cases graded Inadequate'),
  inadequateCases.length === 0
    ? para('No audit was graded Inadequate.')
    : table(
        ['Case number', 'Service', 'Team'],
        inadequateCases.map((c) => [
          c.caseNumber,
          labelOf(labels.service, c.serviceAreaId),
          labelOf(labels.team, c.teamId),
        ]),
      ),
];
