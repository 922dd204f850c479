/** A phone (Teams mobile is 375 px wide): tighter padding, more per row. */
export const NARROW = '@media (max-width: 599px)';
