/**
 * Text as the matcher reads it: lower case, every run of characters that are not letters or
 * digits (punctuation, apostrophes, hyphens, line breaks) one space, padded with a space each
 * side, so a phrase is found only as whole words ("delay" is not found in "delayed").
 */
export const matchable = (text: string): string =>
  ` ${text
    .toLocaleLowerCase('en-GB')
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;

/** A phrase as matched: its words, in the same form as `matchable` text; '' when it has none. */
export const phraseWords = (phrase: string): string => matchable(phrase).trim();

/** Whether any of the phrases occurs, as whole words, in text already made `matchable`. */
export const mentions = (text: string, phrases: readonly string[]): boolean =>
  phrases.some((phrase) => {
    const words = phraseWords(phrase);
    return words !== '' && text.includes(` ${words} `);
  });
