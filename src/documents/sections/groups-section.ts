import type { GroupGrades, ReportFigures } from '../../domain/reports';
import { TARGET_RESULT_TEXT, shareText } from '../../domain/reports';
import { COHORT_LABELS } from '../../domain/records/case';
import { labelOf } from '../figure-text';
import type { Block } from '../word/blocks';
import { heading, para } from '../word/blocks';
import { table } from '../word/table';
import type { ReportContext } from './report-context';

const HEADERS = ['', 'Audits', 'Good or better', 'Target', 'Inadequate', 'Target'];

const groupTable = (
  first: string,
  groups: readonly GroupGrades[],
  name: (key: string) => string,
) =>
  groups.length === 0
    ? para('No audits graded.')
    : table(
        [first, ...HEADERS.slice(1)],
        groups.map((g) => [
          name(g.key),
          `${g.total}`,
          shareText(g.goodOrBetter),
          TARGET_RESULT_TEXT[g.targets.goodOrBetter],
          shareText(g.inadequate),
          TARGET_RESULT_TEXT[g.targets.inadequate],
        ]),
      );

/** Grades by service area, team and cohort; a group of fewer than five shows its counts. */
export const groupsSection = (f: ReportFigures, { labels }: ReportContext): Block[] => [
  heading('By service, team and cohort'),
  heading('By service', 2),
  groupTable('Service', f.byService, (k) => labelOf(labels.service, k)),
  heading('By team', 2),
  groupTable('Team', f.byTeam, (k) => labelOf(labels.team, k)),
  heading('By cohort', 2),
  groupTable('Cohort', f.byCohort, (k) => labelOf(COHORT_LABELS, k)),
];
