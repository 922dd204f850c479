import type { ReportFigures } from '../domain/reports';
import type { ConfirmedTheme } from '../domain/themes/confirmed-theme';
import { dateText } from './figure-text';
import { actionsSection } from './sections/actions-section';
import { areasSection } from './sections/areas-section';
import { completionSection } from './sections/completion-section';
import { feedbackSection } from './sections/feedback-section';
import { gradesSection } from './sections/grades-section';
import { groupsSection } from './sections/groups-section';
import { inadequateSection } from './sections/inadequate-section';
import { loadSection } from './sections/load-section';
import { qualitySection } from './sections/quality-section';
import { moderationSection } from './sections/moderation-section';
import { reauditsSection } from './sections/reaudits-section';
import type { ReportContext } from './sections/report-context';
import { themesSection } from './sections/themes-section';
import { trendSection } from './sections/trend-section';
import { heading, narrative, para, title } from './word/blocks';
import { wordDocument } from './word/word-document';

export interface FindingsReportInput extends ReportContext {
  readonly cycleName: string;
  readonly figures: ReportFigures;
  readonly themes: readonly ConfirmedTheme[];
  /** The QA lead's narrative, written in the tab and saved with the report. */
  readonly narrative: string;
  /** ISO date. */
  readonly generatedOn: string;
}

/** The six-weekly findings report on case file audit (section 6): every figure, charts and themes. */
export const findingsReportDocx = (input: FindingsReportInput): Promise<Buffer> => {
  const { figures: f } = input;
  const name = `Case file audit findings: ${input.cycleName}`;
  return wordDocument({
    title: name,
    description: `Six-weekly findings report on case file audit, ${input.cycleName}`,
    children: [
      title(name),
      para(
        `Produced on ${dateText(input.generatedOn)} from the audit records. Cases are named by case number only.`,
      ),
      heading('Summary from the QA lead'),
      ...(input.narrative.trim() === ''
        ? [para('No narrative written.')]
        : narrative(input.narrative)),
      ...completionSection(f),
      ...gradesSection(f, input),
      ...groupsSection(f, input),
      ...areasSection(f),
      ...trendSection(f),
      ...moderationSection(f, input),
      ...actionsSection(f, input),
      ...reauditsSection(f),
      ...feedbackSection(f),
      ...qualitySection(f),
      ...loadSection(f, input),
      ...themesSection(input.themes, input),
      ...inadequateSection(f, input),
    ],
  });
};
