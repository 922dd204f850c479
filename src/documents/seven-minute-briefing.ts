import type { BriefingSections } from './briefing-headings';
import { BRIEFING_HEADINGS } from './briefing-headings';
import { bullets, heading, title } from './word/blocks';
import { wordDocument } from './word/word-document';

export interface SevenMinuteBriefingInput {
  readonly cycleName: string;
  readonly sections: BriefingSections;
}

/** The seven-minute briefing: one page, the seven headings in their order, a few lines under each. */
export const sevenMinuteBriefingDocx = (input: SevenMinuteBriefingInput): Promise<Buffer> => {
  const name = `Seven-minute briefing: case file audit, ${input.cycleName}`;
  return wordDocument({
    title: name,
    compact: true,
    children: [
      title(name),
      ...BRIEFING_HEADINGS.flatMap((h) => [heading(h), ...bullets(input.sections[h])]),
    ],
  });
};
