import type { FileChild } from 'docx';
import { Document, Packer } from 'docx';

export interface WordDocumentSpec {
  readonly title: string;
  readonly description?: string;
  readonly children: readonly FileChild[];
  /** Narrow margins and a smaller type, for a document that must fit one page. */
  readonly compact?: boolean;
}

const CM = 567;

/**
 * A Word document as the council sends it: the document language British English (the default
 * run's `w:lang`, so a screen reader and the spelling check use it), its title in the properties.
 */
export const wordDocument = async (spec: WordDocumentSpec): Promise<Buffer> => {
  const margin = spec.compact === true ? Math.round(1.5 * CM) : Math.round(2.5 * CM);
  const doc = new Document({
    title: spec.title,
    description: spec.description ?? spec.title,
    creator: 'Audit Loop',
    styles: {
      default: {
        document: {
          run: {
            language: { value: 'en-GB' },
            font: 'Arial',
            size: spec.compact === true ? 20 : 22,
          },
        },
      },
    },
    sections: [
      {
        properties: {
          page: { margin: { top: margin, bottom: margin, left: margin, right: margin } },
        },
        children: [...spec.children],
      },
    ],
  });
  return Packer.toBuffer(doc);
};
