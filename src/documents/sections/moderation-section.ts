import type { AuditorTendency } from '../../domain/analytics/disagreement-direction';
import type { ReportFigures } from '../../domain/reports';
import { shareText } from '../../domain/reports';
import { kappaText, labelOf } from '../figure-text';
import type { Block } from '../word/blocks';
import { figure, heading, para } from '../word/blocks';
import { table } from '../word/table';
import type { ReportContext } from './report-context';

const TENDENCY: Readonly<Record<AuditorTendency, string>> = {
  generous: 'Grades more generously than moderation',
  harsh: 'Grades more harshly than moderation',
  balanced: 'Balanced',
};

/** Moderation (section 7, step 6): coverage, agreement, kappa, changes and drift per auditor. */
export const moderationSection = (
  { moderation: m }: ReportFigures,
  { labels }: ReportContext,
): Block[] => [
  heading('Moderation'),
  figure('Completed audits with a moderator allocated', `${m.allocated}`),
  figure('Coverage (completed audits moderated)', shareText(m.coverage)),
  figure('Agreement with the auditor’s grade', shareText(m.agreement)),
  figure('Weighted kappa (linear)', kappaText(m.kappa.linear)),
  figure('Weighted kappa (quadratic)', kappaText(m.kappa.quadratic)),
  figure('Kappa (unweighted)', kappaText(m.kappa.unweighted)),
  heading('Grade changes after moderation', 2),
  table(
    ['Direction', 'Audits'],
    [
      ['Raised by the moderator', `${m.changes.raised}`],
      ['Lowered by the moderator', `${m.changes.lowered}`],
      ['Unchanged', `${m.changes.same}`],
    ],
  ),
  heading('Drift per auditor', 2),
  m.drift.length === 0
    ? para('No moderated audits yet.')
    : table(
        [
          'Auditor',
          'Moderated',
          'Moderator graded higher',
          'Moderator graded lower',
          'Same',
          'Tendency',
        ],
        m.drift.map((d) => [
          labelOf(labels.staff, d.auditorId),
          `${d.moderated}`,
          `${d.moderatedHigher}`,
          `${d.moderatedLower}`,
          `${d.same}`,
          TENDENCY[d.tendency],
        ]),
      ),
];
