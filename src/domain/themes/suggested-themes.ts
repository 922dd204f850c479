import { isSubmitted } from '../analytics/graded-audits';
import type { Audit } from '../records/audit';
import type { LearningTheme } from '../records/learning-theme';
import type { ThemeKind } from './confirmed-theme';
import { matchable, mentions } from './theme-text';

/** Example audits shown for a theme, by case number. */
export const EXAMPLES_MAX = 5;

/** A theme of the vocabulary as found in a cycle's audits, before the QA lead decides. */
export interface SuggestedTheme {
  readonly themeId: string;
  readonly label: string;
  readonly kind: ThemeKind;
  /** Submitted audits the theme was found in. */
  readonly audits: number;
  /** Audits by service area id. */
  readonly byService: Readonly<Record<string, number>>;
  /** Up to five, sorted, by case number only. */
  readonly exampleCaseNumbers: readonly string[];
  /** The audits found, sorted: what a merge adds into another theme. */
  readonly auditIds: readonly string[];
}

/** The parts of an audit a theme of this kind is looked for in. */
const textsFor = (audit: Audit, kind: ThemeKind): string[] => {
  const areas = Object.values(audit.areas);
  return [
    audit.rationale,
    ...areas.map((a) => a.evidence),
    ...areas.map((a) => (kind === 'Strength' ? a.strengths : a.development)),
  ];
};

/** Whether the theme is found in the audit (strengths in strengths, development in development). */
export const auditMentions = (audit: Audit, theme: LearningTheme): boolean =>
  textsFor(audit, theme.kind).some((text) => mentions(matchable(text), theme.phrases));

/** The figures of a theme over the audits it was found in (each audit once). */
export const themeFigures = (
  found: readonly Audit[],
): Pick<SuggestedTheme, 'audits' | 'byService' | 'exampleCaseNumbers' | 'auditIds'> => {
  const unique = [...new Map(found.map((a) => [a.id, a])).values()];
  const byService: Record<string, number> = {};
  for (const audit of unique) {
    byService[audit.serviceAreaId] = (byService[audit.serviceAreaId] ?? 0) + 1;
  }
  const caseNumbers = [...new Set(unique.map((a) => a.caseNumber))].sort();
  return {
    audits: unique.length,
    byService,
    exampleCaseNumbers: caseNumbers.slice(0, EXAMPLES_MAX),
    auditIds: unique.map((a) => a.id).sort(),
  };
};

/**
 * Each theme of the vocabulary as found in the submitted audits given (drafts never count):
 * in the overall rationale and each area's evidence, and in the areas' strengths (a strength)
 * or development (an area for development). Most audits first, then by label; a theme found
 * nowhere is listed with no audits.
 */
export const suggestedThemes = (
  audits: readonly Audit[],
  vocabulary: readonly LearningTheme[],
): SuggestedTheme[] => {
  const submitted = audits.filter(isSubmitted);
  return vocabulary
    .map((theme) => ({
      themeId: theme.id,
      label: theme.label,
      kind: theme.kind,
      ...themeFigures(submitted.filter((audit) => auditMentions(audit, theme))),
    }))
    .sort((a, b) => b.audits - a.audits || a.label.localeCompare(b.label, 'en-GB'));
};
