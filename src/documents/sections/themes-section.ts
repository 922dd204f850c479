import type { ConfirmedTheme, ThemeKind } from '../../domain/themes/confirmed-theme';
import { labelOf } from '../figure-text';
import type { Block } from '../word/blocks';
import { heading, para } from '../word/blocks';
import { table } from '../word/table';
import type { ReportContext } from './report-context';

const KIND_HEADING: Readonly<Record<ThemeKind, string>> = {
  Strength: 'Strengths',
  Development: 'Areas for development',
};

const byServiceText = (t: ConfirmedTheme, ctx: ReportContext): string =>
  Object.entries(t.byService)
    .map(([id, n]) => `${labelOf(ctx.labels.service, id)} ${n}`)
    .join('; ');

const kindTable = (themes: readonly ConfirmedTheme[], kind: ThemeKind, ctx: ReportContext) => {
  const own = themes.filter((t) => t.kind === kind);
  return [
    heading(KIND_HEADING[kind], 2),
    own.length === 0
      ? para('None confirmed.')
      : table(
          ['Theme', 'Audits', 'By service', 'Example cases'],
          own.map((t) => [
            t.label,
            `${t.audits}`,
            byServiceText(t, ctx),
            t.exampleCaseNumbers.join(', '),
          ]),
        ),
  ];
};

/** The learning themes the QA lead confirmed (section 8): strengths, then areas for development. */
export const themesSection = (themes: readonly ConfirmedTheme[], ctx: ReportContext): Block[] => [
  heading('Learning themes'),
  ...kindTable(themes, 'Strength', ctx),
  ...kindTable(themes, 'Development', ctx),
];
