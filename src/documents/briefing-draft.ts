import type { ReportFigures } from '../domain/reports';
import { shareText } from '../domain/reports';
import { AREA_LABELS } from '../domain/records/grade';
import type { ConfirmedTheme, ThemeKind } from '../domain/themes/confirmed-theme';
import type { BriefingSections } from './briefing-headings';
import { plural } from './figure-text';

const MOST = 3;

const themesOf = (themes: readonly ConfirmedTheme[], kind: ThemeKind): ConfirmedTheme[] =>
  themes
    .filter((t) => t.kind === kind)
    .sort((a, b) => b.audits - a.audits || a.label.localeCompare(b.label))
    .slice(0, MOST);

const themeLines = (themes: readonly ConfirmedTheme[], none: string): string[] =>
  themes.length === 0
    ? [none]
    : themes.map((t) => `${t.label}: seen in ${plural(t.audits, 'audit')}.`);

/**
 * The briefing pre-filled from the cycle's figures and confirmed themes, for the QA lead to
 * edit before it goes out. Figures print as the report figures give them; no case is named.
 */
export const briefingDraft = (
  f: ReportFigures,
  themes: readonly ConfirmedTheme[],
): BriefingSections => {
  const strengths = themesOf(themes, 'Strength');
  const development = themesOf(themes, 'Development');
  return {
    Background: [
      `Team managers audited ${plural(f.completion.allocated, 'case')} chosen at random this cycle; ${shareText(f.completion.submitted)} were completed.`,
      `Moderators looked again at ${shareText(f.moderation.coverage)} of the completed audits.`,
    ],
    'Why it matters': [
      'Audit tells us what difference our work makes to children and families, not only whether it was done.',
      'Sharing what we learn is how practice improves across every team.',
    ],
    'Key information: what we found': [
      `Good or better: ${shareText(f.grades.goodOrBetter)}.`,
      `Inadequate: ${shareText(f.grades.inadequate)}.`,
      ...(f.strongest.length === 0
        ? []
        : [
            `Strongest area: ${f.strongest.map((a) => AREA_LABELS[a]).join('; ')}.`,
            `Weakest area: ${f.weakest.map((a) => AREA_LABELS[a]).join('; ')}.`,
          ]),
    ],
    'Key information: what works well': themeLines(strengths, 'No strengths confirmed yet.'),
    'Key information: what needs to change': themeLines(
      development,
      'No areas for development confirmed yet.',
    ),
    'Things to note and remember': [
      `${plural(f.inadequateCases.length, 'audit')} graded Inadequate, each raised with the head of service.`,
      `Actions completed on time: ${shareText(f.actions.onTime)}; loop closed: ${shareText(f.actions.closingTheLoop)}.`,
    ],
    'What to do': [
      'Discuss this briefing in your next team meeting and record how the team will use it.',
      ...development.map(
        (t) =>
          `Reflect: where does "${t.label}" show in the cases you hold, and what would change it?`,
      ),
      'Reflect: how do you know what life is like for the child, in their own words?',
    ],
  };
};
