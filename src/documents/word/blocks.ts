import type { FileChild, IRunOptions } from 'docx';
import { HeadingLevel, Paragraph, TextRun } from 'docx';

/** A real heading (Heading1, Heading2…), so a screen reader can move between sections. */
export const heading = (text: string, level: 1 | 2 | 3 = 1): Paragraph =>
  new Paragraph({
    text,
    heading:
      level === 1
        ? HeadingLevel.HEADING_1
        : level === 2
          ? HeadingLevel.HEADING_2
          : HeadingLevel.HEADING_3,
  });

export const title = (text: string): Paragraph =>
  new Paragraph({ text, heading: HeadingLevel.TITLE });

export const para = (text: string): Paragraph => new Paragraph({ children: [new TextRun(text)] });

const boldRun = (text: string): TextRun => {
  const options: IRunOptions = { text, bold: true };
  return new TextRun(options);
};

/** A label in bold followed by its figure: "Completed: 80% (8 of 10)". */
export const figure = (label: string, value: string): Paragraph =>
  new Paragraph({
    children: [boldRun(`${label}: `), new TextRun(value)],
  });

/** A bulleted list (Word's own list style, so it reads as a list). */
export const bullets = (lines: readonly string[]): Paragraph[] =>
  lines.map((line) => new Paragraph({ text: line, bullet: { level: 0 } }));

/** Paragraphs of free text as written, one paragraph per line. */
export const narrative = (text: string): Paragraph[] =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map(para);

export type Block = FileChild;
