/** The longest label, phrase and the most phrases a theme of the vocabulary may have. */
export const LABEL_MAX = 100;
export const PHRASE_MAX = 60;
export const PHRASES_MAX = 20;
