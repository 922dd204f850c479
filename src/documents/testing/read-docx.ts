import JSZip from 'jszip';

/** A .docx read back for a test: its parts' XML, and the text of each paragraph. */
export interface DocxParts {
  readonly document: string;
  readonly styles: string;
  readonly paragraphs: readonly string[];
  /** The text of each paragraph whose style is a heading, with the style (Heading1…). */
  readonly headings: readonly { readonly style: string; readonly text: string }[];
  readonly text: string;
}

const textOf = (xml: string): string =>
  [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) => m[1])
    .join('')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");

export const readDocx = async (bytes: Buffer): Promise<DocxParts> => {
  const zip = await JSZip.loadAsync(bytes);
  const document = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const styles = (await zip.file('word/styles.xml')?.async('string')) ?? '';
  const paras = [...document.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => m[0]);
  const headings = paras.flatMap((p) => {
    const style = /<w:pStyle w:val="(Heading\d|Title)"/.exec(p)?.[1];
    return style === undefined ? [] : [{ style, text: textOf(p) }];
  });
  const paragraphs = paras.map(textOf);
  return { document, styles, paragraphs, headings, text: paragraphs.join('\n') };
};

/** Every picture's alt text (`wp:docPr descr`), one per picture. */
export const altTexts = (documentXml: string): string[] =>
  [...documentXml.matchAll(/<wp:docPr\b[^>]*>/g)].map(
    (m) => /descr="([^"]*)"/.exec(m[0])?.[1] ?? '',
  );

/** For each table, whether its first row is marked as a header row. */
export const tablesHaveHeaderRows = (documentXml: string): boolean[] =>
  [...documentXml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => {
    const firstRow = /<w:tr[ >][\s\S]*?<\/w:tr>/.exec(m[0])?.[0] ?? '';
    return /<w:tblHeader\b/.test(firstRow);
  });

export const hasLanguageEnGb = (parts: DocxParts): boolean =>
  /<w:lang\b[^>]*w:val="en-GB"/.test(parts.styles) ||
  /<w:lang\b[^>]*w:val="en-GB"/.test(parts.document);
