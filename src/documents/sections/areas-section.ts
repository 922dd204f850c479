import type { ReportFigures } from '../../domain/reports';
import { shareText } from '../../domain/reports';
import { AREA_LABELS } from '../../domain/records/grade';
import type { Block } from '../word/blocks';
import { figure, heading, para } from '../word/blocks';
import { table } from '../word/table';

/** The six practice areas, strongest first, and the strongest and weakest where they can be named. */
export const areasSection = (f: ReportFigures): Block[] => [
  heading('By practice area'),
  table(
    ['Area', 'Audits graded', 'Good or better', 'Inadequate'],
    f.byArea.map((a) => [
      a.label,
      `${a.total}`,
      shareText(a.goodOrBetter),
      shareText(a.inadequate),
    ]),
  ),
  ...(f.strongest.length === 0
    ? [
        para(
          'No strongest or weakest area can be named: too few audits graded each area, or every area stands level.',
        ),
      ]
    : [
        figure('Strongest', f.strongest.map((a) => AREA_LABELS[a]).join('; ')),
        figure('Weakest', f.weakest.map((a) => AREA_LABELS[a]).join('; ')),
      ]),
];
