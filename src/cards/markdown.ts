/**
 * Teams renders a subset of Markdown in a TextBlock's text and in a fact's title and value
 * (https://learn.microsoft.com/en-us/microsoftteams/platform/task-modules-and-cards/cards/cards-format).
 * Every piece of text a card shows goes through `escapeMarkdown`, so nothing that reaches a card
 * (a name, a label, anything typed) can become a link, a list, a heading or emphasis. The marks
 * that build those are backslash-escaped, as CommonMark allows for any ASCII punctuation; the
 * colon of `://` too, so that a bare URL is not turned into a link. Case numbers and dates
 * (hyphens, full stops elsewhere) are left as they are.
 */
export const escapeMarkdown = (text: string): string =>
  text
    .replace(/[\\`*_[\]<>#~|]/g, (mark) => `\\${mark}`)
    .replace(/:(?=\/\/)/g, '\\:')
    .replace(/^(\s*)([-+]|\d+\.)(?=\s)/gm, (_, space: string, marker: string) =>
      marker.endsWith('.') ? `${space}${marker.slice(0, -1)}\\.` : `${space}\\${marker}`,
    );
