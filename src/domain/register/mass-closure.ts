/**
 * An export that is filtered, cut short or from the wrong report looks, to an import, like most
 * of the register closing at once. A file that would close more than a fifth of the open cases
 * (and at least ten) is imported only when the QA lead confirms that number of closures.
 */
export const MASS_CLOSURE = { share: 0.2, atLeast: 10 } as const;

export const closesManyCases = (closing: number, open: number): boolean =>
  closing >= MASS_CLOSURE.atLeast && closing > open * MASS_CLOSURE.share;

/** The warning the preview shows, or null when the closures are within the usual. */
export const massClosureWarning = (closing: number, open: number): string | null => {
  if (!closesManyCases(closing, open)) return null;
  const share = Math.round((closing / Math.max(open, 1)) * 100);
  return `This file would close ${closing.toLocaleString('en-GB')} of the ${open.toLocaleString('en-GB')} open cases (${String(share)}%). An export that is filtered or cut short looks like this: check it is the whole open-case register before importing.`;
};

/**
 * Whether the import may go ahead: closures within the usual, or exactly the number the QA
 * lead confirmed (were the register to change meanwhile, the number would not match).
 */
export const closuresConfirmed = (
  closing: number,
  open: number,
  confirmed: number | null,
): boolean => !closesManyCases(closing, open) || confirmed === closing;
