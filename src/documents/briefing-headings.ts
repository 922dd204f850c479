/**
 * The seven headings of a seven-minute briefing, as safeguarding partnerships use them, in
 * their order: background, why it matters, three sections of key information, things to note
 * and remember, and what to do.
 */
export const BRIEFING_HEADINGS = [
  'Background',
  'Why it matters',
  'Key information: what we found',
  'Key information: what works well',
  'Key information: what needs to change',
  'Things to note and remember',
  'What to do',
] as const;
export type BriefingHeading = (typeof BRIEFING_HEADINGS)[number];

/** A briefing's text: a few short lines under each heading. */
export type BriefingSections = Readonly<Record<BriefingHeading, readonly string[]>>;
