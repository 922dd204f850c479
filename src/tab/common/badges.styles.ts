import { makeStyles } from '@fluentui/react-components';

/**
 * A badge keeps its words inside its pill: it does not shrink below them in a flex row (a grid
 * cell, a list item), and a grade longer than its column wraps onto a second line.
 */
export const useBadgeStyles = makeStyles({
  badge: {
    flexShrink: 0,
    maxWidth: '100%',
    height: 'auto',
    minHeight: '20px',
    whiteSpace: 'normal',
    textAlign: 'center',
  },
});
