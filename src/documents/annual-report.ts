import type { ReportFigures } from '../domain/reports';
import type { ConfirmedTheme } from '../domain/themes/confirmed-theme';
import { dateText } from './figure-text';
import { actionsSection } from './sections/actions-section';
import { areasSection } from './sections/areas-section';
import { completionSection } from './sections/completion-section';
import { feedbackSection } from './sections/feedback-section';
import { gradesSection } from './sections/grades-section';
import { moderationSection } from './sections/moderation-section';
import { reauditsSection } from './sections/reaudits-section';
import type { ReportContext } from './sections/report-context';
import type { ScheduleDone } from './sections/schedule-section';
import { scheduleSection } from './sections/schedule-section';
import { themesOverYearSection } from './sections/themes-over-year-section';
import { trendSection } from './sections/trend-section';
import { heading, narrative, para, title } from './word/blocks';
import { wordDocument } from './word/word-document';

export type { ScheduleDone } from './sections/schedule-section';

export interface AnnualReportInput extends ReportContext {
  /** The year reported, as it should read: "2025 to 2026". */
  readonly year: string;
  /** The figures over the year's cycles (their trend is the year's cycles). */
  readonly figures: ReportFigures;
  /** The confirmed themes of every cycle of the year. */
  readonly themes: readonly ConfirmedTheme[];
  readonly schedule: readonly ScheduleDone[];
  readonly narrative?: string;
  /** ISO date. */
  readonly generatedOn: string;
}

/** The annual QA report (section 8): the year's cycles and trends, learning, loop and schedule. */
export const annualReportDocx = (input: AnnualReportInput): Promise<Buffer> => {
  const { figures: f } = input;
  const name = `Annual quality assurance report: ${input.year}`;
  return wordDocument({
    title: name,
    description: `Annual quality assurance report on case file audit, ${input.year}`,
    children: [
      title(name),
      para(
        `Produced on ${dateText(input.generatedOn)} from the audit records. Cases are named by case number only.`,
      ),
      ...(input.narrative === undefined || input.narrative.trim() === ''
        ? []
        : [heading('Summary from the QA lead'), ...narrative(input.narrative)]),
      ...trendSection(f),
      ...completionSection(f),
      ...gradesSection(f, input),
      ...areasSection(f),
      ...moderationSection(f, input),
      ...reauditsSection(f),
      ...themesOverYearSection(input.themes, f.trend),
      ...actionsSection(f, input),
      ...feedbackSection(f),
      ...scheduleSection(input.schedule),
    ],
  });
};
