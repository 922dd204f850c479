import { makeStyles, tokens } from '@fluentui/react-components';

/** A re-audit's grades in a tracker cell: words and badges wrapping within the column. */
export const useTrackerStyles = makeStyles({
  reaudit: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalXS,
    rowGap: tokens.spacingVerticalXXS,
  },
});
