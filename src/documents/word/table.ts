import type { IRunOptions } from 'docx';
import { Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';

const cell = (text: string, bold = false): TableCell => {
  const run: IRunOptions = { text, bold };
  return new TableCell({ children: [new Paragraph({ children: [new TextRun(run)] })] });
};

/**
 * A table whose first row is its header row (`w:tblHeader`: read as headers by a screen reader
 * and repeated on each page).
 */
export const table = (headers: readonly string[], rows: readonly (readonly string[])[]): Table =>
  new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: headers.map((h) => cell(h, true)) }),
      ...rows.map((row) => new TableRow({ children: row.map((text) => cell(text)) })),
    ],
  });
